/**
 * GET /inzicht/export?tabel=maanden|behoeften|wijken&<filters> — a table of the needs dashboard
 * as CSV (semicolons, UTF-8 with BOM, formula-safe: app/domain/csv/parse.ts). Built from the
 * same suppressed model results as the page, so a small cell is "< 5" here too.
 */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { getDb } from '../db.server';
import { productCategories } from '../domain/categories';
import { formatCsv } from '../domain/csv/parse';
import { generalNeeds } from '../domain/enums';
import { dutchDay } from '../domain/indication';
import { monthOfDay } from '../domain/insight';
import { parseDashboardFilter } from '../domain/insight-forms';
import { translate, type MessageKey } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { contextOf } from '../load-context';
import { insightDashboard } from '../models/insight-read.server';
import { listDistricts } from '../models/insight-write.server';
import { requirePermission, viewerFor } from '../utils/auth.server';

const tables = ['maanden', 'behoeften', 'wijken'] as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, context, 'read:insight:any');
  const url = new URL(request.url);
  const table = url.searchParams.get('tabel');
  if (!tables.includes(table as (typeof tables)[number])) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  const locale = getLocale(request);
  const t = (key: MessageKey) => translate(locale, key);
  const db = getDb();
  const districts = listDistricts(db);
  const filter = parseDashboardFilter(url.searchParams, monthOfDay(dutchDay(contextOf(context).now)), new Set(districts.map((d) => d.slug)));
  const dashboard = insightDashboard(db, viewerFor(user), {
    to: filter.to,
    months: filter.months,
    districtId: districts.find((d) => d.slug === filter.districtSlug)?.id ?? null,
    needCode: filter.needCode,
  });
  const hidden = t('insight.suppressed');
  const n = (value: number | null) => (value === null ? hidden : String(value));
  const share = (value: number | null) => (value === null ? hidden : (Math.round(value * 1000) / 10).toFixed(1).replace('.', locale === 'nl' ? ',' : '.'));
  const shareOf = (value: number | null, general: number | null, paid: number | null) => (value === null && general === 0 && paid === 0 ? '' : share(value));
  const euros = (cents: number | null) => (cents === null ? hidden : (cents / 100).toFixed(2).replace('.', locale === 'nl' ? ',' : '.'));
  const need = (code: string) =>
    (generalNeeds as readonly string[]).includes(code) ? t(`insight.need.${code}` as MessageKey) : (productCategories.find((c) => c.code === code)?.[locale === 'nl' ? 'nameNl' : 'nameEn'] ?? code);

  let header: string[];
  let rows: string[][];
  if (table === 'maanden') {
    header = [t('insight.col.month'), t('insight.col.general'), t('insight.col.paid'), `${t('insight.col.share')} (%)`];
    rows = dashboard.monthly.map((m) => [m.month, n(m.general), n(m.paid), shareOf(m.generalShare, m.general, m.paid)]);
  } else if (table === 'wijken') {
    header = [t('insight.col.district'), t('insight.col.need'), t('insight.col.general'), t('insight.col.paid'), `${t('insight.col.share')} (%)`];
    rows = dashboard.cells.map((c) => [c.districtName, need(c.needCode), n(c.general), n(c.paid), shareOf(c.generalShare, c.general, c.paid)]);
  } else {
    header = [t('insight.col.need'), t('insight.col.count'), t('insight.col.trend'), `${t('insight.col.cost')} (EUR)`, `${t('insight.col.average')} (EUR)`, t('insight.answer.open'), t('insight.answer.planned'), t('insight.answer.started'), t('insight.answer.rejected')];
    rows = dashboard.unmet.map((u) => [
      need(u.needCode),
      n(u.count),
      u.trend ? t(`insight.trend.${u.trend}` as MessageKey) : '',
      euros(u.alternativeCostCents),
      euros(u.averageAlternativeCents),
      n(u.answers.open),
      n(u.answers.planned),
      n(u.answers.started),
      n(u.answers.rejected),
    ]);
  }
  const name = `inzicht-${table}-${filter.to}${filter.districtSlug ? `-${filter.districtSlug}` : ''}${filter.needCode ? `-${filter.needCode}` : ''}.csv`;
  return new Response(formatCsv(header, rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
