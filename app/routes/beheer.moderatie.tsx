/**
 * /beheer/moderatie — the moderation queue (administrators): pending reviews and published reviews
 * with an open report, oldest first, each with its automatic flags. Approve, or reject with a
 * statement of reasons (a rule of the code of conduct and an explanation) that the author sees.
 * Every decision is written to the audit log in the same transaction.
 */
import { useMessageText } from '../components/form-message';
import { getFormProps, type SubmissionResult } from '@conform-to/react';
import { useZodForm } from '../components/form-conform';
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type HeadersFunction,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData, useLocation } from '@remix-run/react';
import { useEffect } from 'react';
import { z } from 'zod';
import { Button } from '../components/form';
import { Pagination } from '../components/pagination';
import { ChoiceField, ReviewNotice, TextAreaField } from '../components/review-form-parts';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { reviewDimensions } from '../domain/enums';
import { formatDate, formatMonth } from '../domain/format';
import type { ReviewFlag } from '../domain/review-flags';
import { moderationSchema } from '../domain/review-schema';
import { conductRules, reportCategories } from '../domain/reviews';
import { translate, type MessageKey } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { decideModeration, type ModerationItem } from '../models/review-moderation.server';
import { moderationQueueView } from '../models/moderation-queue.server';
import { nextAfterDecision, queueQueryString, readQueueQuery } from '../domain/moderation-queue';
import { HighlightedText, QueueFilters } from '../components/moderation-triage';
import reviewsCss from '../styles/reviews.css';
import { requirePermission } from '../utils/auth.server';
import { requestMeta } from '../utils/request-meta.server';
import { noStore } from '../utils/review-guards.server';
import { contextOf } from '../load-context';
import { parseForm, readFormData } from '../utils/form.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['form.error.unknown', 'form.honeypot', 'form.optional', 'moderation', 'pagination', 'reviews.dimension', 'reviews.error', 'reviews.form.errors', 'reviews.form.mark', 'reviews.form.recommend', 'reviews.list.about', 'reviews.moderation', 'reviews.overall', 'reviews.report.category', 'reviews.rule', 'reviews.verified', 'v'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: reviewsCss }];
export const headers: HeadersFunction = () => noStore;

const decisionSchema = z.object({
  besluit: z.enum(['goedgekeurd', 'afgewezen']).optional().catch(undefined),
  ervaring: z.coerce.number().int().positive().optional().catch(undefined),
  volgende: z.coerce.number().int().positive().optional().catch(undefined),
});

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePermission(request, context, 'moderate:review:any');
  const params = new URL(request.url).searchParams;
  const decision = decisionSchema.parse(Object.fromEntries(params));
  const query = readQueueQuery(params);
  const { orderedIds: _ordered, ...queue } = moderationQueueView(getDb(), query);
  return {
    title: translate(getLocale(request), 'reviews.moderation.title'),
    query: { ...query, pagina: queue.page },
    decided: decision.besluit && decision.ervaring ? { decision: decision.besluit, id: decision.ervaring } : null,
    next: decision.volgende ?? null,
    ...queue,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data: d }) => [{ title: `${d?.title ?? ''} | Sociale Kaart` }];

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, context, 'moderate:review:any');
  const formData = await readFormData(request);
  const submission = parseForm(formData, moderationSchema);
  const rawId = Number(formData.get('reviewId'));
  const reviewId = Number.isSafeInteger(rawId) ? rawId : null;
  // The view the moderator was in (filters, sort, page), to come back to the next item.
  const view = readQueueQuery(new URLSearchParams(String(formData.get('weergave') ?? '')));
  if (submission.status !== 'success') return data({ reviewId, result: submission.reply() }, { status: 400, headers: noStore });
  const value = submission.value;
  const orderedBefore = moderationQueueView(getDb(), view).orderedIds;
  const outcome = decideModeration(
    getDb(),
    user,
    value.reviewId,
    value.intent === 'approve' ? { intent: 'approve' } : { intent: 'reject', rule: value.rule, reason: value.reason },
    requestMeta(request, context).ip,
    contextOf(context).now,
  );
  if (!outcome.ok) {
    return data(
      {
        reviewId,
        result: submission.reply({ formErrors: outcome.formError ? [outcome.formError] : undefined, fieldErrors: outcome.fieldErrors }),
      },
      { status: outcome.status, headers: noStore },
    );
  }
  const decision = outcome.status === 'published' ? 'goedgekeurd' : 'afgewezen';
  const next = nextAfterDecision(orderedBefore, value.reviewId);
  const search = queueQueryString({ ...view, pagina: next?.page ?? 1 }, { besluit: decision, ervaring: value.reviewId, ...(next ? { volgende: next.id } : {}) });
  return redirect(`/beheer/moderatie?${search}${next ? `#ervaring-${next.id}` : ''}`, { headers: noStore });
}

