/**
 * GET /beheer/export — the whole catalogue as one CSV file in the documented format (tariffs
 * included, so for contract managers and administrators only). Imports back unchanged.
 */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { getDb } from '../db.server';
import { contextOf } from '../load-context';
import { actorOf, audit } from '../models/audit.server';
import { isoToday } from '../domain/staleness';
import { exportCatalogueCsv, exportFileName } from '../models/csv/catalogue-export.server';
import { requirePermission } from '../utils/auth.server';

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, context, 'import:catalogue:any');
  const { clientIp, now } = contextOf(context);
  const { text } = exportCatalogueCsv(getDb());
  // Taking the whole catalogue out is a security event (audit log and log line, BIO 8.15).
  audit(getDb(), actorOf(user, clientIp, now), { action: 'export', entityType: 'catalogue', newValue: { bytes: text.length }, at: now });
  return new Response(text, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${exportFileName(isoToday(contextOf(context).now))}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
