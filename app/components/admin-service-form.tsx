/** The service form (create and edit), with languages, locations and opening hours. */
import { getFormProps } from '@conform-to/react';
import { useZodForm } from './form-conform';
import { type SubmissionResult } from '@conform-to/zod';
import { Form } from '@remix-run/react';
import { productCategories } from '../domain/categories';
import { serviceCreateSchema, serviceUpdateSchema } from '../domain/catalogue-forms';
import { laws, serviceKinds, serviceLanguages, serviceStatuses } from '../domain/enums';
import type { HoursSlot } from '../domain/hours';
import type { FormValues } from '../domain/optimistic-lock';
import type { MessageKey } from '../i18n';
import type { ConflictData } from '../utils/admin-form.types';
import { CheckboxGroup, CheckboxInput, ConflictNotice, ErrorSummary, HoursGrid, LockFields, SelectInput, SubmitButton, TextArea, TextInput } from './admin-form';
import { useTranslation } from './use-translation';

export interface ServiceFormProps {
  defaultValue: FormValues;
  hours: HoursSlot[];
  lastResult: SubmissionResult<string[]> | undefined;
  products: readonly { code: string; categoryCode: string; nameNl: string; nameEn: string }[];
  locations: readonly { id: string; name: string; address1: string; city: string }[];
  organizationId?: string;
  lock?: { version: number };
  conflict?: ConflictData;
}

export function ServiceForm({ defaultValue, hours, lastResult, products, locations, organizationId, lock, conflict }: ServiceFormProps) {
  const { t, locale } = useTranslation();
  const schema = lock ? serviceUpdateSchema : serviceCreateSchema;
  const [form, fields] = useZodForm(schema, { id: 'aanbod', lastResult, defaultValue: { ...defaultValue, hours } as never });
  const submittedHours = (lastResult?.initialValue?.hours as HoursSlot[] | undefined) ?? hours;
  const name = (nl: string, en: string) => (locale === 'nl' ? nl : en);
  return (
    <Form method="post" {...getFormProps(form)} className="sk-form">
      {conflict ? <ConflictNotice rows={conflict.rows} /> : <ErrorSummary errors={form.allErrors} formErrors={form.errors} />}
      <input type="hidden" name="intent" value="save" />
      {organizationId ? <input type="hidden" name="organizationId" value={organizationId} /> : null}
      {lock ? <LockFields version={conflict?.version ?? lock.version} original={conflict?.current ?? defaultValue} /> : null}
      <TextInput field={fields.name} label={t('maint.field.name')} />
      <TextArea field={fields.description} label={t('maint.field.description')} description={t('maint.hint.description')} optional rows={5} />
      <TextInput field={fields.externalId} label={t('maint.field.externalId')} description={t('maint.hint.externalId')} optional size="small" />
      <SelectInput field={fields.kind} label={t('maint.field.kind')} options={serviceKinds.map((k) => ({ value: k, label: t(`maint.kind.${k}`) }))} />
      <SelectInput field={fields.law} label={t('maint.field.law')} options={laws.map((l) => ({ value: l, label: t(`maint.law.${l}`) }))} />
      <SelectInput
        field={fields.categoryCode}
        label={t('maint.field.categoryCode')}
        description={t('maint.hint.categoryCode')}
        optional
        emptyLabel={t('maint.form.none')}
        options={productCategories.map((c) => ({ value: c.code, label: `${c.code} ${name(c.nameNl, c.nameEn)}` }))}
      />
      <SelectInput
        field={fields.productCode}
        label={t('maint.field.productCode')}
        description={t('maint.hint.productCode')}
        optional
        emptyLabel={t('maint.form.none')}
        options={products.map((p) => ({ value: p.code, label: `${p.code} ${name(p.nameNl, p.nameEn)}` }))}
      />
      <SelectInput field={fields.status} label={t('maint.field.status')} description={t('maint.hint.serviceStatus')} options={serviceStatuses.map((s) => ({ value: s, label: t(`maint.status.${s}`) }))} />
      <TextInput field={fields.targetGroup} label={t('maint.field.targetGroup')} optional />
      <TextInput field={fields.minimumAge} label={t('maint.field.minimumAge')} optional inputMode="numeric" size="small" />
      <TextInput field={fields.maximumAge} label={t('maint.field.maximumAge')} optional inputMode="numeric" size="small" />
      <TextInput field={fields.waitingWeeks} label={t('maint.field.waitingWeeks')} description={t('maint.hint.waitingWeeks')} optional inputMode="numeric" size="small" />
      <TextInput field={fields.waitingReportedOn} label={t('maint.field.waitingReportedOn')} description={t('maint.hint.waitingReportedOn')} optional type="date" size="small" />
      <CheckboxInput field={fields.acceptingNewClients} label={t('maint.field.acceptingNewClients')} />
      <TextArea field={fields.applicationProcess} label={t('maint.field.applicationProcess')} optional rows={3} />
      <TextInput field={fields.url} label={t('maint.field.url')} optional type="url" inputMode="url" />
      <TextInput field={fields.email} label={t('maint.field.email')} optional type="email" inputMode="email" />
      <TextInput field={fields.phone} label={t('maint.field.phone')} description={t('maint.hint.phone')} optional type="tel" inputMode="tel" />
      <CheckboxGroup field={fields.languages} legend={t('maint.field.languages')} options={serviceLanguages.map((code) => ({ value: code, label: t(`language.${code}` as MessageKey) }))} />
      <CheckboxGroup
        field={fields.locationIds}
        legend={t('maint.field.locationIds')}
        description={locations.length ? undefined : t('maint.services.noLocations')}
        options={locations.map((l) => ({ value: l.id, label: `${l.name} (${l.address1}, ${l.city})` }))}
      />
      <HoursGrid name="hours" slots={submittedHours} errors={form.allErrors} />
      <SubmitButton intent="save">{t(lock ? 'maint.form.save' : 'maint.form.create')}</SubmitButton>
    </Form>
  );
}
