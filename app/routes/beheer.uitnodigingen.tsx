/**
 * /beheer/uitnodigingen — staff make a single-use invitation code for one organisation (valid 90
 * days) and print it or read it out to a resident. Only the code's hash is stored, so the code is
 * shown once: the action answers with the printable code itself instead of redirecting (a
 * redirect would have to put the code in a URL, and so in logs and browser history).
 */
import { useMessageText } from '../components/form-message';
import {
  data,
  type ActionFunctionArgs,
  type HeadersFunction,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { Button, FormField, Textbox } from '../components/form';

import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { formatDate } from '../domain/format';
import { invitationSchema } from '../domain/review-schema';
import { formatInvitationCode } from '../domain/reviews';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { createInvitation, findOrganizationsForInvitation, listInvitationsBy } from '../models/invitation.server';
import reviewsCss from '../styles/reviews.css';
import { requirePermission } from '../utils/auth.server';
import { requestMeta } from '../utils/request-meta.server';
import { noStore } from '../utils/review-guards.server';
import { contextOf } from '../load-context';
import { parseForm, readFormData } from '../utils/form.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['form.error.unknown', 'reviews.error', 'reviews.invitations', 'v'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: reviewsCss }];
export const headers: HeadersFunction = () => noStore;

const querySchema = z.object({
  zoek: z.string().trim().max(100).catch(''),
  aanbieder: z.string().max(200).optional().catch(undefined),
});

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, context, 'create:invitation:any');
  const query = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const db = getDb();
  return {
    title: translate(getLocale(request), 'reviews.invitations.title'),
    query: query.zoek,
    searched: Boolean(query.zoek || query.aanbieder),
    organizations: findOrganizationsForInvitation(db, { q: query.zoek, slug: query.zoek ? undefined : query.aanbieder }),
    recent: listInvitationsBy(db, user.id),
    now: contextOf(context).now.toISOString(),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data: d }) => [{ title: `${d?.title ?? ''} | Sociale Kaart` }];

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, context, 'create:invitation:any');
  const submission = parseForm(await readFormData(request), invitationSchema);
  if (submission.status !== 'success')
    return data({ error: 'reviews.error.organizationRequired', created: null }, { status: 400, headers: noStore });
  const outcome = createInvitation(getDb(), user, submission.value.organizationId, requestMeta(request, context).ip, contextOf(context).now);
  if (!outcome.ok) return data({ error: 'reviews.error.organizationRequired', created: null }, { status: 400, headers: noStore });
  const origin = new URL(request.url).origin;
  const code = formatInvitationCode(outcome.code);
  return data(
    {
      error: null,
      created: {
        code,
        expiresAt: outcome.expiresAt,
        organizationName: outcome.organization.name,
        url: `${origin}/aanbieders/${outcome.organization.slug}/ervaring-schrijven`,
        path: `/aanbieders/${outcome.organization.slug}/ervaring-schrijven?code=${encodeURIComponent(code)}`,
      },
    },
    { headers: noStore },
  );
}

export default function Invitations() {
  const { query, searched, organizations, recent, now } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const errorText = useMessageText();
  const created = actionData?.created ?? null;
  return (
    <>
      <div className="sk-rv-noprint">
        <Heading level={1}>{t('reviews.invitations.title')}</Heading>
        <Paragraph lead>{t('reviews.invitations.intro')}</Paragraph>
      </div>
      {actionData?.error ? (
        <div className="utrecht-alert utrecht-alert--error sk-rv-alert" role="alert">
          <div className="utrecht-alert__content">
            <p className="utrecht-paragraph">{errorText([actionData.error])}</p>
          </div>
        </div>
      ) : null}
      {created ? (
        <section className="sk-rv-letter" aria-labelledby="uitnodiging" data-testid="invitation">
          <Heading level={2} id="uitnodiging">
            {t('reviews.invitations.created', { name: created.organizationName })}
          </Heading>
          <Paragraph>{t('reviews.invitations.code')}:</Paragraph>
          <p className="sk-rv-code" data-testid="invitation-code">
            {created.code}
          </p>
          <Paragraph>{t('reviews.invitations.howTo')}</Paragraph>
          <p className="utrecht-paragraph sk-rv-url">
            <a className="utrecht-link utrecht-link--html-a" href={created.path}>
              {created.url}
            </a>
          </p>
          <Paragraph>
            {t('reviews.invitations.validUntil', { date: formatDate(locale, new Date(created.expiresAt)) })} {t('reviews.invitations.once')}
          </Paragraph>
          <Paragraph small className="sk-muted sk-rv-noprint" role="status">
            {t('reviews.invitations.printHint')}
          </Paragraph>
        </section>
      ) : null}

      <section className="sk-rv-noprint" aria-labelledby="zoeken-aanbieder">
        <Heading level={2} id="zoeken-aanbieder">
          {t('reviews.invitations.search')}
        </Heading>
        <Form method="get" className="sk-rv-filters" role="search">
          <FormField id="zoek" label={t('reviews.invitations.search')} description={t('reviews.invitations.search.hint')}>
            {(describedBy) => (
              <Textbox id="zoek" name="zoek" type="search" defaultValue={query} aria-describedby={describedBy} maxLength={100} />
            )}
          </FormField>
          <div>
            <Button type="submit" appearance="secondary">
              {t('reviews.invitations.search.submit')}
            </Button>
          </div>
        </Form>
        {searched ? (
          organizations.length === 0 ? (
            <Paragraph role="status">{t('reviews.invitations.none')}</Paragraph>
          ) : (
            <ul className="sk-rv-list" aria-label={t('reviews.invitations.results')}>
              {organizations.map((organization) => (
                <li key={organization.id} className="sk-rv-item">
                  <Heading level={3}>
                    <Link to={`/aanbieders/${organization.slug}`}>{organization.name}</Link>
                  </Heading>
                  <Form method="post">
                    <input type="hidden" name="organizationId" value={organization.id} />
                    <Button type="submit">
                      {t('reviews.invitations.create')}
                      <span className="sk-visually-hidden"> ({organization.name})</span>
                    </Button>
                  </Form>
                </li>
              ))}
            </ul>
          )
        ) : null}
      </section>

      <section className="sk-rv-noprint" aria-labelledby="laatste-codes">
        <Heading level={2} id="laatste-codes">
          {t('reviews.invitations.recent')}
        </Heading>
        {recent.length === 0 ? (
          <Paragraph>{t('reviews.invitations.noneMade')}</Paragraph>
        ) : (
          <table className="sk-rv-table">
            <thead>
              <tr>
                <th scope="col">{t('reviews.invitations.col.organization')}</th>
                <th scope="col">{t('reviews.invitations.col.created')}</th>
                <th scope="col">{t('reviews.invitations.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {recent.map((invitation) => (
                <tr key={invitation.id}>
                  <td>{invitation.organizationName}</td>
                  <td>{formatDate(locale, new Date(invitation.createdAt))}</td>
                  <td>
                    {invitation.usedAt
                      ? t('reviews.invitations.status.used', { date: formatDate(locale, new Date(invitation.usedAt)) })
                      : invitation.expiresAt <= now
                      ? t('reviews.invitations.status.expired')
                      : t('reviews.invitations.status.open', { date: formatDate(locale, new Date(invitation.expiresAt)) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
