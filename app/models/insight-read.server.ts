/**
 * Reading the recordings back (issue 13): the needs dashboard for policy (/inzicht), the team
 * meeting overview (/inzicht/teamoverleg), the list of needs without a fitting offer with
 * policy's answers (/inzicht/behoeften); the value map is in insight-value-map.server.ts. Aggregates
 * never select who recorded something. Every cell that rests on fewer than MIN_CELL_RECORDS
 * records is suppressed here, in the model, for everyone below the administrator — so a chart,
 * a table and a CSV export built from these results cannot show it.
 */
import type { Db } from '../../db/client';
import { assessCeiling, type CeilingStatus } from '../domain/ceiling';
import { choiceReasons, needAnswers, type ChoiceReason, type NeedAnswer } from '../domain/enums';
import {
  monthsEndingWith,
  needCodes,
  seesSmallCells,
  suppressCount,
  suppressValue,
  suppressedShare,
  trendOf,
  type Trend,
} from '../domain/insight';
import { assertCanSee, type Viewer } from '../domain/visibility';
import { ceilingThresholds } from './ceiling.server';
import { rememberedUntilWrite } from './prepared.server';
import type { CellLike } from '../domain/insight-view';

export function assertProfessional(viewer: Viewer, what: string): void {
  assertCanSee(viewer, 'costs', what);
}

export interface InsightFilter {
  /** The last month shown (YYYY-MM). */
  to: string;
  /** How many months, ending with `to`. */
  months: number;
  districtId: string | null;
  needCode: string | null;
}

function whereFor(filter: InsightFilter, months: string[], alias = '') {
  const p = alias ? `${alias}.` : '';
  const clauses = [`${p}month BETWEEN ? AND ?`];
  const params: (string | number)[] = [months[0]!, months[months.length - 1]!];
  if (filter.districtId) {
    clauses.push(`${p}district_id = ?`);
    params.push(filter.districtId);
  }
  if (filter.needCode) {
    clauses.push(`${p}need_code = ?`);
    params.push(filter.needCode);
  }
  return { where: clauses.join(' AND '), params };
}

// ---------------------------------------------------------------------------------------------
// The needs dashboard
// ---------------------------------------------------------------------------------------------

export interface MonthUsage {
  month: string;
  general: number | null;
  paid: number | null;
  /** general / (general + paid): "general before paid". */
  generalShare: number | null;
}

/** One cell of the district × need table (app/domain/insight-view.ts groups them for the page). */
export type CellUsage = CellLike;

export interface UnmetNeedRank {
  needCode: string;
  count: number | null;
  /** Per month of the period (suppressed months are null). */
  series: (number | null)[];
  trend: Trend | null;
  /** Estimated cost of the (expensive) alternatives used, in total and per case. */
  alternativeCostCents: number | null;
  averageAlternativeCents: number | null;
  answers: Record<NeedAnswer | 'open', number | null>;
  /** The latest descriptions (checked for personal data when recorded). */
  descriptions: string[];
}

export interface Dashboard {
  months: string[];
  monthly: MonthUsage[];
  cells: CellUsage[];
  unmet: UnmetNeedRank[];
  totals: { general: number | null; paid: number | null; unmet: number | null; generalShare: number | null };
  suppressed: boolean;
}

export function insightDashboard(db: Db, viewer: Viewer, filter: InsightFilter): Dashboard {
  assertProfessional(viewer, 'insightDashboard');
  const showSmall = seesSmallCells(viewer.role);
  return rememberedDashboard(db, `${showSmall}|${filter.to}|${filter.months}|${filter.districtId ?? ''}|${filter.needCode ?? ''}`, filter, showSmall);
}

/**
 * The same figures for everyone who sees small cells alike, until anything is written (a new
 * deployment or unmet need included): the aggregation over every deployment of the period cost
 * most of the page.
 */
