/**
 * The catalogue as the CSV format sees it (app/domain/csv/columns.ts): every
 * organisation, service and tariff keyed the way a spreadsheet refers to them. Read once per
 * export or import check, with a handful of queries.
 */
import type { Db } from '../../../db/client';
import type { CatalogueSnapshot, ExistingOrganization, ExistingService, ExistingTariff } from '../../domain/csv/columns';
import type { Law, ServiceKind, ServiceStatus, TariffUnit } from '../../domain/enums';

interface OrganizationRow {
  id: string;
  external_id: string | null;
  name: string;
  description: string;
  website: string | null;
  email: string | null;
  phone: string | null;
  status: 'active' | 'archived';
  version: number;
  kvk: string | null;
  agb: string | null;
}

interface ServiceRow {
  id: string;
  organization_id: string;
  external_id: string | null;
  organization_external_id: string | null;
  name: string;
  description: string;
  url: string | null;
  email: string | null;
  phone: string | null;
  status: ServiceStatus;
  kind: ServiceKind;
  law: Law;
  category_code: string | null;
  product_code: string | null;
  target_group: string | null;
  minimum_age: number | null;
  maximum_age: number | null;
  waiting_weeks: number | null;
  waiting_reported_on: string | null;
  accepting_new_clients: number;
  application_process: string | null;
  version: number;
  languages: string | null;
}

interface TariffRow {
  id: string;
  organization_id: string;
  organization_external_id: string | null;
  product_code: string;
  lot: string | null;
  tariff_cents: number;
  unit: TariffUnit;
  valid_from: string;
  valid_to: string | null;
  archived: number;
  version: number;
}

export interface LoadedCatalogue extends CatalogueSnapshot {
  /** In export order. */
  organizationList: ExistingOrganization[];
  serviceList: (ExistingService & { organizationId: string })[];
  tariffList: (ExistingTariff & { organizationId: string })[];
  /** Database id → external id, for organisations that have one. */
  organizationIdsByExternalId: Map<string, string>;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function loadCatalogueSnapshot(db: Db): LoadedCatalogue {
  const sqlite = db.$client;
  const orgRows = sqlite
    .prepare(
      `SELECT o.id, o.external_id, o.name, o.description, o.website, o.email, o.phone, o.status, o.version,
              (SELECT identifier FROM organization_identifiers i WHERE i.organization_id = o.id AND i.scheme = 'kvk') AS kvk,
              (SELECT identifier FROM organization_identifiers i WHERE i.organization_id = o.id AND i.scheme = 'agb') AS agb
         FROM organizations o`,
    )
    .all() as OrganizationRow[];
  const serviceRows = sqlite
    .prepare(
      `SELECT s.id, s.organization_id, s.external_id, o.external_id AS organization_external_id, s.name, s.description, s.url, s.email, s.phone,
              s.status, s.kind, s.law, s.category_code, s.product_code, s.target_group, s.minimum_age, s.maximum_age,
              s.waiting_weeks, s.waiting_reported_on, s.accepting_new_clients, s.application_process, s.version,
              (SELECT group_concat(code, ',') FROM service_languages l WHERE l.service_id = s.id) AS languages
         FROM services s JOIN organizations o ON o.id = s.organization_id`,
    )
    .all() as ServiceRow[];
  const tariffRows = sqlite
    .prepare(
      `SELECT c.id, c.organization_id, o.external_id AS organization_external_id, c.product_code, c.lot, c.tariff_cents, c.unit, c.valid_from, c.valid_to,
              c.archived_at IS NOT NULL AS archived, c.version
         FROM contracts c JOIN organizations o ON o.id = c.organization_id`,
    )
    .all() as TariffRow[];
  const productRows = sqlite.prepare('SELECT code, category_code FROM products').all() as { code: string; category_code: string }[];

  const organizationList: ExistingOrganization[] = orgRows.map((r) => ({
    id: r.id,
    version: r.version,
    externalId: r.external_id ?? '',
    name: r.name,
    description: r.description,
    kvk: r.kvk,
    agb: r.agb,
    website: r.website,
    email: r.email,
    phone: r.phone,
    status: r.status,
  }));
  const serviceList = serviceRows.map((r) => ({
    id: r.id,
    organizationId: r.organization_id,
    version: r.version,
    externalId: r.external_id ?? '',
    organizationExternalId: r.organization_external_id ?? '',
    name: r.name,
    description: r.description,
    url: r.url,
    email: r.email,
    phone: r.phone,
    status: r.status,
    kind: r.kind,
    law: r.law,
    categoryCode: r.category_code,
    productCode: r.product_code,
    targetGroup: r.target_group,
    minimumAge: r.minimum_age,
    maximumAge: r.maximum_age,
    languages: r.languages ? r.languages.split(',').sort() : [],
    waitingWeeks: r.waiting_weeks,
    waitingReportedOn: r.waiting_reported_on,
    acceptingNewClients: r.accepting_new_clients === 1,
    applicationProcess: r.application_process,
  }));
  const tariffList = tariffRows.map((r) => ({
    id: r.id,
    organizationId: r.organization_id,
    version: r.version,
    organizationExternalId: r.organization_external_id ?? '',
    productCode: r.product_code,
    lot: r.lot,
    tariffCents: r.tariff_cents,
    unit: r.unit,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    archived: r.archived === 1,
  }));

  organizationList.sort((a, b) => byText(a.externalId, b.externalId) || byText(a.id, b.id));
  serviceList.sort((a, b) => byText(a.externalId, b.externalId) || byText(a.id, b.id));
  tariffList.sort((a, b) => byText(a.productCode, b.productCode) || byText(a.validFrom, b.validFrom) || byText(a.id, b.id));

  return {
    organizations: new Map(organizationList.filter((o) => o.externalId).map((o) => [o.externalId, o])),
    services: new Map(serviceList.filter((s) => s.externalId).map((s) => [s.externalId, s])),
    tariffs: tariffList,
    products: new Map(productRows.map((p) => [p.code, p.category_code])),
    organizationList,
    serviceList,
    tariffList,
    organizationIdsByExternalId: new Map(organizationList.filter((o) => o.externalId).map((o) => [o.externalId, o.id])),
  };
}
