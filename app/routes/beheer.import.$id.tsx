/**
 * /beheer/import/:id — the dry run of an uploaded spreadsheet: per row what would be created,
 * changed (field by field) or stays the same, and every error with row, column and reason. Apply
 * writes all of it in one transaction, or nothing.
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import maintenanceCss from '../styles/maintenance.css';
import { useMessageText } from '../components/admin-form';
import { ApplyProgress } from '../components/admin-import';
import { AdminNotice, AdminPage, DataTable, Td, Th } from '../components/admin-layout';
import { Button } from '../components/form';
import { Heading, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import type { CsvIssue, PlannedRow } from '../domain/csv/columns';
import { getEnv } from '../env.server';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { contextOf } from '../load-context';
import { actorFor } from '../models/catalogue-admin.server';
import { applyImport, checkImport, readUpload, removeUpload, type ImportCheck } from '../models/csv/catalogue-import.server';
import { withInit } from '../utils/respond.server';
import { requirePermission } from '../utils/auth.server';
import { readFormData } from '../utils/form.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['csv', 'form.error.unknown', 'form.optional', 'maint.conflict', 'maint.errors', 'maint.field', 'maint.form.busy', 'maint.hours', 'maint.import', 'maint.kind', 'maint.law', 'maint.nav', 'maint.status', 'maint.unit', 'maint.value', 'maint.verify', 'pagination', 'search.page', 'v', 'weekday'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: maintenanceCss }];

/** How many rows of each list the page shows (the counts are always complete). */
const SHOWN = 300;

function summarize(check: ImportCheck) {
  if (!check.ok) return { ok: false as const, problem: check.problem, errors: check.issues.slice(0, SHOWN), errorTotal: check.issues.length };
  const view = (rows: PlannedRow[]) => rows.slice(0, SHOWN).map((r) => ({ row: r.row, type: r.type, key: r.key, action: r.action, changes: r.changes }));
  const { plan } = check;
  return {
    ok: true as const,
    encoding: check.encoding,
    delimiter: check.delimiter === '\t' ? 'tab' : check.delimiter,
    ignoredColumns: check.ignoredColumns,
    fingerprint: check.fingerprint,
    counts: plan.counts,
    errors: plan.errors.slice(0, SHOWN),
    errorTotal: plan.errors.length,
    warnings: plan.warnings.slice(0, SHOWN),
    warningTotal: plan.warnings.length,
    created: view(plan.rows.filter((r) => r.action === 'create')),
    changed: view(plan.rows.filter((r) => r.action === 'update')),
  };
}

function uploadOf(id: string | undefined, userId: number, now: Date) {
  const upload = readUpload(getEnv().DATA_DIR, id ?? '', userId, now);
  if (!upload) throw new Response('Not found', { status: 404 });
  return upload;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, context, 'import:catalogue:any');
  const upload = uploadOf(params.id, user.id, contextOf(context).now);
  return {
    title: translate(getLocale(request), 'maint.import.checkTitle'),
    file: { name: upload.meta.fileName, size: upload.meta.size },
    check: summarize(checkImport(getDb(), upload.bytes)),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, context, 'import:catalogue:any');
  const upload = uploadOf(params.id, user.id, contextOf(context).now);
  const formData = await readFormData(request);
  if (formData.get('intent') === 'cancel') {
    removeUpload(getEnv().DATA_DIR, upload.meta.id);
    return redirect('/beheer/import');
  }
  const fingerprint = String(formData.get('fingerprint') ?? '');
  const result = applyImport(getDb(), actorFor(user, context), upload.bytes, fingerprint, upload.meta.fileName);
  if (result.ok) {
    removeUpload(getEnv().DATA_DIR, upload.meta.id);
    const { create, update, unchanged } = result.counts;
    return redirect(`/beheer/import?melding=geimporteerd&nieuw=${create}&gewijzigd=${update}&ongewijzigd=${unchanged}`);
  }
  return withInit({ refused: result.reason }, { status: result.reason === 'changed' ? 409 : 400 });
}

function IssueTable({ issues, label }: { issues: readonly CsvIssue[]; label: string }) {
  const { t } = useTranslation();
  const text = useMessageText();
  return (
    <DataTable label={label} head={<><Th>{t('maint.import.row')}</Th><Th>{t('maint.import.column')}</Th><Th>{t('maint.import.reason')}</Th></>}>
      {issues.map((issue, i) => (
        <tr key={`${issue.row}-${issue.column}-${i}`} className="utrecht-table__row">
          <Td numeric>{issue.row || '—'}</Td>
          <Td>{issue.column ?? '—'}</Td>
          <Td>{text(issue.message)}</Td>
        </tr>
      ))}
    </DataTable>
  );
}

function ChangeList({ rows, label }: { rows: readonly { row: number; type: string; key: string; changes: { column: string; from: string; to: string }[] }[]; label: string }) {
  const { t } = useTranslation();
  return (
    <DataTable label={label} head={<><Th>{t('maint.import.row')}</Th><Th>{t('maint.import.record')}</Th><Th>{t('maint.import.column')}</Th><Th>{t('maint.import.before')}</Th><Th>{t('maint.import.after')}</Th></>}>
      {rows.flatMap((r) =>
        r.changes.map((c, i) => (
          <tr key={`${r.row}-${c.column}`} className="utrecht-table__row">
            <Td numeric>{i === 0 ? r.row : ''}</Td>
            <Td>{i === 0 ? `${t(`maint.import.type.${r.type as 'aanbieder' | 'aanbod' | 'tarief'}`)} ${r.key}` : ''}</Td>
            <Td>{c.column}</Td>
            <Td>
              <span className="sk-diff-old sk-cell-long">{c.from || '—'}</span>
            </Td>
            <Td>
              <span className="sk-diff-new sk-cell-long">{c.to || '—'}</span>
            </Td>
          </tr>
        )),
      )}
    </DataTable>
  );
}