const rememberedDashboard = rememberedUntilWrite((db: Db, _key: string, filter: InsightFilter, showSmall: boolean): Dashboard => {
  const months = monthsEndingWith(filter.to, filter.months);
  const sqlite = db.$client;
  const { where, params } = whereFor(filter, months, 'd');
  const usage = sqlite
    .prepare(
      `SELECT d.month, d.district_id AS districtId, di.name AS districtName, d.need_code AS needCode,
              sum(d.general_facility) AS general, sum(1 - d.general_facility) AS paid
       FROM deployments d JOIN districts di ON di.id = d.district_id
       WHERE ${where} GROUP BY d.month, d.district_id, d.need_code`,
    )
    .all(...params) as { month: string; districtId: string; districtName: string; needCode: string; general: number; paid: number }[];

  let anySuppressed = false;
  const count = (n: number) => {
    const shown = suppressCount(n, showSmall);
    if (shown === null) anySuppressed = true;
    return shown;
  };
  const share = (part: number, total: number) => {
    const value = suppressedShare(part, total, showSmall);
    if (value === null && total > 0) anySuppressed = true;
    return value;
  };

  const byMonth = new Map(months.map((m) => [m, { general: 0, paid: 0 }]));
  const byCell = new Map<string, { districtId: string; districtName: string; needCode: string; general: number; paid: number }>();
  for (const row of usage) {
    const m = byMonth.get(row.month)!;
    m.general += row.general;
    m.paid += row.paid;
    const key = `${row.districtId}|${row.needCode}`;
    const cell = byCell.get(key) ?? { districtId: row.districtId, districtName: row.districtName, needCode: row.needCode, general: 0, paid: 0 };
    cell.general += row.general;
    cell.paid += row.paid;
    byCell.set(key, cell);
  }
  const monthly = months.map((month) => {
    const m = byMonth.get(month)!;
    return { month, general: count(m.general), paid: count(m.paid), generalShare: share(m.general, m.general + m.paid) };
  });
  const needOrder = (code: string) => needCodes.indexOf(code);
  const cells = [...byCell.values()]
    .sort((a, b) => a.districtName.localeCompare(b.districtName, 'nl') || needOrder(a.needCode) - needOrder(b.needCode))
    .map((c) => ({ ...c, general: count(c.general), paid: count(c.paid), generalShare: share(c.general, c.general + c.paid) }));

  const { where: needWhere, params: needParams } = whereFor(filter, months, 'u');
  const needs = sqlite
    .prepare(
      `SELECT u.need_code AS needCode, u.month, count(*) AS n, coalesce(sum(u.alternative_cost_cents), 0) AS cost,
              sum(u.alternative_cost_cents IS NOT NULL) AS costed,
              sum(u.answer IS NULL) AS open, sum(u.answer = 'planned') AS planned, sum(u.answer = 'started') AS started, sum(u.answer = 'rejected') AS rejected
       FROM unmet_needs u WHERE ${needWhere} GROUP BY u.need_code, u.month`,
    )
    .all(...needParams) as { needCode: string; month: string; n: number; cost: number; costed: number; open: number; planned: number; started: number; rejected: number }[];
  const latest = sqlite.prepare(`SELECT description FROM unmet_needs u WHERE ${needWhere} AND u.need_code = ? ORDER BY u.month DESC, u.id DESC LIMIT 3`);
  const perNeed = new Map<string, typeof needs>();
  for (const row of needs) perNeed.set(row.needCode, [...(perNeed.get(row.needCode) ?? []), row]);
  const unmetTotal = needs.reduce((sum, r) => sum + r.n, 0);
  const unmet: UnmetNeedRank[] = [...perNeed.entries()]
    .map(([needCode, rows]) => {
      const total = rows.reduce((s, r) => s + r.n, 0);
      const costed = rows.reduce((s, r) => s + r.costed, 0);
      const cost = rows.reduce((s, r) => s + r.cost, 0);
      const raw = months.map((m) => rows.find((r) => r.month === m)?.n ?? 0);
      const sum = (key: 'open' | 'planned' | 'started' | 'rejected') => rows.reduce((s, r) => s + r[key], 0);
      const visible = suppressCount(total, showSmall) !== null;
      return {
        total,
        rank: {
          needCode,
          count: count(total),
          series: raw.map((n) => count(n)),
          trend: visible ? trendOf(raw) : null,
          alternativeCostCents: suppressValue(cost, costed, showSmall),
          averageAlternativeCents: suppressValue(costed > 0 ? Math.round(cost / costed) : null, costed, showSmall),
          answers: { open: count(sum('open')), planned: count(sum('planned')), started: count(sum('started')), rejected: count(sum('rejected')) },
          descriptions: visible ? (latest.all(...needParams, needCode) as { description: string }[]).map((r) => r.description) : [],
        },
      };
    })
    .sort((a, b) => b.total - a.total || needOrder(a.rank.needCode) - needOrder(b.rank.needCode))
    .map((x) => x.rank);

  const general = usage.reduce((s, r) => s + r.general, 0);
  const paid = usage.reduce((s, r) => s + r.paid, 0);
  return {
    months,
    monthly,
    cells,
    unmet,
    totals: { general: count(general), paid: count(paid), unmet: count(unmetTotal), generalShare: share(general, general + paid) },
    suppressed: anySuppressed,
  };
});

