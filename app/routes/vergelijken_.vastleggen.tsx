/**
 * /vergelijken/vastleggen?<comparison>&keuze=<row> — record the offer chosen in a comparison:
 * product, provider, volume, the estimated cost and whether it was the cheapest offer with room
 * (both recomputed here from the comparison, never taken from the form), and — when it was not
 * the cheapest with room — a reason from a short list. Step 2 of 2 from the comparison; works
 * without JavaScript. Nothing about the resident: month, district and need only.
 */
import { readFormData } from '../utils/form.server';
import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { Button, FormField, Textbox } from '../components/form';
import { DistrictField, Notice, useInsightErrorText } from '../components/insight-parts';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { choiceReasons } from '../domain/enums';
import { formatCents } from '../domain/format';
import { dutchDay } from '../domain/indication';
import { choiceFacts, monthOfDay } from '../domain/insight';
import { checkChoiceReason, hasErrors, REASON_TEXT_MAX, type FieldErrors } from '../domain/insight-forms';
import { translate, type MessageKey } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { contextOf } from '../load-context';
import { runComparison } from '../models/compare-run.server';
import { districtIdBySlug, recordChoice } from '../models/insight-write.server';
import insightCss from '../styles/insight.css';
import { requirePermission, viewerFor } from '../utils/auth.server';
import { requestMeta } from '../utils/request-meta.server';
import { noStore } from '../utils/no-store';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['compare.error', 'compare.summary', 'compare.unit', 'form.error.unknown', 'insight.choice', 'insight.error', 'insight.field', 'insight.need', 'insight.needs.error', 'insight.noPersonalData', 'insight.personal', 'insight.reason', 'insight.suppressed', 'insight.unmet.error', 'v'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: insightCss }];
export const headers: HeadersFunction = () => noStore;

function chosenFrom(request: Request, user: Parameters<typeof viewerFor>[0], now: Date) {
  const url = new URL(request.url);
  const run = runComparison(getDb(), viewerFor(user), url.searchParams, dutchDay(now), now);
  const key = url.searchParams.get('keuze');
  const row = run?.rows.find((r) => r.key === key);
  return run && row ? { run, row, facts: choiceFacts(row, run.rows), best: run.rows.find((r) => r.bestChoice) ?? null } : null;
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, context, 'record:deployment:any');
  const { now } = contextOf(context);
  const chosen = chosenFrom(request, user, now);
  const title = translate(getLocale(request), 'insight.choice.title');
  if (!chosen) return data({ title, chosen: null, back: '/vergelijken', districts: [] as { slug: string; name: string }[] }, { status: 404, headers: noStore });
  const { run, row, facts, best } = chosen;
  return data(
    {
      title,
      back: `/vergelijken?${run.query}`,
      chosen: {
        organizationName: row.organizationName,
        productCode: row.productCode,
        productNameNl: row.productNameNl,
        productNameEn: row.productNameEn,
        volume: run.indication.volume,
        unit: run.indication.unit,
        frequency: run.indication.frequency,
        costCents: facts.estimatedCostCents,
        cheapestWithRoom: facts.cheapestWithRoom,
        best: best && best.costCents !== null && !facts.cheapestWithRoom ? { name: best.organizationName, costCents: best.costCents } : null,
        district: run.values.wijk ?? '',
      },
      districts: run.districts,
    },
    { headers: noStore },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: d }) => [{ title: `${d?.title ?? ''} | Sociale Kaart` }];

type Errors = FieldErrors<'wijk' | 'reden' | 'toelichting'>;

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, context, 'record:deployment:any');
  const { now } = contextOf(context);
  const chosen = chosenFrom(request, user, now);
  if (!chosen) return data({ errors: { reden: { key: 'insight.choice.error.gone' } } as Errors, values: null }, { status: 404, headers: noStore });
  const form = await readFormData(request);
  const { run, row, facts } = chosen;
  const districtSlug = String(form.get('wijk') ?? '');
  const districtId = districtIdBySlug(getDb(), districtSlug);
  const checked = checkChoiceReason(form, !facts.cheapestWithRoom);
  const errors: Errors = { ...checked.errors };
  if (!districtId || !run.districts.some((d) => d.slug === districtSlug)) errors.wijk = { key: 'insight.error.district' };
  if (hasErrors(errors) || !districtId) {
    return data({ errors, values: { wijk: districtSlug, reden: checked.values.reasonValue, toelichting: checked.values.reasonTextRaw } }, { status: 400, headers: noStore });
  }
  recordChoice(
    getDb(),
    user,
    {
      month: monthOfDay(dutchDay(now)),
      districtId,
      needCode: run.categoryCode,
      productCode: row.productCode,
      organizationId: row.organizationId,
      serviceId: row.serviceId,
      volume: run.indication.volume,
      unit: run.indication.unit,
      estimatedCostCents: facts.estimatedCostCents,
      cheapestWithRoom: facts.cheapestWithRoom,
      reason: checked.values.reason,
      reasonText: checked.values.reasonText,
    },
    requestMeta(request, context).ip,
    now,
  );
  return redirect(`/vergelijken?${run.query}&vastgelegd=1`, { headers: noStore });
}

