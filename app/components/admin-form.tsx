/**
 * Form pieces for catalogue maintenance, on NL Design System classes: every field with its
 * label, optional description and error tied together (aria-describedby), errors in the reader's
 * language, the hidden lock fields, the "someone else saved first" message, and an error summary.
 * They work without JavaScript; conform adds validation while typing when it runs.
 */
import type { ReactNode } from 'react';
import { useNavigation } from '@remix-run/react';
import { parseMessage } from '../domain/validation';
import { parseHoursSummary } from '../domain/hours';
import type { ConflictRow, FormValue } from '../domain/optimistic-lock';
import { HOURS_SLOTS_PER_DAY } from '../domain/catalogue-forms';
import type { MessageKey } from '../i18n';
import { Button, FieldMessages, fieldMessageIds, FormField, Select, Textbox } from './form';
import { cx } from './typography';
import { useTranslation } from './use-translation';

/** What the components need of a conform field. */
export interface AnyField {
  id: string;
  name: string;
  key?: string | undefined;
  errors?: string[] | undefined;
  defaultValue?: string | undefined;
  defaultOptions?: string[] | undefined;
  defaultChecked?: boolean | undefined;
}

/** Turns a message key (with parameters, see app/domain/validation.ts) into text; other text is shown as it is. */
export function useMessageText() {
  const { t, has } = useTranslation();
  return (text: string | undefined | null): string | undefined => {
    if (!text) return undefined;
    const { key, params } = parseMessage(text);
    return has(key) ? t(key as MessageKey, params) : text;
  };
}

/** The label of a field name (camelCase, or a snake_case audit column). */
export function useFieldLabel() {
  const { t, has } = useTranslation();
  return (field: string): string => {
    const camel = field.replace(/_(\w)/g, (_, c: string) => c.toUpperCase()).replace(/^address1$/, 'address1');
    const key = `maint.field.${camel === 'address_1' ? 'address1' : camel}`;
    return has(key) ? t(key as MessageKey) : field;
  };
}

function Label({ text, optional }: { text: ReactNode; optional?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {text}
      {optional ? <span className="sk-optional"> ({t('maint.form.optional')})</span> : null}
    </>
  );
}

export function TextInput({
  field,
  label,
  description,
  optional,
  type = 'text',
  inputMode,
  autoComplete,
  size,
}: {
  field: AnyField;
  label: string;
  description?: string;
  optional?: boolean;
  type?: 'text' | 'email' | 'tel' | 'url' | 'date' | 'number';
  inputMode?: 'text' | 'decimal' | 'numeric' | 'email' | 'tel' | 'url';
  autoComplete?: string;
  size?: 'small' | 'medium';
}) {
  const text = useMessageText();
  const error = text(field.errors?.[0]);
  return (
    <FormField id={field.id} label={<Label text={label} optional={optional} />} description={description} error={error}>
      {(describedBy, invalid) => (
        <Textbox
          key={field.key}
          id={field.id}
          name={field.name}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete ?? 'off'}
          defaultValue={field.defaultValue ?? ''}
          aria-describedby={describedBy}
          invalid={invalid}
          required={!optional}
          aria-required={!optional || undefined}
          className={size ? `sk-input--${size}` : undefined}
        />
      )}
    </FormField>
  );
}

export function TextArea({ field, label, description, optional, rows = 4 }: { field: AnyField; label: string; description?: string; optional?: boolean; rows?: number }) {
  const text = useMessageText();
  const error = text(field.errors?.[0]);
  return (
    <FormField id={field.id} label={<Label text={label} optional={optional} />} description={description} error={error}>
      {(describedBy, invalid) => (
        <textarea
          key={field.key}
          id={field.id}
          name={field.name}
          rows={rows}
          defaultValue={field.defaultValue ?? ''}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          // aria-required, not required: the NL Design System styles a textarea's :invalid state
          // as an error, which an empty required textarea is before anyone typed. The error
          // shows after a submit attempt (aria-invalid), the server checks it either way.
          aria-required={!optional || undefined}
          className={cx('utrecht-textarea utrecht-textarea--html-textarea', invalid && 'utrecht-textarea--invalid')}
        />
      )}
    </FormField>
  );
}

