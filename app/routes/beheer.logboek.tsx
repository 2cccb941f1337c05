/**
 * /beheer/logboek — the audit log, newest first, filtered by record, person and period.
 * Read-only: the app has no way to change or remove an entry (the database refuses it too).
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import maintenanceCss from '../styles/maintenance.css';
import { AuditTable } from '../components/admin-audit';
import { AdminPage } from '../components/admin-layout';
import { Button, FormField, Select, Textbox } from '../components/form';
import { Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { addDays, startOfDayInAmsterdam } from '../domain/staleness';
import { isIsoDate } from '../domain/validation';
import { translate, type MessageKey } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { listAuditEntries } from '../models/audit.server';
import { listAuditActors, listAuditEntityTypes } from '../models/audit-view.server';
import { auditNameSuggestions, auditRecordNames, recordIdsForName } from '../models/audit-names.server';
import { requirePermission } from '../utils/auth.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['form.error.unknown', 'form.optional', 'maint.action', 'maint.conflict', 'maint.entity', 'maint.errors', 'maint.field', 'maint.filter', 'maint.form.busy', 'maint.history', 'maint.hours', 'maint.kind', 'maint.law', 'maint.log', 'maint.nav', 'maint.status', 'maint.unit', 'maint.value', 'maint.verify', 'pagination', 'search.page', 'v', 'weekday'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: maintenanceCss }];

const PAGE = 100;
const date = z.string().refine(isIsoDate).optional().catch(undefined);
const querySchema = z.object({
  type: z.string().regex(/^[a-z_]{1,40}$/).optional().catch(undefined),
  record: z.string().trim().max(100).optional().catch(undefined),
  naam: z.string().trim().max(200).optional().catch(undefined),
  persoon: z.string().trim().max(320).optional().catch(undefined),
  van: date,
  tot: date,
  voor: z.coerce.number().int().positive().optional().catch(undefined),
});

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePermission(request, context, 'read:audit:any');
  const raw = Object.fromEntries([...new URL(request.url).searchParams].filter(([, v]) => v !== ''));
  const query = querySchema.parse(raw);
  const db = getDb();
  const rows = listAuditEntries(db, {
    entityType: query.type,
    entityId: query.record || undefined,
    records: query.naam ? recordIdsForName(db, query.naam) : undefined,
    actor: query.persoon || undefined,
    since: query.van ? startOfDayInAmsterdam(query.van) : undefined,
    until: query.tot ? startOfDayInAmsterdam(addDays(query.tot, 1)) : undefined,
    beforeId: query.voor,
    limit: PAGE + 1,
  });
  const more = rows.length > PAGE;
  const page = rows.slice(0, PAGE);
  const names = auditRecordNames(db, page);
  const entries = page.map((e) => ({ ...e, at: e.at.toISOString(), recordName: e.entityId ? (names[`${e.entityType}:${e.entityId}`] ?? null) : null }));
  return {
    title: translate(getLocale(request), 'maint.log.title'),
    query,
    entries,
    older: more ? entries[entries.length - 1]!.id : null,
    actors: listAuditActors(db),
    types: listAuditEntityTypes(db),
    suggestions: auditNameSuggestions(db),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

export default function AuditLog() {
  const { title, query, entries, older, actors, types, suggestions } = useLoaderData<typeof loader>();
  const { t, has } = useTranslation();
  const typeLabel = (type: string) => {
    const key = `maint.entity.${type}`;
    return has(key) ? t(key as MessageKey) : type;
  };
  const olderHref = () => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '' && k !== 'voor') params.set(k, String(v));
    params.set('voor', String(older));
    return `?${params.toString()}`;
  };
  return (
    <AdminPage title={title} area="/beheer/logboek" lead={t('maint.log.lead')}>
      <Form method="get" className="sk-filters-inline" role="search" aria-label={t('maint.log.filter')}>
        <FormField id="log-type" label={t('maint.log.recordType')}>
          {(describedBy) => (
            <Select id="log-type" name="type" defaultValue={query.type ?? ''} aria-describedby={describedBy}>
              <option value="">{t('maint.filter.all')}</option>
              {types.map((type) => (
                <option key={type} value={type}>
                  {typeLabel(type)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField id="log-naam" label={t('maint.log.recordName')} description={t('maint.log.recordNameHint')}>
          {(describedBy) => (
            <>
              <Textbox id="log-naam" name="naam" list="log-namen" autoComplete="off" defaultValue={query.naam ?? ''} aria-describedby={describedBy} />
              <datalist id="log-namen">
                {suggestions.map((name) => (
                  <option key={name} value={name} />
                ))}
              </datalist>
            </>
          )}
        </FormField>
        {query.record ? <input type="hidden" name="record" value={query.record} /> : null}
        <FormField id="log-persoon" label={t('maint.log.person')}>
          {(describedBy) => (
            <Select id="log-persoon" name="persoon" defaultValue={query.persoon ?? ''} aria-describedby={describedBy}>
              <option value="">{t('maint.filter.all')}</option>
              {actors.map((a) => (
                <option key={a.actor} value={a.actor}>
                  {a.actor} ({a.entries})
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField id="log-van" label={t('maint.log.periodFrom')}>
          {(describedBy) => <Textbox id="log-van" name="van" type="date" defaultValue={query.van ?? ''} aria-describedby={describedBy} />}
        </FormField>
        <FormField id="log-tot" label={t('maint.log.periodUntil')}>
          {(describedBy) => <Textbox id="log-tot" name="tot" type="date" defaultValue={query.tot ?? ''} aria-describedby={describedBy} />}
        </FormField>
        <Button type="submit" appearance="secondary">
          {t('maint.filter.apply')}
        </Button>
      </Form>
      {entries.length ? <AuditTable rows={entries} label={t('maint.log.table')} /> : <Paragraph role="status">{t('maint.log.none')}</Paragraph>}
      {older ? (
        <Paragraph>
          <Link to={olderHref()} rel="next">
            {t('maint.log.older')}
          </Link>
        </Paragraph>
      ) : null}
    </AdminPage>
  );
}
