/**
 * /inzicht/geen-passend-aanbod — the access team records a need without a fitting offer: month,
 * district, need, a short description and what was used instead with its estimated cost. The
 * description is refused at the field when it holds personal data (BSN, phone, e-mail, a name,
 * an address). Reached from the comparison in one step; works without JavaScript.
 */
import { readFormData } from '../utils/form.server';
import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { Button, FormField, Select, Textbox } from '../components/form';
import { DistrictField, MonthField, NeedField, useInsightErrorText } from '../components/insight-parts';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { dutchDay } from '../domain/indication';
import { isNeedCode, monthOfDay } from '../domain/insight';
import { checkUnmetNeed, DESCRIPTION_MAX, hasErrors, type FieldErrors } from '../domain/insight-forms';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { contextOf } from '../load-context';
import { listAllProducts } from '../models/insight-value-map.server';
import { districtIdBySlug, listDistricts, recordUnmetNeed } from '../models/insight-write.server';
import insightCss from '../styles/insight.css';
import { requirePermission } from '../utils/auth.server';
import { requestMeta } from '../utils/request-meta.server';
import { noStore } from '../utils/no-store';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['form.error.unknown', 'insight.choice.error', 'insight.error', 'insight.field', 'insight.need', 'insight.needs.error', 'insight.noPersonalData', 'insight.personal', 'insight.suppressed', 'insight.unmet', 'insight.unmetRank.all', 'v'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: insightCss }];
export const headers: HeadersFunction = () => noStore;

function options() {
  const db = getDb();
  return { districts: listDistricts(db).map(({ slug, name }) => ({ slug, name })), products: listAllProducts(db) };
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePermission(request, context, 'record:deployment:any');
  const url = new URL(request.url);
  const { districts, products } = options();
  const district = url.searchParams.get('wijk') ?? '';
  const need = url.searchParams.get('behoefte') ?? '';
  return data(
    {
      title: translate(getLocale(request), 'insight.unmet.title'),
      districts,
      products,
      defaults: {
        maand: monthOfDay(dutchDay(contextOf(context).now)),
        wijk: districts.some((d) => d.slug === district) ? district : '',
        behoefte: isNeedCode(need) ? need : '',
      },
    },
    { headers: noStore },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: d }) => [{ title: `${d?.title ?? ''} | Sociale Kaart` }];

type Field = 'maand' | 'wijk' | 'behoefte' | 'omschrijving' | 'alternatief' | 'kosten';

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, context, 'record:deployment:any');
  const { now } = contextOf(context);
  const { districts, products } = options();
  const form = await readFormData(request);
  const checked = checkUnmetNeed(form, new Set(districts.map((d) => d.slug)), new Set(products.map((p) => p.code)));
  const values = checked.values;
  if (hasErrors(checked.errors)) {
    return data(
      {
        errors: checked.errors as FieldErrors<Field>,
        values: { maand: values.month, wijk: values.districtSlug, behoefte: values.needCode, omschrijving: values.description, alternatief: values.alternativeProductCode ?? '', kosten: values.costText },
      },
      { status: 400, headers: noStore },
    );
  }
  recordUnmetNeed(
    getDb(),
    user,
    {
      month: values.month,
      districtId: districtIdBySlug(getDb(), values.districtSlug)!,
      needCode: values.needCode,
      description: values.description,
      alternativeProductCode: values.alternativeProductCode,
      alternativeCostCents: values.alternativeCostCents,
    },
    requestMeta(request, context).ip,
    now,
  );
  return redirect('/inzicht/behoeften?vastgelegd=1', { headers: noStore });
}

export default function RecordUnmetNeed() {
  const { districts, products, defaults } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const message = useInsightErrorText();
  const errors: FieldErrors<Field> = actionData?.errors ?? {};
  const values = actionData?.values ?? { ...defaults, omschrijving: '', alternatief: '', kosten: '' };
  return (
    <article className="sk-in" aria-labelledby="behoefte-titel">
      <Heading level={1} id="behoefte-titel">
        {t('insight.unmet.title')}
      </Heading>
      <Paragraph lead>{t('insight.unmet.intro')}</Paragraph>
      <Paragraph>{t('insight.noPersonalData')}</Paragraph>
      <Form method="post" noValidate className="sk-in-form" data-testid="unmet-need-form">
        <MonthField value={values.maand} error={errors.maand} />
        <DistrictField districts={districts} value={values.wijk} error={errors.wijk} />
        <NeedField value={values.behoefte} error={errors.behoefte} />
        <FormField id="omschrijving" label={t('insight.unmet.description')} description={t('insight.unmet.description.hint')} error={message(errors.omschrijving)}>
          {(describedBy, invalid) => (
            <textarea
              id="omschrijving"
              name="omschrijving"
              className={`utrecht-textarea utrecht-textarea--html-textarea${invalid ? ' utrecht-textarea--invalid' : ''}`}
              rows={3}
              maxLength={DESCRIPTION_MAX}
              required
              defaultValue={values.omschrijving}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
            />
          )}
        </FormField>
        <FormField id="alternatief" label={t('insight.unmet.alternative')} error={message(errors.alternatief)}>
          {(describedBy, invalid) => (
            <Select id="alternatief" name="alternatief" defaultValue={values.alternatief} aria-describedby={describedBy} invalid={invalid}>
              <option value="">{t('insight.unmet.alternative.none')}</option>
              {products.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.code} {locale === 'nl' ? p.nameNl : p.nameEn}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField id="kosten" label={t('insight.unmet.alternativeCost')} description={t('insight.unmet.alternativeCost.hint')} error={message(errors.kosten)}>
          {(describedBy, invalid) => <Textbox id="kosten" name="kosten" inputMode="decimal" defaultValue={values.kosten} aria-describedby={describedBy} invalid={invalid} autoComplete="off" />}
        </FormField>
        <div>
          <Button type="submit">{t('insight.unmet.submit')}</Button>
        </div>
      </Form>
      <Paragraph>
        <Link to="/inzicht/behoeften">{t('insight.unmetRank.all')}</Link>
      </Paragraph>
    </article>
  );
}
