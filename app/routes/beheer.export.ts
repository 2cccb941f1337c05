/**
 * GET /beheer/export — the whole catalogue as one CSV file in the documented format (tariffs
 * included, so for contract managers and administrators only). Imports back unchanged.
 */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { getDb } from '../db.server';
import { isoToday } from '../domain/staleness';
import { exportCatalogueCsv, exportFileName } from '../models/csv/catalogue-export.server';
import { requirePermission } from '../utils/auth.server';
import { contextOf } from '../load-context';

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePermission(request, context, 'import:catalogue:any');
  const { text } = exportCatalogueCsv(getDb());
  return new Response(text, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${exportFileName(isoToday(contextOf(context).now))}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
