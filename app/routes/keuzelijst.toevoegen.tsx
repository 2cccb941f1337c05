/**
 * /keuzelijst/toevoegen — put a provider on a shortlist. The comparison table posts here
 * directly; the provider page links here (GET shows the form: which list, and a note).
 */
import { useMessageText } from '../components/form-message';
import { getFormProps } from '@conform-to/react';
import { useZodForm } from '../components/form-conform';
import { data, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';

import { Button, FormField, Select } from '../components/form';
import { addToShortlistSchema } from '../components/shortlist-schemas';
import { ShortlistTextarea, ShortlistTitleField } from '../components/shortlist-fields';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { dutchDay } from '../domain/indication';
import { defaultShortlistTitle } from '../domain/shortlist';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { addToShortlist, getProviderLabel, listShortlistTitles } from '../models/shortlist.server';
import { requirePermission } from '../utils/auth.server';
import { safeRedirect } from '../utils/safe-redirect';
import shortlistCss from '../styles/shortlist.css';
import { contextOf } from '../load-context';
import { parseForm, readFormData } from '../utils/form.server';
import { noStore } from '../utils/no-store';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['form.error.unknown', 'shortlist.add', 'shortlist.cancel', 'shortlist.error', 'shortlist.field', 'v'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: shortlistCss }];


export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, context, 'manage:shortlist:own');
  const url = new URL(request.url);
  const db = getDb();
  const provider = getProviderLabel(db, url.searchParams.get('organisatie') ?? '', url.searchParams.get('dienst') || null);
  if (!provider) throw new Response('Not found', { status: 404, headers: noStore });
  return data(
    {
      title: translate(getLocale(request), 'shortlist.add.title'),
      provider,
      back: safeRedirect(url.searchParams.get('terug'), `/aanbieders/${provider.slug}`),
      shortlists: listShortlistTitles(db, user.id),
    },
    { headers: noStore },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

/** Back to the comparison with the list chosen and a notice; from anywhere else to the list itself. */
function nextUrl(back: string | undefined, shortlistId: number, organizationId: string): string {
  const target = safeRedirect(back, '');
  if (target.startsWith('/vergelijken')) {
    const url = new URL(target, 'http://localhost');
    url.searchParams.set('lijst', String(shortlistId));
    url.searchParams.set('toegevoegd', organizationId);
    // Without JavaScript the page reloads: jump to the results, where the notice is.
    return `${url.pathname}${url.search}#resultaat`;
  }
  return `/keuzelijst/${shortlistId}?toegevoegd=${encodeURIComponent(organizationId)}`;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, context, 'manage:shortlist:own');
  const submission = parseForm(await readFormData(request), addToShortlistSchema);
  if (submission.status !== 'success') return data(submission.reply(), { status: 400, headers: noStore });
  const { organisatie, dienst, lijst, titel, notitie, terug } = submission.value;
  const now = contextOf(context).now;
  const result = addToShortlist(
    getDb(),
    user.id,
    {
      shortlistId: lijst ?? null,
      newTitle: titel || defaultShortlistTitle(dutchDay(now)),
      organizationId: organisatie,
      serviceId: dienst ?? null,
      note: notitie || null,
    },
    now,
  );
  if (result.status === 'unknown-list') return data(submission.reply({ fieldErrors: { lijst: ['shortlist.error.listUnknown'] } }), { status: 400, headers: noStore });
  if (!('shortlistId' in result)) return data(submission.reply({ formErrors: ['shortlist.error.providerUnknown'] }), { status: 400, headers: noStore });
  return redirect(nextUrl(terug, result.shortlistId, organisatie), { headers: noStore });
}

export default function AddToShortlist() {
  const { provider, back, shortlists } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const errorText = useMessageText();
  const [form, fields] = useZodForm(addToShortlistSchema, { id: 'op-keuzelijst', lastResult, constraint: true });
  return (
    <div className="sk-shortlist-narrow">
      <Heading level={1}>{t('shortlist.add.title')}</Heading>
      <Paragraph lead>
        {provider.serviceName ? t('shortlist.add.whatService', { service: provider.serviceName, name: provider.name }) : provider.name}
      </Paragraph>
      <Form method="post" {...getFormProps(form)} className="sk-shortlist-form">
        {form.errors?.length ? (
          <div className="sk-cmp-alert sk-cmp-alert--error" role="alert">
            <p className="utrecht-paragraph">{errorText(form.errors)}</p>
          </div>
        ) : null}
        <input type="hidden" name="organisatie" value={provider.id} />
        {provider.serviceId ? <input type="hidden" name="dienst" value={provider.serviceId} /> : null}
        <input type="hidden" name="terug" value={back} />
        <FormField id={fields.lijst.id} label={t('shortlist.add.list')} error={errorText(fields.lijst.errors)}>
          {(describedBy, invalid) => (
            <Select id={fields.lijst.id} name={fields.lijst.name} defaultValue={shortlists[0] ? String(shortlists[0].id) : ''} aria-describedby={describedBy} invalid={invalid}>
              <option value="">{t('shortlist.add.newList')}</option>
              {shortlists.map((list) => (
                <option key={list.id} value={String(list.id)}>
                  {list.title}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <ShortlistTitleField field={fields.titel} label={t('shortlist.field.titleNew')} description={t('shortlist.field.titleHint')} errorText={errorText} required={false} />
        <ShortlistTextarea field={fields.notitie} label={t('shortlist.field.note')} description={t('shortlist.field.noteHint')} errorText={errorText} />
        <div className="sk-shortlist-actions">
          <Button type="submit">{t('shortlist.add.submit')}</Button>
          <Link to={back}>{t('shortlist.cancel')}</Link>
        </div>
      </Form>
    </div>
  );
}
