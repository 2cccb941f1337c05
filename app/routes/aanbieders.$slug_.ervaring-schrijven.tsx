/**
 * /aanbieders/:slug/ervaring-schrijven — "Schrijf een ervaring". A signed-in citizen writes one
 * review per provider per 12 months (a second attempt is offered the edit of the first); without
 * an account a resident needs an invitation code from staff, and the review is "geverifieerd".
 * (The file name ends the parent segment with `_`, so this page does not nest inside the
 * provider page.)
 */
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type HeadersFunction,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { isRouteErrorResponse, useActionData, useLoaderData, useRouteError } from '@remix-run/react';
import { ReviewForm } from '../components/review-form';
import { ReviewNotice } from '../components/review-form-parts';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { formatDate } from '../domain/format';
import { honeypotFilled } from '../domain/honeypot';
import { reviewFormSchema } from '../utils/citizen-schemas.server';
import { allowedExperienceMonths } from '../domain/reviews';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { contextOf } from '../load-context';
import { invitationCodeError } from '../models/invitation.server';
import { hashIp } from '../models/review-common.server';
import { findBlockingReview, getReviewTarget, submitReview, suggestedAuthorName } from '../models/review-write.server';
import { getReviewAuthor, noStore } from '../utils/review-guards.server';
import reviewsCss from '../styles/reviews.css';
import { ErrorContent } from '../root';
import { parseForm, readFormData } from '../utils/form.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['accepting', 'cr.unknownField', 'form', 'kind', 'language', 'law', 'location', 'mfa.error', 'password.error', 'password.problem', 'reviews.backTo', 'reviews.dimension', 'reviews.error', 'reviews.form', 'reviews.mine', 'reviews.optional', 'reviews.write', 'search.age', 'search.facet', 'search.filter', 'search.markAtLeast', 'search.openNow', 'search.sort', 'search.waitingAtMost', 'v'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: reviewsCss }];

function targetOr404(slug: string | undefined) {
  const target = getReviewTarget(getDb(), slug ?? '');
  if (!target) throw new Response('Not found', { status: 404 });
  return target;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await getReviewAuthor(request, context);
  const db = getDb();
  const target = targetOr404(params.slug);
  const now = contextOf(context).now;
  const url = new URL(request.url);
  const existing = user ? findBlockingReview(db, user.id, target.organization.id, now) : undefined;
  const here = `${url.pathname}${url.search}`;
  const code = url.searchParams.get('code')?.slice(0, 40) ?? '';
  return {
    title: translate(getLocale(request), 'reviews.write.title', { name: target.organization.name }),
    organization: target.organization,
    services: target.services,
    months: allowedExperienceMonths(now),
    now: now.toISOString(),
    signedIn: user !== null,
    existing: existing ? { id: existing.id, createdAt: existing.createdAt.toISOString() } : null,
    defaults: {
      authorName: user ? suggestedAuthorName(db, user.id) : '',
      code,
    },
    // A link from a letter with a used or expired code says so before the resident starts writing.
    codeError: existing || !code ? null : invitationCodeError(db, code, target.organization.id, hashIp(contextOf(context).clientIp), now),
    signInHref: `/inloggen?terug=${encodeURIComponent(here)}`,
    registerHref: `/registreren?terug=${encodeURIComponent(here)}`,
  };
}

export const headers: HeadersFunction = () => noStore;