export default function RecordChoice() {
  const { chosen, back, districts } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const message = useInsightErrorText();
  const errors: Errors = actionData?.errors ?? {};
  const values = actionData?.values ?? null;
  if (!chosen) {
    return (
      <article>
        <Heading level={1}>{t('insight.choice.title')}</Heading>
        <Paragraph>{t('insight.choice.error.gone')}</Paragraph>
        <Paragraph>
          <Link to={back}>{t('insight.choice.back')}</Link>
        </Paragraph>
      </article>
    );
  }
  const unitWord = t(`compare.unit.${chosen.unit}.${chosen.volume === 1 ? 'one' : 'other'}` as MessageKey);
  const volume = chosen.volume.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB');
  return (
    <article className="sk-in" aria-labelledby="keuze-titel">
      <Paragraph>
        <Link to={back}>{t('insight.choice.back')}</Link>
      </Paragraph>
      <Heading level={1} id="keuze-titel">
        {t('insight.choice.recordFor', { name: chosen.organizationName })}
      </Heading>
      <Paragraph lead>{t('insight.choice.intro')}</Paragraph>
      <Paragraph>{t('insight.noPersonalData')}</Paragraph>
      {errors.reden?.key === 'insight.choice.error.gone' ? <Notice>{t('insight.choice.error.gone')}</Notice> : null}
      <dl className="sk-in-facts" data-testid="choice-facts">
        <dt>{t('insight.choice.provider')}</dt>
        <dd>{chosen.organizationName}</dd>
        <dt>{t('insight.choice.product')}</dt>
        <dd>
          {chosen.productCode} {locale === 'nl' ? chosen.productNameNl : chosen.productNameEn}
        </dd>
        <dt>{t('insight.choice.volume')}</dt>
        <dd>{t(`compare.summary.${chosen.frequency}` as MessageKey, { volume, unit: unitWord })}</dd>
        <dt>{t('insight.choice.cost')}</dt>
        <dd>{chosen.costCents === null ? t('insight.choice.costUnknown') : formatCents(locale, chosen.costCents)}</dd>
        <dt>{t('insight.choice.cheapest')}</dt>
        <dd data-testid="cheapest-with-room">{t(chosen.cheapestWithRoom ? 'insight.choice.cheapest.yes' : 'insight.choice.cheapest.no')}</dd>
      </dl>
      {chosen.best ? <Paragraph>{t('insight.choice.cheapestIs', { name: chosen.best.name, cost: formatCents(locale, chosen.best.costCents) })}</Paragraph> : null}
      <Form method="post" noValidate className="sk-in-form">
        <DistrictField districts={districts} value={values?.wijk ?? chosen.district} error={errors.wijk} />
        {chosen.cheapestWithRoom ? null : (
          <>
            <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" aria-describedby={errors.reden ? 'reden-error' : undefined}>
              <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('insight.choice.reason')}</legend>
              {errors.reden && errors.reden.key !== 'insight.choice.error.gone' ? (
                <div className="utrecht-form-field-error-message" id="reden-error" role="alert">
                  {message(errors.reden)}
                </div>
              ) : null}
              {choiceReasons.map((reason) => (
                <div className="utrecht-form-field utrecht-form-field--radio" key={reason}>
                  <input
                    type="radio"
                    className="utrecht-radio-button utrecht-radio-button--html-input"
                    id={`reden-${reason}`}
                    name="reden"
                    value={reason}
                    defaultChecked={values?.reden === reason}
                    aria-invalid={errors.reden ? true : undefined}
                  />{' '}
                  <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`reden-${reason}`}>
                    {t(`insight.reason.${reason}` as MessageKey)}
                  </label>
                </div>
              ))}
            </fieldset>
            <FormField id="toelichting" label={t('insight.choice.reasonText')} description={t('insight.choice.reasonText.hint')} error={message(errors.toelichting)}>
              {(describedBy, invalid) => (
                <Textbox id="toelichting" name="toelichting" defaultValue={values?.toelichting ?? ''} maxLength={REASON_TEXT_MAX} aria-describedby={describedBy} invalid={invalid} autoComplete="off" />
              )}
            </FormField>
          </>
        )}
        <div>
          <Button type="submit">{t('insight.choice.submit')}</Button>
        </div>
      </Form>
    </article>
  );
}