// ---------------------------------------------------------------------------------------------
// The team meeting overview
// ---------------------------------------------------------------------------------------------

export interface TeamOverview {
  month: string;
  costByCategory: { categoryCode: string; count: number | null; costCents: number | null }[];
  totalCostCents: number | null;
  choices: { total: number | null; cheapest: number | null; cheapestShare: number | null };
  reasons: { reason: ChoiceReason; count: number | null }[];
  otherTexts: string[];
  generalUsed: { needCode: string; count: number | null }[];
  generalTotal: number | null;
  ceilings: { organizationId: string; name: string; slug: string; status: Extract<CeilingStatus, 'nearly_reached' | 'reached'>; utilisation: number }[];
}

export function teamOverview(db: Db, viewer: Viewer, month: string): TeamOverview {
  assertProfessional(viewer, 'teamOverview');
  const showSmall = seesSmallCells(viewer.role);
  const sqlite = db.$client;
  const paid = sqlite
    .prepare(
      `SELECT coalesce(p.category_code, d.need_code) AS categoryCode, count(*) AS n, coalesce(sum(d.estimated_cost_cents), 0) AS cost
       FROM deployments d LEFT JOIN products p ON p.code = d.product_code
       WHERE d.month = ? AND d.general_facility = 0 GROUP BY 1 ORDER BY cost DESC`,
    )
    .all(month) as { categoryCode: string; n: number; cost: number }[];
  const choice = sqlite
    .prepare(`SELECT count(*) AS total, coalesce(sum(cheapest_with_room), 0) AS cheapest FROM deployments WHERE month = ? AND general_facility = 0`)
    .get(month) as { total: number; cheapest: number };
  const reasonRows = sqlite
    .prepare(`SELECT reason, count(*) AS n FROM deployments WHERE month = ? AND general_facility = 0 AND reason IS NOT NULL GROUP BY reason`)
    .all(month) as { reason: ChoiceReason; n: number }[];
  const otherCount = reasonRows.find((r) => r.reason === 'other')?.n ?? 0;
  const otherTexts =
    suppressCount(otherCount, showSmall) !== null && otherCount > 0
      ? (sqlite.prepare(`SELECT reason_text AS text FROM deployments WHERE month = ? AND reason = 'other' ORDER BY id DESC LIMIT 10`).all(month) as { text: string }[]).map((r) => r.text)
      : [];
  const general = sqlite
    .prepare(`SELECT need_code AS needCode, count(*) AS n FROM deployments WHERE month = ? AND general_facility = 1 GROUP BY need_code ORDER BY n DESC, need_code`)
    .all(month) as { needCode: string; n: number }[];

  const year = Number(month.slice(0, 4));
  const thresholds = ceilingThresholds();
  const ceilings = (
    sqlite
      .prepare(
        `SELECT o.id AS organizationId, o.name, o.slug, b.year, b.ceiling_cents AS ceilingCents, b.committed_cents AS committedCents
         FROM budget_ceilings b JOIN organizations o ON o.id = b.organization_id
         WHERE b.year = ? AND o.status = 'active' ORDER BY o.name`,
      )
      .all(year) as { organizationId: string; name: string; slug: string; year: number; ceilingCents: number; committedCents: number }[]
  )
    .map((row) => ({ row, assessment: assessCeiling(row, thresholds) }))
    .filter(({ assessment }) => assessment.status === 'nearly_reached' || assessment.status === 'reached')
    .map(({ row, assessment }) => ({
      organizationId: row.organizationId,
      name: row.name,
      slug: row.slug,
      status: assessment.status as 'nearly_reached' | 'reached',
      utilisation: assessment.utilisation ?? 0,
    }))
    .sort((a, b) => b.utilisation - a.utilisation || a.name.localeCompare(b.name, 'nl'));

  const totalCost = paid.reduce((s, r) => s + r.cost, 0);
  const generalTotal = general.reduce((s, r) => s + r.n, 0);
  return {
    month,
    costByCategory: paid.map((r) => ({ categoryCode: r.categoryCode, count: suppressCount(r.n, showSmall), costCents: suppressValue(r.cost, r.n, showSmall) })),
    totalCostCents: suppressValue(totalCost, choice.total, showSmall),
    choices: {
      total: suppressCount(choice.total, showSmall),
      cheapest: suppressCount(choice.cheapest, showSmall),
      cheapestShare: suppressedShare(choice.cheapest, choice.total, showSmall),
    },
    reasons: choiceReasons.map((reason) => ({ reason, count: suppressCount(reasonRows.find((r) => r.reason === reason)?.n ?? 0, showSmall) })),
    otherTexts,
    generalUsed: general.map((r) => ({ needCode: r.needCode, count: suppressCount(r.n, showSmall) })),
    generalTotal: suppressCount(generalTotal, showSmall),
    ceilings,
  };
}