export const meta: MetaFunction<typeof loader> = ({ data: d }) => [
  { title: `${d?.title ?? ''} | Sociale Kaart` },
  { name: 'robots', content: 'noindex' },
];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await getReviewAuthor(request, context);
  const target = targetOr404(params.slug);
  const formData = await readFormData(request);
  const now = contextOf(context).now;
  const submission = parseForm(formData, reviewFormSchema(now));
  if (honeypotFilled(formData, { mustBePresent: true })) {
    return data(submission.reply({ formErrors: ['reviews.error.rejectedSubmission'] }), { status: 400, headers: noStore });
  }
  if (submission.status !== 'success') {
    // Also say what is wrong with the code now, not only after the rest has been put right.
    const code = formData.get('code');
    const codeError =
      typeof code === 'string' && !submission.error?.code
        ? invitationCodeError(getDb(), code, target.organization.id, hashIp(contextOf(context).clientIp), now)
        : null;
    return data(submission.reply(codeError ? { fieldErrors: { code: [codeError] } } : {}), { status: 400, headers: noStore });
  }
  const outcome = submitReview(getDb(), {
    organizationId: target.organization.id,
    user,
    values: submission.value,
    ipHash: hashIp(contextOf(context).clientIp),
    now,
  });
  if (!outcome.ok) {
    return data(submission.reply({ formErrors: outcome.formError ? [outcome.formError] : undefined, fieldErrors: outcome.fieldErrors }), {
      status: outcome.status,
      headers: noStore,
    });
  }
  return redirect(
    user ? '/mijn-ervaringen?melding=verstuurd' : `/ervaringen/verstuurd?aanbieder=${encodeURIComponent(target.organization.slug)}`,
    {
      headers: noStore,
    },
  );
}

export default function WriteReview() {
  const loaderData = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const { organization, existing, signedIn } = loaderData;
  return (
    <article aria-labelledby="schrijven">
      <Paragraph>
        <Link to={`/aanbieders/${organization.slug}`}>{t('reviews.backTo', { name: organization.name })}</Link>
      </Paragraph>
      <Heading level={1} id="schrijven">
        {t('reviews.write.title', { name: organization.name })}
      </Heading>
      {existing ? (
        <section aria-labelledby="al-geschreven">
          <Heading level={2} id="al-geschreven">
            {t('reviews.write.existing.title', { name: organization.name })}
          </Heading>
          <ReviewNotice tone="info">
            <p className="utrecht-paragraph">
              {t('reviews.write.existing.text', { date: formatDate(locale, new Date(existing.createdAt)) })}
            </p>
          </ReviewNotice>
          <Paragraph>
            <Link to={`/ervaringen/${existing.id}/bewerken`}>{t('reviews.write.existing.edit')}</Link>
          </Paragraph>
        </section>
      ) : (
        <>
          <Paragraph lead>{t('reviews.write.intro')}</Paragraph>
          {signedIn ? (
            <Paragraph>
              {t('reviews.write.editLater')} <Link to="/mijn-ervaringen">{t('reviews.mine.title')}</Link>.
            </Paragraph>
          ) : (
            <>
              <Paragraph>{t('reviews.write.withCode')}</Paragraph>
              <Paragraph>
                {t('reviews.write.signInText')} <Link to={loaderData.signInHref}>{t('reviews.write.signIn')}</Link> ·{' '}
                <Link to={loaderData.registerHref}>{t('reviews.write.register')}</Link>
              </Paragraph>
              <Paragraph small className="sk-muted">
                {t('reviews.write.noEditWithoutAccount')}
              </Paragraph>
            </>
          )}
          <ReviewForm
            mode="create"
            code={signedIn ? 'optional' : 'required'}
            services={loaderData.services}
            months={loaderData.months}
            now={loaderData.now}
            defaults={loaderData.defaults}
            codeError={loaderData.codeError}
            lastResult={lastResult}
          />
        </>
      )}
    </article>
  );
}

/** A professional or provider account gets a reason it can understand, not the general 403 text. */
export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  if (isRouteErrorResponse(error) && error.status === 403) {
    return (
      <div className="sk-error" data-status={403}>
        <Heading level={1}>{t('reviews.write.forbidden.title')}</Heading>
        <Paragraph>{t('reviews.write.forbidden.text')}</Paragraph>
        <Paragraph>
          <Link to="/">{t('error.backHome')}</Link>
        </Paragraph>
      </div>
    );
  }
  return <ErrorContent error={error} />;
}
