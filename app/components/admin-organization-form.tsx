/** The organisation form (create and edit), shared by the component and, through its schema, the action. */
import { getFormProps } from '@conform-to/react';
import { useZodForm } from './form-conform';
import { Form } from '@remix-run/react';
import type { SubmissionResult } from '@conform-to/zod';
import { organizationCreateSchema, organizationUpdateSchema } from '../domain/catalogue-forms';
import type { FormValues } from '../domain/optimistic-lock';
import type { ConflictData } from '../utils/admin-form.types';
import { ConflictNotice, ErrorSummary, LockFields, SubmitButton, TextArea, TextInput } from './admin-form';
import { useTranslation } from './use-translation';

export function OrganizationForm({
  defaultValue,
  lastResult,
  lock,
  conflict,
}: {
  defaultValue: FormValues;
  lastResult: SubmissionResult<string[]> | undefined;
  lock?: { version: number };
  conflict?: ConflictData;
}) {
  const { t } = useTranslation();
  const schema = lock ? organizationUpdateSchema : organizationCreateSchema;
  const [form, fields] = useZodForm(schema, { id: 'aanbieder', lastResult, defaultValue });
  return (
    <Form method="post" {...getFormProps(form)} className="sk-form">
      {conflict ? <ConflictNotice rows={conflict.rows} /> : <ErrorSummary errors={form.allErrors} formErrors={form.errors} />}
      <input type="hidden" name="intent" value="save" />
      {lock ? <LockFields version={conflict?.version ?? lock.version} original={conflict?.current ?? defaultValue} /> : null}
      <TextInput field={fields.name} label={t('maint.field.name')} autoComplete="organization" />
      <TextInput field={fields.alternateName} label={t('maint.field.alternateName')} optional />
      <TextArea field={fields.description} label={t('maint.field.description')} description={t('maint.hint.description')} optional rows={5} />
      <TextInput field={fields.externalId} label={t('maint.field.externalId')} description={t('maint.hint.externalId')} optional size="small" />
      <TextInput field={fields.kvk} label={t('maint.field.kvk')} description={t('maint.hint.kvk')} optional inputMode="numeric" size="small" />
      <TextInput field={fields.agb} label={t('maint.field.agb')} description={t('maint.hint.agb')} optional inputMode="numeric" size="small" />
      <TextInput field={fields.website} label={t('maint.field.website')} description={t('maint.hint.website')} optional type="url" inputMode="url" />
      <TextInput field={fields.email} label={t('maint.field.email')} optional type="email" inputMode="email" />
      <TextInput field={fields.phone} label={t('maint.field.phone')} description={t('maint.hint.phone')} optional type="tel" inputMode="tel" />
      <SubmitButton intent="save">{t(lock ? 'maint.form.save' : 'maint.form.create')}</SubmitButton>
    </Form>
  );
}
