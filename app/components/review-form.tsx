/**
 * The review form ("Schrijf een ervaring"), for a new review and for editing one. One zod schema
 * (app/domain/review-schema.ts) validates here in the browser and again in the action; without
 * JavaScript the server's answer shows the same errors at the same fields, with the input kept.
 */
import type { SubmissionResult } from '@conform-to/react';
import { useServerForm } from './form-server';
import { Form, Link as RemixLink } from '@remix-run/react';
import { reviewDimensions } from '../domain/enums';
import { formatMonth } from '../domain/format';
import type { reviewFormSchema } from '../domain/review-schema';
import type { MessageKey } from '../i18n';
import { Button } from './form';
import {
  CheckboxField,
  ChoiceField,
  ErrorSummary,
  MarkField,
  RadioField,
  ReviewHoneypot,
  TextAreaField,
  TextInputField,
} from './review-form-parts';
import { Heading, Paragraph } from './typography';
import { useTranslation } from './use-translation';

export interface ReviewFormDefaults {
  overall?: number | null;
  treatment?: number | null;
  expertise?: number | null;
  appointments?: number | null;
  reachability?: number | null;
  say?: number | null;
  result?: number | null;
  recommend?: 'yes' | 'no';
  body?: string;
  experienceMonth?: string;
  serviceId?: string | null;
  authorName?: string;
  code?: string;
}

interface Props {
  mode: 'create' | 'edit';
  /** `required`: no account, the code is how the resident may write; `optional`: signed in. */
  code: 'required' | 'optional' | 'none';
  services: readonly { id: string; name: string }[];
  months: readonly string[];
  /** The loader's instant (ISO): the browser validates against the server's clock, never its own. */
  now: string;
  defaults: ReviewFormDefaults;
  /** A problem with the invitation code found before any submit (the link from a letter). */
  codeError?: string | null;
  lastResult: SubmissionResult<string[]> | null | undefined;
}

const stringified = (defaults: ReviewFormDefaults) =>
  Object.fromEntries(
    Object.entries(defaults)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );

export function ReviewForm({ mode, code, services, months, now, defaults, codeError, lastResult }: Props) {
  const { t, locale } = useTranslation();
  const [form, fields] = useServerForm<ReturnType<typeof reviewFormSchema>>({ id: 'ervaring', lastResult, defaultValue: stringified(defaults) });
  // conform's field metadata are getters: copy what the input needs rather than spreading.
  const codeField =
    codeError && !lastResult && !fields.code.errors?.length
      ? { id: fields.code.id, name: fields.code.name, key: fields.code.key, defaultValue: fields.code.defaultValue, errors: [codeError] }
      : fields.code;
  const dimensionLabel = (d: (typeof reviewDimensions)[number]) => t(`reviews.dimension.${d}` as MessageKey);
  const summaryFields = [
    ...(code !== 'none' ? [{ field: codeField, label: t('reviews.form.code') }] : []),
    { field: fields.overall, label: t('reviews.form.overall') },
    ...reviewDimensions.map((d) => ({ field: fields[d], label: dimensionLabel(d) })),
    { field: fields.recommend, label: t('reviews.form.recommend') },
    { field: fields.body, label: t('reviews.form.body') },
    { field: fields.experienceMonth, label: t('reviews.form.month') },
    { field: fields.serviceId, label: t('reviews.form.service') },
    { field: fields.authorName, label: t('reviews.form.name') },
    { field: fields.consent, label: t('reviews.form.consent') },
  ];
  return (
    <Form method="post" {...form.props} noValidate className="sk-rv-form">
      <ErrorSummary formErrors={form.errors} fields={summaryFields} />
      <ReviewHoneypot />
      {code !== 'none' ? (
        <TextInputField
          field={codeField}
          label={t('reviews.form.code')}
          description={t('reviews.form.code.hint')}
          maxLength={40}
          required={code === 'required'}
          className="sk-rv-code-input"
        />
      ) : null}

      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset sk-rv-fieldset" aria-describedby="cijfers-uitleg">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          <Heading level={2} className="sk-rv-legend-heading">
            {t('reviews.form.marks')}
          </Heading>
        </legend>
        <Paragraph id="cijfers-uitleg">{t('reviews.form.marks.hint')}</Paragraph>
        <div className="sk-rv-marks">
          {reviewDimensions.map((d) => (
            <MarkField key={d} field={fields[d]} label={dimensionLabel(d)} description={t(`reviews.dimension.${d}.hint` as MessageKey)} />
          ))}
          <MarkField field={fields.overall} label={t('reviews.form.overall')} description={t('reviews.form.overall.hint')} />
        </div>
      </fieldset>

      <RadioField
        field={fields.recommend}
        legend={t('reviews.form.recommend')}
        options={[
          { value: 'yes', label: t('reviews.form.recommend.yes') },
          { value: 'no', label: t('reviews.form.recommend.no') },
        ]}
      />

      <TextAreaField field={fields.body} label={t('reviews.form.body')} description={t('reviews.form.body.hint')} rows={9} />

      <ChoiceField
        field={fields.experienceMonth}
        label={t('reviews.form.month')}
        description={t('reviews.form.month.hint')}
        emptyLabel={t('reviews.form.month.choose')}
        options={months.map((m) => ({ value: m, label: formatMonth(locale, m) }))}
      />

      {services.length > 0 ? (
        <ChoiceField
          field={fields.serviceId}
          label={t('reviews.form.service')}
          optionalLabel={t('reviews.optional')}
          emptyLabel={t('reviews.form.service.none')}
          options={services.map((s) => ({ value: s.id, label: s.name }))}
          required={false}
        />
      ) : null}

      <TextInputField
        field={fields.authorName}
        label={t('reviews.form.name')}
        description={t('reviews.form.name.hint')}
        maxLength={60}
        autoComplete="nickname"
      />

      <CheckboxField
        field={fields.consent}
        label={t('reviews.form.consent')}
        description={
          <>
            {t('reviews.form.consent.hint')} {t('reviews.form.conduct')}{' '}
            <RemixLink className="utrecht-link utrecht-link--html-a" to="/gedragscode">
              {t('reviews.form.conduct.link')}
            </RemixLink>
          </>
        }
      />

      <Button type="submit">{t(mode === 'create' ? 'reviews.form.submit' : 'reviews.form.save')}</Button>
    </Form>
  );
}