export default function ImportCheckPage() {
  const { title, file, check } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t, plural } = useTranslation();
  const text = useMessageText();
  const applying = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'apply';
  return (
    <AdminPage title={title} area="/beheer/import" back={{ to: '/beheer/import', label: t('maint.import.title') }}>
      <Paragraph>{t('maint.import.fileInfo', { name: file.name, size: (file.size / 1024).toFixed(0) })}</Paragraph>
      {actionData?.refused ? <AdminNotice tone="error">{t(actionData.refused === 'changed' ? 'maint.import.changedSince' : 'maint.import.hasErrors')}</AdminNotice> : null}
      {!check.ok ? (
        <>
          <AdminNotice tone="error">{check.errors.map((e) => text(e.message)).join(' ')}</AdminNotice>
          <Paragraph>{t('maint.import.fixAndRetry')}</Paragraph>
        </>
      ) : (
        <>
          <Paragraph className="sk-muted">{t('maint.import.readAs', { encoding: check.encoding, delimiter: check.delimiter })}</Paragraph>
          {check.ignoredColumns.length ? <AdminNotice tone="warning">{t('maint.import.ignoredColumns', { columns: check.ignoredColumns.join(', ') })}</AdminNotice> : null}
          <ul className="sk-stats" aria-label={t('maint.import.summary')} data-testid="import-summary">
            <li>
              <strong>{check.counts.total}</strong> {t('maint.import.rows')}
            </li>
            <li>
              <strong>{check.counts.create}</strong> {t('maint.import.toCreate')}
            </li>
            <li>
              <strong>{check.counts.update}</strong> {t('maint.import.toChange')}
            </li>
            <li>
              <strong>{check.counts.unchanged}</strong> {t('maint.import.unchanged')}
            </li>
            <li>
              <strong>{check.counts.errorRows}</strong> {t('maint.import.errorRows')}
            </li>
          </ul>
          {check.errorTotal ? (
            <section className="sk-section" aria-labelledby="fouten">
              <Heading level={2} id="fouten">
                {plural('maint.import.errors', check.errorTotal)}
              </Heading>
              <AdminNotice tone="error">{t('maint.import.errorsText')}</AdminNotice>
              <IssueTable issues={check.errors} label={t('maint.import.errorsTable')} />
              {check.errorTotal > check.errors.length ? <Paragraph>{t('maint.import.more', { shown: check.errors.length })}</Paragraph> : null}
            </section>
          ) : null}
          {check.warningTotal ? (
            <section className="sk-section" aria-labelledby="waarschuwingen">
              <Heading level={2} id="waarschuwingen">
                {plural('maint.import.warnings', check.warningTotal)}
              </Heading>
              <IssueTable issues={check.warnings} label={t('maint.import.warningsTable')} />
            </section>
          ) : null}
          {check.changed.length ? (
            <section className="sk-section" aria-labelledby="wijzigingen">
              <Heading level={2} id="wijzigingen">
                {plural('maint.import.changedRows', check.counts.update)}
              </Heading>
              <ChangeList rows={check.changed} label={t('maint.import.changesTable')} />
              {check.counts.update > check.changed.length ? <Paragraph>{t('maint.import.more', { shown: check.changed.length })}</Paragraph> : null}
            </section>
          ) : null}
          {check.created.length ? (
            <section className="sk-section" aria-labelledby="nieuw">
              <Heading level={2} id="nieuw">
                {plural('maint.import.createdRows', check.counts.create)}
              </Heading>
              <DataTable label={t('maint.import.createdTable')} head={<><Th>{t('maint.import.row')}</Th><Th>{t('maint.import.record')}</Th></>}>
                {check.created.map((r) => (
                  <tr key={r.row} className="utrecht-table__row">
                    <Td numeric>{r.row}</Td>
                    <Td>
                      {t(`maint.import.type.${r.type}`)} {r.key}
                    </Td>
                  </tr>
                ))}
              </DataTable>
              {check.counts.create > check.created.length ? <Paragraph>{t('maint.import.more', { shown: check.created.length })}</Paragraph> : null}
            </section>
          ) : null}
          {check.errorTotal === 0 ? (
            <section className="sk-section" aria-labelledby="toepassen">
              <Heading level={2} id="toepassen">
                {t('maint.import.apply')}
              </Heading>
              <Paragraph>{check.counts.create + check.counts.update > 0 ? t('maint.import.applyText') : t('maint.import.nothingToDo')}</Paragraph>
              <Form method="post" className="sk-actions">
                <input type="hidden" name="intent" value="apply" />
                <input type="hidden" name="fingerprint" value={check.fingerprint} />
                <Button type="submit" disabled={applying}>
                  {t('maint.import.applySubmit')}
                </Button>
              </Form>
              <ApplyProgress busy={applying} />
            </section>
          ) : null}
        </>
      )}
      <Form method="post" className="sk-actions">
        <input type="hidden" name="intent" value="cancel" />
        <Button type="submit" appearance="secondary">
          {t('maint.import.cancel')}
        </Button>
      </Form>
    </AdminPage>
  );
}