export default function ModerationQueue() {
  const { total, queued, pages, items, decided, query, counts, next } = useLoaderData<typeof loader>();
  const page = query.pagina;
  const weergave = queueQueryString(query);
  const location = useLocation();
  // With JavaScript: after a decision, the next item gets the focus (without, the #fragment does it).
  useEffect(() => {
    if (!next || location.hash !== `#ervaring-${next}`) return;
    document.getElementById(`ervaring-${next}`)?.focus();
  }, [next, location.hash]);
  const actionData = useActionData<typeof action>();
  const { t, plural } = useTranslation();
  const errorText = useMessageText();
  const orphanErrors = actionData && !items.some((item) => item.id === actionData.reviewId) ? actionData.result.error?.[''] ?? null : null;
  return (
    <>
      <Heading level={1}>{t('reviews.moderation.title')}</Heading>
      <Paragraph lead>{t('reviews.moderation.intro')}</Paragraph>
      {decided ? (
        <ReviewNotice>
          {t(decided.decision === 'goedgekeurd' ? 'reviews.moderation.approved' : 'reviews.moderation.rejected', { id: decided.id })}
        </ReviewNotice>
      ) : null}
      {orphanErrors?.length ? (
        <div className="utrecht-alert utrecht-alert--error sk-rv-alert" role="alert">
          <div className="utrecht-alert__content">
            <p className="utrecht-paragraph">{errorText(orphanErrors)}</p>
          </div>
        </div>
      ) : null}
      <Heading level={2} id="wachtrij">
        {plural('reviews.moderation.count', queued)}
      </Heading>
      <QueueFilters query={query} counts={counts} shown={total} />
      {items.length === 0 ? (
        <Paragraph role="status">{t('reviews.moderation.empty')}</Paragraph>
      ) : (
        <>
          <ol className="sk-rv-list" aria-labelledby="wachtrij">
            {items.map((item) => (
              <li key={item.id}>
                <QueueItem item={item} weergave={weergave} next={item.id === next} lastResult={actionData?.reviewId === item.id ? actionData.result : undefined} />
              </li>
            ))}
          </ol>
          <Pagination
            page={page}
            pages={pages}
            hrefFor={(p) => {
              const search = queueQueryString({ ...query, pagina: p });
              return search ? `/beheer/moderatie?${search}` : '/beheer/moderatie';
            }}
          />
        </>
      )}
    </>
  );
}

function kindOf(item: ModerationItem): 'pending' | 'edited' | 'reported' {
  if (item.status === 'published') return 'reported';
  return item.edited ? 'edited' : 'pending';
}