export function SelectInput({
  field,
  label,
  description,
  optional,
  options,
  emptyLabel,
}: {
  field: AnyField;
  label: string;
  description?: string;
  optional?: boolean;
  options: readonly { value: string; label: string }[];
  emptyLabel?: string;
}) {
  const text = useMessageText();
  const error = text(field.errors?.[0]);
  return (
    <FormField id={field.id} label={<Label text={label} optional={optional} />} description={description} error={error}>
      {(describedBy, invalid) => (
        <Select key={field.key} id={field.id} name={field.name} defaultValue={field.defaultValue ?? ''} aria-describedby={describedBy} invalid={invalid} required={!optional}>
          {optional || emptyLabel ? <option value="">{emptyLabel ?? ''}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      )}
    </FormField>
  );
}

/** One checkbox with its label after it. */
export function CheckboxInput({ field, label, description }: { field: AnyField; label: string; description?: string }) {
  const text = useMessageText();
  const error = text(field.errors?.[0]);
  const { descriptionId, errorId, describedBy } = fieldMessageIds(field.id, description, error);
  return (
    <div className={cx('utrecht-form-field utrecht-form-field--checkbox sk-checkbox', error && 'utrecht-form-field--invalid')}>
      <div className="utrecht-form-field__input">
        <input
          key={field.key}
          type="checkbox"
          id={field.id}
          name={field.name}
          defaultChecked={field.defaultChecked ?? false}
          className="utrecht-checkbox utrecht-checkbox--html-input"
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
        />
      </div>
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={field.id}>
          {label}
        </label>
      </div>
      <FieldMessages description={description} descriptionId={descriptionId} error={error} errorId={errorId} />
    </div>
  );
}

/** Several checkboxes with one name, in a fieldset with a legend. */
export function CheckboxGroup({ field, legend, description, options }: { field: AnyField; legend: string; description?: string; options: readonly { value: string; label: string }[] }) {
  const text = useMessageText();
  const error = text(field.errors?.[0]);
  const chosen = new Set(field.defaultOptions ?? []);
  const descriptionId = description ? `${field.id}-description` : undefined;
  const errorId = error ? `${field.id}-error` : undefined;
  return (
    <fieldset className={cx('utrecht-form-fieldset sk-fieldset', error && 'utrecht-form-fieldset--invalid')} aria-describedby={[descriptionId, errorId].filter(Boolean).join(' ') || undefined}>
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        <Label text={legend} optional />
      </legend>
      {description ? (
        <p className="utrecht-form-field-description" id={descriptionId}>
          {description}
        </p>
      ) : null}
      {error ? (
        <p className="utrecht-form-field-error-message" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
      {options.length === 0 ? <p className="utrecht-paragraph sk-muted">—</p> : null}
      <ul className="sk-checkbox-list" key={field.key}>
        {options.map((o) => (
          <li key={o.value}>
            <input
              type="checkbox"
              id={`${field.id}-${o.value}`}
              name={field.name}
              value={o.value}
              defaultChecked={chosen.has(o.value)}
              className="utrecht-checkbox utrecht-checkbox--html-input"
            />{' '}
            <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`${field.id}-${o.value}`}>
              {o.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/**
 * Weekly opening hours as a grid: two periods per weekday, "HH:MM" text fields (24:00 allowed).
 * A closing time earlier than the opening time runs into the next day.
 */
export function HoursGrid({ name, slots, errors }: { name: string; slots: readonly { weekday: number | null; opensAt: string | null; closesAt: string | null }[]; errors: Record<string, string[]> }) {
  const { t } = useTranslation();
  const text = useMessageText();
  return (
    <fieldset className="utrecht-form-fieldset sk-fieldset sk-hours" aria-describedby={`${name}-help`}>
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('maint.hours.legend')}</legend>
      <p className="utrecht-form-field-description" id={`${name}-help`}>
        {t('maint.hours.help')}
      </p>
      {[1, 2, 3, 4, 5, 6, 7].map((weekday) => (
        <fieldset key={weekday} className="sk-hours__day">
          <legend>{t(`weekday.${weekday}` as MessageKey)}</legend>
          {Array.from({ length: HOURS_SLOTS_PER_DAY }, (_, k) => {
            const index = (weekday - 1) * HOURS_SLOTS_PER_DAY + k;
            const slot = slots[index] ?? { weekday, opensAt: null, closesAt: null };
            const base = `${name}[${index}]`;
            const opensError = text(errors[`${base}.opensAt`]?.[0]);
            const closesError = text(errors[`${base}.closesAt`]?.[0]);
            const id = `${name}-${index}`;
            return (
              <div key={k} className="sk-hours__slot">
                <input type="hidden" name={`${base}.weekday`} value={weekday} />
                <span className="sk-hours__label" id={`${id}-label`}>
                  {t('maint.hours.period', { n: k + 1 })}
                </span>
                <label className="sk-visually-hidden" htmlFor={`${id}-opens`}>
                  {t('maint.hours.opens', { day: t(`weekday.${weekday}` as MessageKey), n: k + 1 })}
                </label>
                <input
                  id={`${id}-opens`}
                  name={`${base}.opensAt`}
                  defaultValue={slot.opensAt ?? ''}
                  inputMode="numeric"
                  autoComplete="off"
                  placeholder="09:00"
                  size={5}
                  className={cx('utrecht-textbox utrecht-textbox--html-input sk-input--time', opensError && 'utrecht-textbox--invalid')}
                  aria-invalid={opensError ? true : undefined}
                  aria-describedby={opensError ? `${id}-opens-error` : undefined}
                />
                <span aria-hidden="true">–</span>
                <label className="sk-visually-hidden" htmlFor={`${id}-closes`}>
                  {t('maint.hours.closes', { day: t(`weekday.${weekday}` as MessageKey), n: k + 1 })}
                </label>
                <input
                  id={`${id}-closes`}
                  name={`${base}.closesAt`}
                  defaultValue={slot.closesAt ?? ''}
                  inputMode="numeric"
                  autoComplete="off"
                  placeholder="17:00"
                  size={5}
                  className={cx('utrecht-textbox utrecht-textbox--html-input sk-input--time', closesError && 'utrecht-textbox--invalid')}
                  aria-invalid={closesError ? true : undefined}
                  aria-describedby={closesError ? `${id}-closes-error` : undefined}
                />
                {opensError ? (
                  <span className="utrecht-form-field-error-message sk-hours__error" id={`${id}-opens-error`} role="alert">
                    {opensError}
                  </span>
                ) : null}
                {closesError ? (
                  <span className="utrecht-form-field-error-message sk-hours__error" id={`${id}-closes-error`} role="alert">
                    {closesError}
                  </span>
                ) : null}
              </div>
            );
          })}
        </fieldset>
      ))}
    </fieldset>
  );
}

/** The version the form is based on and the values it showed (optimistic locking). */
export function LockFields({ version, original }: { version: number; original: Record<string, FormValue> }) {
  return (
    <>
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="original" value={JSON.stringify(original)} />
    </>
  );
}

/** How a stored or form value reads: yes/no, codes in words, lists joined, opening hours per day. */
export function useValueText() {
  const { t, has } = useTranslation();
  return (field: string, value: FormValue | number | null | undefined): string => {
    if (value === null || value === undefined || value === '') return t('maint.value.empty');
    if (typeof value === 'boolean') return t(value ? 'maint.value.yes' : 'maint.value.no');
    if (Array.isArray(value)) return value.length ? value.join(', ') : t('maint.value.empty');
    const text = String(value);
    if (field === 'hours') {
      return parseHoursSummary(text)
        .map((p) => `${t(`weekday.${p.weekday}` as MessageKey)} ${p.opensAt}–${p.closesAt}`)
        .join(', ');
    }
    if (field === 'status' || field === 'kind' || field === 'law' || field === 'unit') {
      const key = `maint.${field}.${text}`;
      if (has(key)) return t(key as MessageKey);
    }
    if (text === 'true' || text === 'false') return t(text === 'true' ? 'maint.value.yes' : 'maint.value.no');
    return text;
  };
}

/** "Someone else saved first": what they changed, their value and yours. Nothing was saved. */
export function ConflictNotice({ rows }: { rows: readonly ConflictRow[] }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const value = useValueText();
  return (
    <div className="sk-notice sk-notice--warning" role="alert" data-testid="conflict">
      <p className="utrecht-paragraph">
        <strong>{t('maint.conflict.title')}</strong>
      </p>
      <p className="utrecht-paragraph">{t('maint.conflict.text')}</p>
      {rows.length > 0 ? (
        <div className="sk-table-scroll" role="region" aria-label={t('maint.conflict.tableLabel')} tabIndex={0}>
          <table className="utrecht-table sk-table">
            <caption className="sk-visually-hidden">{t('maint.conflict.tableLabel')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t('maint.conflict.field')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('maint.conflict.theirs')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('maint.conflict.yours')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {rows.map((row) => (
                <tr key={row.field} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    {label(row.field)}
                  </th>
                  <td className="utrecht-table__cell">{value(row.field, row.theirs)}</td>
                  <td className="utrecht-table__cell">{value(row.field, row.yours)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p className="utrecht-paragraph">{t('maint.conflict.next')}</p>
    </div>
  );
}

/** At the top of a refused form: how many fields need attention, each a link to its field. */
export function ErrorSummary({ errors, formErrors }: { errors: Record<string, string[] | undefined>; formErrors?: readonly string[] }) {
  const { t, plural } = useTranslation();
  const text = useMessageText();
  const label = useFieldLabel();
  const entries = Object.entries(errors).filter(([name, list]) => name !== '' && list?.length);
  const general = formErrors?.filter(Boolean) ?? [];
  if (entries.length === 0 && general.length === 0) return null;
  return (
    <div className="sk-notice sk-notice--error" role="alert" aria-labelledby="fouten-titel" tabIndex={-1}>
      <p className="utrecht-paragraph" id="fouten-titel">
        <strong>{entries.length ? plural('maint.errors.count', entries.length) : t('maint.errors.title')}</strong>
      </p>
      {general.map((e) => (
        <p key={e} className="utrecht-paragraph">
          {text(e)}
        </p>
      ))}
      {entries.length ? (
        <ul className="utrecht-unordered-list">
          {entries.map(([name, list]) => {
            const field = name.replace(/\[\d+\]\.\w+$/, '');
            return (
              <li key={name} className="utrecht-unordered-list__item">
                {label(field)}: {text(list![0])}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

/** The submit button; while the form is being sent (with JavaScript) it says so and waits. */
export function SubmitButton({ children, intent, appearance = 'primary', name = 'intent' }: { children: ReactNode; intent?: string; appearance?: 'primary' | 'secondary'; name?: string }) {
  const navigation = useNavigation();
  const { t } = useTranslation();
  const busy = navigation.state === 'submitting' && (intent === undefined || navigation.formData?.get(name) === intent);
  return (
    <Button type="submit" appearance={appearance} aria-disabled={busy || undefined} data-busy={busy || undefined}>
      {busy ? t('maint.form.busy') : children}
    </Button>
  );
}
