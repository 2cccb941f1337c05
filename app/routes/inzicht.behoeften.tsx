/**
 * /inzicht/behoeften — needs without a fitting offer, newest first, with policy's answer next
 * to each: the access team reads it, policy officers (and administrators) answer here —
 * planned, started, or rejected with a reason. Filters in the URL; works without JavaScript.
 */
import { readFormData } from '../utils/form.server';
import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { Button, FormField, Select, Textbox } from '../components/form';
import { DistrictField, NeedField, Notice, needName, useInsightErrorText } from '../components/insight-parts';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { needAnswers, type NeedAnswer } from '../domain/enums';
import { formatCents, formatDate, formatMonth } from '../domain/format';
import { isNeedCode } from '../domain/insight';
import { ANSWER_REASON_MAX, checkNeedAnswer, hasErrors, type FieldErrors } from '../domain/insight-forms';
import { hasPermission } from '../domain/permissions';
import { translate, type MessageKey } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { contextOf } from '../load-context';
import { listUnmetNeeds, NEEDS_PAGE_SIZE } from '../models/insight-read.server';
import { answerUnmetNeed, listDistricts } from '../models/insight-write.server';
import insightCss from '../styles/insight.css';
import { requirePermission, viewerFor } from '../utils/auth.server';
import { requestMeta } from '../utils/request-meta.server';
import { noStore } from '../utils/no-store';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['form.error.unknown', 'insight.answer', 'insight.choice.error', 'insight.error', 'insight.field', 'insight.filter.allDistricts', 'insight.filter.allNeeds', 'insight.filter.title', 'insight.need', 'insight.needs', 'insight.personal', 'insight.show', 'insight.suppressed', 'insight.unmet.error', 'insight.unmet.saved', 'pagination', 'search.page', 'v'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: insightCss }];
export const headers: HeadersFunction = () => noStore;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, context, 'read:needs:any');
  const url = new URL(request.url);
  const db = getDb();
  const districts = listDistricts(db);
  const districtSlug = url.searchParams.get('wijk') ?? '';
  const district = districts.find((d) => d.slug === districtSlug) ?? null;
  const need = url.searchParams.get('behoefte') ?? '';
  const answerParam = url.searchParams.get('antwoord') ?? '';
  const answer = answerParam === 'open' || (needAnswers as readonly string[]).includes(answerParam) ? (answerParam as NeedAnswer | 'open') : null;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(url.searchParams.get('pagina') ?? '1', 10) || 1));
  const { items, total } = listUnmetNeeds(db, viewerFor(user), { districtId: district?.id ?? null, needCode: isNeedCode(need) ? need : null, answer }, page);
  const filter = { wijk: district?.slug ?? '', behoefte: isNeedCode(need) ? need : '', antwoord: answer ?? '' };
  return data(
    {
      title: translate(getLocale(request), 'insight.needs.title'),
      items,
      total,
      page,
      pages: Math.max(1, Math.ceil(total / NEEDS_PAGE_SIZE)),
      filter,
      districts: districts.map(({ slug, name }) => ({ slug, name })),
      canAnswer: hasPermission(user.role, 'answer:need:any'),
      canRecord: hasPermission(user.role, 'record:deployment:any'),
      recorded: url.searchParams.get('vastgelegd') === '1',
      answered: Number(url.searchParams.get('beantwoord')) || null,
    },
    { headers: noStore },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: d }) => [{ title: `${d?.title ?? ''} | Sociale Kaart` }];

type AnswerErrors = FieldErrors<'antwoord' | 'toelichting'>;

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, context, 'answer:need:any');
  const { now } = contextOf(context);
  const form = await readFormData(request);
  const id = Number(form.get('id'));
  const checked = checkNeedAnswer(form);
  if (!Number.isInteger(id) || id <= 0) return data({ id: null, errors: { antwoord: { key: 'insight.needs.error.notFound' } } as AnswerErrors, values: null }, { status: 404, headers: noStore });
  if (hasErrors(checked.errors) || !checked.values.answer) {
    return data({ id, errors: checked.errors as AnswerErrors, values: { antwoord: checked.values.answerValue, toelichting: checked.values.reason ?? '' } }, { status: 400, headers: noStore });
  }
  const found = answerUnmetNeed(getDb(), user, id, { answer: checked.values.answer, reason: checked.values.reason }, requestMeta(request, context).ip, now);
  if (!found) return data({ id, errors: { antwoord: { key: 'insight.needs.error.notFound' } } as AnswerErrors, values: null }, { status: 404, headers: noStore });
  const back = new URL(request.url).search.replace(/^\?/, '');
  const params = new URLSearchParams(back);
  params.set('beantwoord', String(id));
  return redirect(`/inzicht/behoeften?${params.toString()}#behoefte-${id}`, { headers: noStore });
}