function QueueItem({
  item,
  weergave,
  next,
  lastResult,
}: {
  item: ModerationItem;
  weergave: string;
  next: boolean;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t, locale } = useTranslation();
  const errorText = useMessageText();
  const [form, fields] = useZodForm(moderationSchema, { id: `moderatie-${item.id}`, lastResult, shouldValidate: 'onSubmit', shouldRevalidate: 'onSubmit' });
  const kind = kindOf(item);
  const headingId = `moderatie-${item.id}-titel`;
  const rejectErrors = Boolean(fields.rule.errors?.length || fields.reason.errors?.length);
  return (
    <article
      className={next ? 'sk-rv-item sk-rv-item--next' : 'sk-rv-item'}
      aria-labelledby={headingId}
      data-review-id={item.id}
      id={`ervaring-${item.id}`}
      tabIndex={-1}
    >
      <Heading level={3} id={headingId}>
        {t('reviews.moderation.item', { id: item.id })}: {item.authorName}{' '}
        <span className={kind === 'reported' ? 'sk-rv-badge sk-rv-badge--warning' : 'sk-rv-badge'}>
          {t(`reviews.moderation.kind.${kind}`)}
        </span>
        {next ? <span className="sk-rv-badge sk-rv-badge--next">{t('moderation.next')}</span> : null}
      </Heading>
      <Paragraph>
        <Link to={`/aanbieders/${item.organizationSlug}`}>{t('reviews.moderation.about', { name: item.organizationName })}</Link>
        {item.serviceName ? <> · {t('reviews.list.about', { service: item.serviceName })}</> : null}
      </Paragraph>
      <p className="sk-card__meta">
        <span>
          {t('reviews.overall')}: <strong>{item.overall}</strong>
        </span>
        <span>
          {t('reviews.moderation.recommends', {
            answer: t(item.wouldRecommend ? 'reviews.form.recommend.yes' : 'reviews.form.recommend.no'),
          })}
        </span>
        {item.verified ? <span className="sk-badge sk-badge--general">{t('reviews.verified')}</span> : null}
      </p>
      <dl className="sk-rv-dims">
        {reviewDimensions
          .filter((d) => item.marks[d] !== null)
          .map((d) => (
            <div key={d}>
              <dt>{t(`reviews.dimension.${d}` as MessageKey)}</dt>
              <dd>{item.marks[d]}</dd>
            </div>
          ))}
      </dl>
      <HighlightedText className="sk-rv-body" text={item.body} flags={item.flags} />
      <Paragraph small className="sk-muted">
        {t('reviews.moderation.meta', {
          date: formatDate(locale, new Date(item.createdAt)),
          month: formatMonth(locale, item.experienceMonth),
        })}
      </Paragraph>

      <Flags flags={item.flags} />

      {item.reports.length > 0 ? (
        <section aria-labelledby={`meldingen-${item.id}`}>
          <Heading level={4} id={`meldingen-${item.id}`}>
            {t('reviews.moderation.reports')}
          </Heading>
          <ul className="utrecht-unordered-list">
            {item.reports.map((report, i) => (
              <li key={i} className="utrecht-unordered-list__item">
                {report.reason?.rule && (reportCategories as readonly string[]).includes(report.reason.rule) ? (
                  <strong>{t(`reviews.report.category.${report.reason.rule}` as MessageKey)}: </strong>
                ) : null}
                {report.reason?.text}{' '}
                <span className="sk-muted">
                  ({t('reviews.moderation.reportedOn', { date: formatDate(locale, new Date(report.createdAt)) })})
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <Form method="post" {...getFormProps(form)} noValidate className="sk-rv-decide">
        {form.errors?.length ? (
          <div className="utrecht-alert utrecht-alert--error sk-rv-alert" role="alert">
            <div className="utrecht-alert__content">
              <p className="utrecht-paragraph">{errorText(form.errors)}</p>
            </div>
          </div>
        ) : null}
        <input type="hidden" name="reviewId" value={item.id} />
        <input type="hidden" name="weergave" value={weergave} />
        <div>
          <Button type="submit" name="intent" value="approve">
            {t(kind === 'reported' ? 'reviews.moderation.keep' : 'reviews.moderation.approve')}
            <span className="sk-visually-hidden"> ({t('reviews.moderation.item', { id: item.id })})</span>
          </Button>
        </div>
        <details open={rejectErrors || undefined}>
          <summary>{t('reviews.moderation.rejectTitle')}</summary>
          <ChoiceField
            field={fields.rule}
            label={t('reviews.moderation.rule')}
            emptyLabel={t('reviews.moderation.rule.choose')}
            options={conductRules.map((rule) => ({ value: rule, label: t(`reviews.rule.${rule}` as MessageKey) }))}
          />
          <TextAreaField
            field={fields.reason}
            label={t('reviews.moderation.reason')}
            description={t('reviews.moderation.reason.hint')}
            rows={4}
          />
          <Button type="submit" name="intent" value="reject" appearance="secondary">
            {t('reviews.moderation.reject')}
            <span className="sk-visually-hidden"> ({t('reviews.moderation.item', { id: item.id })})</span>
          </Button>
        </details>
      </Form>
    </article>
  );
}

function Flags({ flags }: { flags: ReviewFlag[] }) {
  const { t } = useTranslation();
  if (flags.length === 0) {
    return (
      <Paragraph small className="sk-muted" data-testid="no-flags">
        {t('reviews.moderation.noFlags')}
      </Paragraph>
    );
  }
  return (
    <div className="sk-rv-flags" data-testid="flags">
      <p className="utrecht-paragraph">
        <strong>{t('reviews.moderation.flags')}</strong>
      </p>
      <ul>
        {flags.map((flag, i) => (
          <li key={i} data-flag={flag.kind}>
            {flag.kind === 'nearDuplicate'
              ? t('reviews.moderation.flag.nearDuplicate', {
                  id: flag.otherReviewId ?? '',
                  percent: Math.round((flag.similarity ?? 0) * 100),
                })
              : t(`reviews.moderation.flag.${flag.kind}` as MessageKey)}
            : <q>{flag.match}</q>
          </li>
        ))}
      </ul>
    </div>
  );
}
