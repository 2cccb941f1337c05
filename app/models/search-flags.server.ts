/**
 * What professional search filters and sorts on besides the index (ADR 007): per organisation
 * the ceiling status of this contract year, per contracted service the tariff of its own
 * contract and that tariff's band among the product's tariffs. Professionals only; remembered per
 * day until any write (ADR 021).
 */
import type { Db } from '../../db/client';
import type { CeilingStatus } from '../domain/ceiling';
import { tariffBand, type TariffBand } from '../domain/compare';
import type { TariffUnit } from '../domain/enums';
import { assertCanSee, type Viewer } from '../domain/visibility';
import { ceilingAssessmentsForProfessional } from './ceiling.server';
import { pushTo } from './compare-places.server';
import { once, rememberedUntilWrite } from './prepared.server';

export interface ServiceTariff {
  cents: number;
  unit: TariffUnit;
  band: TariffBand;
}

/**
 * Professionals only: what professional search filters and sorts on, per request (never in the
 * index): the ceiling status this contract year per organisation with a valid contract, and per
 * contracted service the tariff of its own contract for its product, with the tariff's band
 * among the tariffs of that product.
 */
export function searchFlagsForProfessional(db: Db, viewer: Viewer, now: Date): { ceilingByOrganization: Map<string, CeilingStatus>; tariffByService: Map<string, ServiceTariff> } {
  assertCanSee(viewer, 'costs', 'searchFlagsForProfessional');
  return searchFlagsOfDay(db, now.toISOString().slice(0, 10), viewer);
}

/** The flags of a day are the same for every professional until the database changes. */
const searchFlagsOfDay = rememberedUntilWrite((db: Db, day: string, viewer: Viewer) => {
  const statements = flagStatements(db);
  const rows = statements.serviceTariffs.all(day, day) as { serviceId: string; productCode: string; cents: number; unit: TariffUnit }[];
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) if (!latest.has(row.serviceId)) latest.set(row.serviceId, row);
  const byProduct = new Map<string, number[]>();
  for (const row of statements.productTariffs.all(day, day) as { productCode: string; cents: number }[]) pushTo(byProduct, row.productCode, row.cents);
  const tariffByService = new Map<string, ServiceTariff>();
  for (const [serviceId, row] of latest) {
    tariffByService.set(serviceId, { cents: row.cents, unit: row.unit, band: tariffBand(row.cents, byProduct.get(row.productCode) ?? []) });
  }
  const contracted = statements.contractedOrganizations.all(day, day) as string[];
  const ceilingByOrganization = new Map<string, CeilingStatus>();
  // The contract year is the UTC year of `now`, the same for the whole (UTC) day.
  for (const [id, assessment] of ceilingAssessmentsForProfessional(db, viewer, contracted, new Date(`${day}T12:00:00Z`))) ceilingByOrganization.set(id, assessment.status);
  return { ceilingByOrganization, tariffByService };
});

const flagStatements = once((db: Db) => ({
  // `+c.product_code` keeps SQLite from looking contracts up by product (dozens each) instead of
  // by organisation (a handful each): about 4x faster on the demo (docs/benchmarks.md).
  serviceTariffs: db.$client.prepare(
    `SELECT s.id AS serviceId, c.product_code AS productCode, c.tariff_cents AS cents, c.unit AS unit, c.valid_from AS validFrom
       FROM contracts c
       JOIN services s ON s.organization_id = c.organization_id AND s.product_code = +c.product_code AND s.kind = 'contracted' AND s.status <> 'inactive'
      WHERE c.archived_at IS NULL AND c.valid_from <= ? AND (c.valid_to IS NULL OR c.valid_to >= ?)
      ORDER BY s.id, c.valid_from DESC`,
  ),
  productTariffs: db.$client.prepare(`SELECT product_code AS productCode, tariff_cents AS cents FROM contracts WHERE archived_at IS NULL AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)`),
  contractedOrganizations: db.$client
    .prepare(`SELECT DISTINCT organization_id AS id FROM contracts WHERE archived_at IS NULL AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)`)
    .pluck(),
}));