export default function UnmetNeeds() {
  const { items, total, page, pages, filter, districts, canAnswer, canRecord, recorded, answered } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, plural, locale } = useTranslation();
  const message = useInsightErrorText();
  const pageHref = (p: number) => {
    const params = new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]);
    params.set('pagina', String(p));
    return `/inzicht/behoeften?${params.toString()}`;
  };
  return (
    <article className="sk-in" aria-labelledby="behoeften-titel">
      <Heading level={1} id="behoeften-titel">
        {t('insight.needs.title')}
      </Heading>
      <Paragraph lead>{t('insight.needs.intro')}</Paragraph>
      {recorded ? <Notice>{t('insight.unmet.saved')}</Notice> : null}
      {answered ? <Notice>{t('insight.needs.answerSaved')}</Notice> : null}
      {canRecord ? (
        <Paragraph>
          <Link to="/inzicht/geen-passend-aanbod">{t('insight.needs.new')}</Link>
        </Paragraph>
      ) : null}
      <Form method="get" className="sk-in-filters" aria-label={t('insight.filter.title')}>
        <DistrictField id="filter-wijk" districts={districts} value={filter.wijk} allLabel={t('insight.filter.allDistricts')} />
        <NeedField id="filter-behoefte" value={filter.behoefte} allLabel={t('insight.filter.allNeeds')} />
        <FormField id="filter-antwoord" label={t('insight.needs.filter.answer')}>
          {() => (
            <Select id="filter-antwoord" name="antwoord" defaultValue={filter.antwoord}>
              <option value="">{t('insight.needs.filter.all')}</option>
              {(['open', ...needAnswers] as const).map((a) => (
                <option key={a} value={a}>
                  {t(`insight.answer.${a}` as MessageKey)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <Button type="submit" appearance="secondary">
          {t('insight.show')}
        </Button>
      </Form>
      <Paragraph>{plural('insight.needs.total', total)}</Paragraph>
      {items.length === 0 ? <Paragraph>{t('insight.needs.none')}</Paragraph> : null}
      <ol className="sk-in-needs" style={{ listStyle: 'none', padding: 0 }}>
        {items.map((item) => {
          const errors: AnswerErrors = actionData && actionData.id === item.id ? actionData.errors : {};
          const values = actionData && actionData.id === item.id ? actionData.values : null;
          const what = item.alternativeProductCode ? `${item.alternativeProductCode} ${locale === 'nl' ? item.alternativeNameNl : item.alternativeNameEn}` : null;
          return (
            <li key={item.id} className="sk-in-need" id={`behoefte-${item.id}`} data-testid="unmet-need">
              <Heading level={2} className="sk-in-need__title">
                {needName(item.needCode, locale, t)}
              </Heading>
              <p className="utrecht-paragraph sk-in-need__meta">
                {formatMonth(locale, item.month)} · {item.districtName}
              </p>
              <p className="utrecht-paragraph" data-testid="unmet-need-description">
                {item.description}
              </p>
              {what ? (
                <p className="utrecht-paragraph">
                  {item.alternativeCostCents !== null
                    ? t('insight.needs.insteadCost', { what, cost: formatCents(locale, item.alternativeCostCents) })
                    : t('insight.needs.instead', { what })}
                </p>
              ) : null}
              <div className="sk-in-answer" data-testid="need-answer">
                <strong>{t('insight.needs.answer')}: </strong>
                {item.answer && item.answeredAt
                  ? t('insight.needs.answeredOn', { answer: t(`insight.answer.${item.answer}` as MessageKey), date: formatDate(locale, new Date(item.answeredAt)) })
                  : t('insight.answer.open')}
                {item.answerReason ? <p className="utrecht-paragraph">{item.answerReason}</p> : null}
              </div>
              {canAnswer ? (
                <Form method="post" className="sk-in-answer-form" noValidate aria-label={t('insight.needs.answerFor', { id: item.id })}>
                  <input type="hidden" name="id" value={item.id} />
                  <FormField id={`antwoord-${item.id}`} label={t('insight.needs.answerField')} error={message(errors.antwoord)}>
                    {(describedBy, invalid) => (
                      <Select id={`antwoord-${item.id}`} name="antwoord" defaultValue={values?.antwoord ?? item.answer ?? ''} aria-describedby={describedBy} invalid={invalid}>
                        <option value="">{t('insight.field.choose')}</option>
                        {needAnswers.map((a) => (
                          <option key={a} value={a}>
                            {t(`insight.answer.${a}` as MessageKey)}
                          </option>
                        ))}
                      </Select>
                    )}
                  </FormField>
                  <FormField id={`toelichting-${item.id}`} label={t('insight.needs.answerReason')} description={t('insight.needs.answerReason.hint')} error={message(errors.toelichting)}>
                    {(describedBy, invalid) => (
                      <Textbox
                        id={`toelichting-${item.id}`}
                        name="toelichting"
                        maxLength={ANSWER_REASON_MAX}
                        defaultValue={values?.toelichting ?? item.answerReason ?? ''}
                        aria-describedby={describedBy}
                        invalid={invalid}
                        autoComplete="off"
                      />
                    )}
                  </FormField>
                  <div>
                    <Button type="submit" appearance="secondary">
                      {t('insight.needs.answerSubmit')}
                    </Button>
                  </div>
                </Form>
              ) : null}
            </li>
          );
        })}
      </ol>
      {pages > 1 ? (
        <nav aria-label={t('pagination.label')} className="sk-in-noprint">
          <Paragraph>
            {page > 1 ? <Link to={pageHref(page - 1)}>{t('pagination.previous')}</Link> : null}
            {' '}
            {t('search.page', { page, pages })}{' '}
            {page < pages ? <Link to={pageHref(page + 1)}>{t('pagination.next')}</Link> : null}
          </Paragraph>
        </nav>
      ) : null}
    </article>
  );
}
