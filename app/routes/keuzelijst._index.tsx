/**
 * /keuzelijst — a staff member's shortlists (keuzelijsten) for kitchen-table talks, and a form
 * to start a new one.
 */
import { useMessageText } from '../components/form-message';
import { getFormProps } from '@conform-to/react';
import { useZodForm } from '../components/form-conform';
import { data, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';

import { Button } from '../components/form';
import { createShortlistSchema } from '../components/shortlist-schemas';
import { ShortlistTextarea, ShortlistTitleField } from '../components/shortlist-fields';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { formatDate } from '../domain/format';
import type { MessageKey } from '../i18n';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { createShortlist, listShortlistsForOwner } from '../models/shortlist.server';
import { requirePermission } from '../utils/auth.server';
import shortlistCss from '../styles/shortlist.css';
import { contextOf } from '../load-context';
import { parseForm, readFormData } from '../utils/form.server';
import { noStore } from '../utils/no-store';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['form.error.unknown', 'shortlist.count', 'shortlist.deleted', 'shortlist.error', 'shortlist.field', 'shortlist.index', 'shortlist.share.stateActive', 'shortlist.share.stateExpired', 'shortlist.share.stateNone', 'shortlist.share.stateRevoked', 'v'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: shortlistCss }];


export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, context, 'manage:shortlist:own');
  const url = new URL(request.url);
  return data(
    {
      title: translate(getLocale(request), 'shortlist.index.title'),
      lists: listShortlistsForOwner(getDb(), user.id, contextOf(context).now),
      deleted: url.searchParams.get('melding') === 'verwijderd',
    },
    { headers: noStore },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, context, 'manage:shortlist:own');
  const submission = parseForm(await readFormData(request), createShortlistSchema);
  if (submission.status !== 'success') return data(submission.reply(), { status: 400, headers: noStore });
  const id = createShortlist(getDb(), user.id, { title: submission.value.titel, note: submission.value.notitie || null }, contextOf(context).now);
  return redirect(`/keuzelijst/${id}`, { headers: noStore });
}

const shareKey: Record<string, MessageKey> = {
  none: 'shortlist.share.stateNone',
  active: 'shortlist.share.stateActive',
  expired: 'shortlist.share.stateExpired',
  revoked: 'shortlist.share.stateRevoked',
};

export default function Shortlists() {
  const { lists, deleted } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t, plural, locale } = useTranslation();
  const errorText = useMessageText();
  const [form, fields] = useZodForm(createShortlistSchema, { id: 'nieuwe-keuzelijst', lastResult, constraint: true });
  return (
    <div className="sk-shortlist-page">
      <Heading level={1}>{t('shortlist.index.title')}</Heading>
      <Paragraph lead>{t('shortlist.index.intro')}</Paragraph>
      {deleted ? (
        <div className="sk-cmp-alert sk-cmp-alert--ok" role="status">
          <p className="utrecht-paragraph">{t('shortlist.deleted')}</p>
        </div>
      ) : null}
      <Paragraph>
        <Link to="/vergelijken">{t('shortlist.index.compare')}</Link>
      </Paragraph>

      <section className="sk-section" aria-labelledby="mijn-lijsten">
        <Heading level={2} id="mijn-lijsten">
          {t('shortlist.index.mine')}
        </Heading>
        {lists.length === 0 ? (
          <Paragraph>{t('shortlist.index.none')}</Paragraph>
        ) : (
          <ul className="sk-shortlist-lists">
            {lists.map((list) => (
              <li key={list.id}>
                <Link to={`/keuzelijst/${list.id}`}>{list.title}</Link>{' '}
                <span className="sk-muted">
                  · {plural('shortlist.count', list.itemCount)} · {t('shortlist.index.changed', { date: formatDate(locale, list.updatedAt.slice(0, 10)) })} ·{' '}
                  {t(shareKey[list.share]!)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="sk-section" aria-labelledby="nieuwe-lijst">
        <Heading level={2} id="nieuwe-lijst">
          {t('shortlist.index.new')}
        </Heading>
        <Form method="post" {...getFormProps(form)} className="sk-shortlist-form">
          <ShortlistTitleField field={fields.titel} label={t('shortlist.field.title')} description={t('shortlist.field.titleHint')} errorText={errorText} />
          <ShortlistTextarea field={fields.notitie} label={t('shortlist.field.listNote')} description={t('shortlist.field.noteHint')} errorText={errorText} />
          <Button type="submit">{t('shortlist.index.create')}</Button>
        </Form>
      </section>
    </div>
  );
}
