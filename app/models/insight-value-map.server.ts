/**
 * The value map (/inzicht/waardekaart, issue 13): tariff against marks per product, for
 * contract managers — who is good and affordable, and near their budget ceiling. Professional
 * viewers only. The other insight reads are in insight-read.server.ts.
 */
import type { Db } from '../../db/client';
import type { CeilingStatus } from '../domain/ceiling';
import { median, quadrantOf, type Quadrant } from '../domain/insight';
import type { Viewer } from '../domain/visibility';
import { compareProviders } from './compare.server';
import { assertProfessional } from './insight-read.server';

export interface ValuePoint {
  organizationId: string;
  organizationName: string;
  organizationSlug: string;
  tariffCents: number;
  citizenMark: number | null;
  citizenCount: number;
  staffMark: number | null;
  staffCount: number;
  /** The mark the quadrant uses: the mean of the residents' and the staff mark where both exist. */
  mark: number | null;
  ceilingStatus: CeilingStatus;
  utilisation: number | null;
  quadrant: Quadrant | null;
}

export interface ValueMap {
  productCode: string;
  unit: string;
  medianTariff: number | null;
  medianMark: number | null;
  points: ValuePoint[];
  /** Good and affordable, ceiling nearly reached or reached: candidates to let grow. */
  growCandidates: ValuePoint[];
}

export function combinedMark(citizen: number | null, staff: number | null): number | null {
  if (citizen !== null && staff !== null) return (citizen + staff) / 2;
  return citizen ?? staff;
}

export function valueMap(db: Db, viewer: Viewer, productCode: string, today: string, now: Date): ValueMap | null {
  assertProfessional(viewer, 'valueMap');
  const product = db.$client
    .prepare(
      `SELECT p.code, p.category_code AS categoryCode, (SELECT c.unit FROM contracts c WHERE c.product_code = p.code AND c.archived_at IS NULL ORDER BY c.valid_from DESC LIMIT 1) AS unit
       FROM products p WHERE p.code = ?`,
    )
    .get(productCode) as { code: string; categoryCode: string; unit: string | null } | undefined;
  if (!product || !product.unit) return null;
  const comparison = compareProviders(
    db,
    viewer,
    {
      productCodes: [product.code],
      categoryCode: product.categoryCode,
      districtSlug: null,
      origin: null,
      indication: { volume: 1, unit: product.unit as never, frequency: 'total', start: today, duration: { count: 1, unit: 'weeks' }, end: null },
    },
    now,
  );
  const rows = comparison.rows;
  const medianTariff = median(rows.map((r) => r.tariffCents));
  const marks = rows.map((r) => combinedMark(r.citizenMark, r.staffMark)).filter((m): m is number => m !== null);
  const medianMark = median(marks);
  const points = rows
    .map((r) => {
      const mark = combinedMark(r.citizenMark, r.staffMark);
      return {
        organizationId: r.organizationId,
        organizationName: r.organizationName,
        organizationSlug: r.organizationSlug,
        tariffCents: r.tariffCents,
        citizenMark: r.citizenMark,
        citizenCount: r.citizenCount,
        staffMark: r.staffMark,
        staffCount: r.staffCount,
        mark,
        ceilingStatus: r.ceiling.status,
        utilisation: r.ceiling.status === 'none' ? null : r.ceiling.utilisation ?? null,
        quadrant: medianTariff === null ? null : quadrantOf(r.tariffCents, mark, medianTariff, medianMark),
      };
    })
    .sort((a, b) => a.tariffCents - b.tariffCents || a.organizationName.localeCompare(b.organizationName, 'nl'));
  return {
    productCode: product.code,
    unit: product.unit,
    medianTariff,
    medianMark,
    points,
    growCandidates: points.filter((p) => p.quadrant === 'good_affordable' && (p.ceilingStatus === 'nearly_reached' || p.ceilingStatus === 'reached')),
  };
}

/** Products that have contracts, with their category, for the value map's choice. */
export function listContractedProducts(db: Db): { code: string; nameNl: string; nameEn: string; categoryCode: string }[] {
  return db.$client
    .prepare(
      `SELECT p.code, p.name_nl AS nameNl, p.name_en AS nameEn, p.category_code AS categoryCode FROM products p
       WHERE EXISTS (SELECT 1 FROM contracts c WHERE c.product_code = p.code AND c.archived_at IS NULL) ORDER BY p.code`,
    )
    .all() as { code: string; nameNl: string; nameEn: string; categoryCode: string }[];
}

/** Every product, for "what was used instead". */
export function listAllProducts(db: Db): { code: string; nameNl: string; nameEn: string }[] {
  return db.$client.prepare('SELECT code, name_nl AS nameNl, name_en AS nameEn FROM products ORDER BY code').all() as { code: string; nameNl: string; nameEn: string }[];
}
