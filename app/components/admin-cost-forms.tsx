/** Forms for the professional-only cost facts: a tariff, a yearly budget ceiling, a national procurement. */
import { getFormProps } from '@conform-to/react';
import { useZodForm } from './form-conform';
import type { SubmissionResult } from '@conform-to/zod';
import { Form } from '@remix-run/react';
import { productCategories } from '../domain/categories';
import {
  ceilingCreateSchema,
  ceilingUpdateSchema,
  contractCreateSchema,
  contractUpdateSchema,
  nationalProcurementSchema,
} from '../domain/catalogue-forms';
import { tariffUnits } from '../domain/enums';
import type { FormValues } from '../domain/optimistic-lock';
import type { ConflictData } from '../utils/admin-form.types';
import { ConflictNotice, ErrorSummary, LockFields, SelectInput, SubmitButton, TextArea, TextInput } from './admin-form';
import { useTranslation } from './use-translation';

type Option = { id: string; name: string; status?: string };
type Product = { code: string; categoryCode: string; nameNl: string; nameEn: string };

interface CommonProps {
  defaultValue: FormValues;
  lastResult: SubmissionResult<string[]> | undefined;
  organizations: readonly Option[];
  lock?: { version: number };
  conflict?: ConflictData;
}

function useOrganizationOptions(organizations: readonly Option[]) {
  const { t } = useTranslation();
  return organizations.map((o) => ({ value: o.id, label: o.status === 'archived' ? `${o.name} (${t('maint.status.archived')})` : o.name }));
}

export function ContractForm({ defaultValue, lastResult, organizations, products, lock, conflict }: CommonProps & { products: readonly Product[] }) {
  const { t, locale } = useTranslation();
  const schema = lock ? contractUpdateSchema : contractCreateSchema;
  const [form, fields] = useZodForm(schema, { id: 'tarief', lastResult, defaultValue });
  return (
    <Form method="post" {...getFormProps(form)} className="sk-form">
      {conflict ? <ConflictNotice rows={conflict.rows} /> : <ErrorSummary errors={form.allErrors} formErrors={form.errors} />}
      <input type="hidden" name="intent" value="save" />
      {lock ? <LockFields version={conflict?.version ?? lock.version} original={conflict?.current ?? defaultValue} /> : null}
      <SelectInput field={fields.organizationId} label={t('maint.field.organizationId')} emptyLabel={t('maint.form.choose')} options={useOrganizationOptions(organizations)} />
      <SelectInput
        field={fields.productCode}
        label={t('maint.field.productCode')}
        emptyLabel={t('maint.form.choose')}
        options={products.map((p) => ({ value: p.code, label: `${p.code} ${locale === 'nl' ? p.nameNl : p.nameEn}` }))}
      />
      <TextInput field={fields.lot} label={t('maint.field.lot')} optional />
      <TextInput field={fields.tariffCents} label={t('maint.field.tariffCents')} description={t('maint.hint.amount')} inputMode="decimal" size="small" />
      <SelectInput field={fields.unit} label={t('maint.field.unit')} emptyLabel={t('maint.form.choose')} options={tariffUnits.map((u) => ({ value: u, label: t(`maint.unit.${u}`) }))} />
      <TextInput field={fields.validFrom} label={t('maint.field.validFrom')} description={t('maint.hint.date')} type="date" size="small" />
      <TextInput field={fields.validTo} label={t('maint.field.validTo')} description={t('maint.hint.validTo')} optional type="date" size="small" />
      <SubmitButton intent="save">{t(lock ? 'maint.form.save' : 'maint.form.create')}</SubmitButton>
    </Form>
  );
}

export function CeilingForm({ defaultValue, lastResult, organizations, lock, conflict }: CommonProps) {
  const { t } = useTranslation();
  const schema = lock ? ceilingUpdateSchema : ceilingCreateSchema;
  const [form, fields] = useZodForm(schema, { id: 'plafond', lastResult, defaultValue });
  return (
    <Form method="post" {...getFormProps(form)} className="sk-form">
      {conflict ? <ConflictNotice rows={conflict.rows} /> : <ErrorSummary errors={form.allErrors} formErrors={form.errors} />}
      <input type="hidden" name="intent" value="save" />
      {lock ? <LockFields version={conflict?.version ?? lock.version} original={conflict?.current ?? defaultValue} /> : null}
      <SelectInput field={fields.organizationId} label={t('maint.field.organizationId')} emptyLabel={t('maint.form.choose')} options={useOrganizationOptions(organizations)} />
      <TextInput field={fields.year} label={t('maint.field.year')} inputMode="numeric" size="small" />
      <TextInput field={fields.ceilingCents} label={t('maint.field.ceilingCents')} description={t('maint.hint.amount')} inputMode="decimal" size="small" />
      <TextInput field={fields.committedCents} label={t('maint.field.committedCents')} description={t('maint.hint.committed')} inputMode="decimal" size="small" />
      <SubmitButton intent="save">{t(lock ? 'maint.form.save' : 'maint.form.create')}</SubmitButton>
    </Form>
  );
}

export function NationalForm({ defaultValue, lastResult, organizations, products, lock, conflict }: CommonProps & { products: readonly Product[]; lock?: { version: number } }) {
  const { t, locale } = useTranslation();
  const [form, fields] = useZodForm(nationalProcurementSchema, { id: 'landelijk', lastResult, defaultValue });
  return (
    <Form method="post" {...getFormProps(form)} className="sk-form">
      {conflict ? <ConflictNotice rows={conflict.rows} /> : <ErrorSummary errors={form.allErrors} formErrors={form.errors} />}
      <input type="hidden" name="intent" value="save" />
      {lock ? <input type="hidden" name="original" value={JSON.stringify(conflict?.current ?? defaultValue)} /> : null}
      <SelectInput
        field={fields.categoryCode}
        label={t('maint.field.categoryCode')}
        emptyLabel={t('maint.form.choose')}
        options={productCategories.map((c) => ({ value: c.code, label: `${c.code} ${locale === 'nl' ? c.nameNl : c.nameEn}` }))}
      />
      <SelectInput
        field={fields.productCode}
        label={t('maint.field.productCode')}
        description={t('maint.hint.nationalProduct')}
        optional
        emptyLabel={t('maint.form.none')}
        options={products.map((p) => ({ value: p.code, label: `${p.code} ${locale === 'nl' ? p.nameNl : p.nameEn}` }))}
      />
      <SelectInput field={fields.organizationId} label={t('maint.field.nationalProvider')} emptyLabel={t('maint.form.choose')} options={useOrganizationOptions(organizations)} />
      <TextArea field={fields.note} label={t('maint.field.note')} optional rows={2} />
      <TextInput field={fields.validFrom} label={t('maint.field.validFrom')} description={t('maint.hint.date')} type="date" size="small" />
      <TextInput field={fields.validTo} label={t('maint.field.validTo')} description={t('maint.hint.validTo')} optional type="date" size="small" />
      <SubmitButton intent="save">{t(lock ? 'maint.form.save' : 'maint.form.create')}</SubmitButton>
    </Form>
  );
}