// ---------------------------------------------------------------------------------------------
// Needs without a fitting offer, with policy's answers
// ---------------------------------------------------------------------------------------------

export interface UnmetNeedItem {
  id: number;
  month: string;
  districtName: string;
  needCode: string;
  description: string;
  alternativeProductCode: string | null;
  alternativeNameNl: string | null;
  alternativeNameEn: string | null;
  alternativeCostCents: number | null;
  answer: NeedAnswer | null;
  answerReason: string | null;
  answeredAt: Date | null;
}

export const NEEDS_PAGE_SIZE = 25;

export function listUnmetNeeds(
  db: Db,
  viewer: Viewer,
  filter: { districtId: string | null; needCode: string | null; answer: NeedAnswer | 'open' | null },
  page: number,
): { items: UnmetNeedItem[]; total: number } {
  assertProfessional(viewer, 'listUnmetNeeds');
  const clauses: string[] = ['1 = 1'];
  const params: (string | number)[] = [];
  if (filter.districtId) {
    clauses.push('u.district_id = ?');
    params.push(filter.districtId);
  }
  if (filter.needCode) {
    clauses.push('u.need_code = ?');
    params.push(filter.needCode);
  }
  if (filter.answer === 'open') clauses.push('u.answer IS NULL');
  else if (filter.answer && (needAnswers as readonly string[]).includes(filter.answer)) {
    clauses.push('u.answer = ?');
    params.push(filter.answer);
  }
  const where = clauses.join(' AND ');
  const sqlite = db.$client;
  const total = (sqlite.prepare(`SELECT count(*) AS n FROM unmet_needs u WHERE ${where}`).get(...params) as { n: number }).n;
  const rows = sqlite
    .prepare(
      `SELECT u.id, u.month, di.name AS districtName, u.need_code AS needCode, u.description,
              u.alternative_product_code AS alternativeProductCode, p.name_nl AS alternativeNameNl, p.name_en AS alternativeNameEn,
              u.alternative_cost_cents AS alternativeCostCents, u.answer, u.answer_reason AS answerReason, u.answered_at AS answeredAt
       FROM unmet_needs u JOIN districts di ON di.id = u.district_id LEFT JOIN products p ON p.code = u.alternative_product_code
       WHERE ${where} ORDER BY u.month DESC, u.id DESC LIMIT ? OFFSET ?`,
    )
    .all(...params, NEEDS_PAGE_SIZE, (page - 1) * NEEDS_PAGE_SIZE) as (Omit<UnmetNeedItem, 'answeredAt'> & { answeredAt: number | null })[];
  return { items: rows.map((r) => ({ ...r, answeredAt: r.answeredAt === null ? null : new Date(r.answeredAt * 1000) })), total };
}
