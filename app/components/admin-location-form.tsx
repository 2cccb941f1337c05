/** The location form (create and edit) with accessibility and opening hours. */
import { getFormProps } from '@conform-to/react';
import { useZodForm } from './form-conform';
import { type SubmissionResult } from '@conform-to/zod';
import { Form } from '@remix-run/react';
import { locationCreateSchema, locationUpdateSchema } from '../domain/catalogue-forms';
import type { HoursSlot } from '../domain/hours';
import type { FormValues } from '../domain/optimistic-lock';
import type { ConflictData } from '../utils/admin-form.types';
import { CheckboxInput, ConflictNotice, ErrorSummary, HoursGrid, LockFields, SelectInput, SubmitButton, TextArea, TextInput } from './admin-form';
import { useTranslation } from './use-translation';

export function LocationForm({
  defaultValue,
  hours,
  lastResult,
  districts,
  organizationId,
  lock,
  conflict,
}: {
  defaultValue: FormValues;
  hours: HoursSlot[];
  lastResult: SubmissionResult<string[]> | undefined;
  districts: readonly { id: string; name: string; city: string }[];
  organizationId?: string;
  lock?: { version: number };
  conflict?: ConflictData;
}) {
  const { t } = useTranslation();
  const schema = lock ? locationUpdateSchema : locationCreateSchema;
  const [form, fields] = useZodForm(schema, { id: 'locatie', lastResult, defaultValue: { ...defaultValue, hours } as never });
  const submittedHours = (lastResult?.initialValue?.hours as HoursSlot[] | undefined) ?? hours;
  return (
    <Form method="post" {...getFormProps(form)} className="sk-form">
      {conflict ? <ConflictNotice rows={conflict.rows} /> : <ErrorSummary errors={form.allErrors} formErrors={form.errors} />}
      <input type="hidden" name="intent" value="save" />
      {organizationId ? <input type="hidden" name="organizationId" value={organizationId} /> : null}
      {lock ? <LockFields version={conflict?.version ?? lock.version} original={conflict?.current ?? defaultValue} /> : null}
      <TextInput field={fields.name} label={t('maint.field.name')} />
      <TextInput field={fields.address1} label={t('maint.field.address1')} autoComplete="street-address" />
      <TextInput field={fields.postalCode} label={t('maint.field.postalCode')} description={t('maint.hint.postalCode')} autoComplete="postal-code" size="small" />
      <TextInput field={fields.city} label={t('maint.field.city')} autoComplete="address-level2" />
      <SelectInput
        field={fields.districtId}
        label={t('maint.field.districtId')}
        optional
        emptyLabel={t('maint.form.none')}
        options={districts.map((d) => ({ value: d.id, label: `${d.name} (${d.city})` }))}
      />
      <TextInput field={fields.latitude} label={t('maint.field.latitude')} description={t('maint.hint.coordinates')} optional inputMode="decimal" size="small" />
      <TextInput field={fields.longitude} label={t('maint.field.longitude')} optional inputMode="decimal" size="small" />
      <CheckboxInput field={fields.wheelchairAccessible} label={t('maint.field.wheelchairAccessible')} />
      <CheckboxInput field={fields.hearingLoop} label={t('maint.field.hearingLoop')} />
      <CheckboxInput field={fields.accessibleToilet} label={t('maint.field.accessibleToilet')} />
      <TextArea field={fields.accessibilityNote} label={t('maint.field.accessibilityNote')} optional rows={2} />
      <TextArea field={fields.transportation} label={t('maint.field.transportation')} optional rows={2} />
      <HoursGrid name="hours" slots={submittedHours} errors={form.allErrors} />
      <SubmitButton intent="save">{t(lock ? 'maint.form.save' : 'maint.form.create')}</SubmitButton>
    </Form>
  );
}
