/**
 * Shared parts of the recording forms and insight pages (issue 13): the month, district and
 * need fields, a field error that explains personal data, suppressed numbers and amounts.
 */
import type { ReactNode } from 'react';
import { productCategories } from '../domain/categories';
import { generalNeeds } from '../domain/enums';
import { formatCents, formatInteger, formatPercent } from '../domain/format';
import type { FieldError } from '../domain/insight-forms';
import type { Locale } from '../domain/enums';
import type { MessageKey, Translate } from '../i18n';
import { FormField, Select, Textbox } from './form';
import { useTranslation } from './use-translation';
import { h, optionProps, toHtml, type MarkupNode } from './markup';
import { useMessageText } from './form-message';
import { FormNotice } from './form-notice';

export function needName(code: string, locale: Locale, t: Translate): string {
  if ((generalNeeds as readonly string[]).includes(code)) return t(`insight.need.${code}` as MessageKey);
  const category = productCategories.find((c) => c.code === code);
  if (!category) return code;
  return `${locale === 'nl' ? category.nameNl : category.nameEn} (${category.law === 'wmo' ? 'Wmo' : t('insight.need.groupJeugdwet')})`;
}

/** The message of a field error; for personal data it names what was found. */
export function useInsightErrorText() {
  const { t } = useTranslation();
  const text = useMessageText();
  return (error: FieldError | undefined): string | undefined => {
    if (!error) return undefined;
    if (error.personal) {
      const found = error.personal.map((kind) => t(`insight.personal.${kind}` as MessageKey)).join(', ');
      return t('insight.error.personal', { found });
    }
    return text(error.key);
  };
}

export function MonthField({ id = 'maand', value, error, label }: { id?: string; value: string; error?: FieldError | undefined; label?: string }) {
  const { t } = useTranslation();
  const message = useInsightErrorText();
  return (
    <FormField id={id} label={label ?? t('insight.field.month')} error={message(error)}>
      {(describedBy, invalid) => <Textbox id={id} name="maand" type="month" defaultValue={value} required pattern="\d{4}-\d{2}" placeholder="2026-11" aria-describedby={describedBy} invalid={invalid} />}
    </FormField>
  );
}

export function DistrictField({
  districts,
  value,
  error,
  id = 'wijk',
  allLabel,
}: {
  districts: readonly { slug: string; name: string }[];
  value: string;
  error?: FieldError | undefined;
  id?: string;
  allLabel?: string;
}) {
  const { t } = useTranslation();
  const message = useInsightErrorText();
  return (
    <FormField id={id} label={t('insight.field.district')} error={message(error)}>
      {(describedBy, invalid) => (
        <Select
          id={id}
          name="wijk"
          defaultValue={value}
          required={!allLabel}
          aria-describedby={describedBy}
          invalid={invalid}
          {...optionProps([h('option', { key: '', value: '' }, allLabel ?? t('insight.field.choose')), districts.map((d) => h('option', { key: d.slug, value: d.slug }, d.name))], value)}
        />
      )}
    </FormField>
  );
}

/** The needs to choose from: the general ones, then the product categories by law, in groups. */
function needOptionsTree(t: Translate, locale: Locale): MarkupNode {
  return [
    h('optgroup', { key: 'general', label: t('insight.need.groupGeneral') }, generalNeeds.map((code) => h('option', { key: code, value: code }, t(`insight.need.${code}` as MessageKey)))),
    (['wmo', 'jeugdwet'] as const).map((law) =>
      h(
        'optgroup',
        { key: law, label: t(law === 'wmo' ? 'insight.need.groupWmo' : 'insight.need.groupJeugdwet') },
        productCategories.filter((c) => c.law === law).map((c) => h('option', { key: c.code, value: c.code }, c.code, ' ', locale === 'nl' ? c.nameNl : c.nameEn)),
      ),
    ),
  ];
}

/**
 * The need options as the server writes them, per translator (one per page's messages and
 * language, shared by every request with them): the same ~100 options on every insight page.
 */
const needOptionsHtml = new WeakMap<Translate, string>();

/** The need select's options: the empty choice first, then the needs. */
function needSelectOptions(emptyLabel: string, value: string, t: Translate, locale: Locale) {
  const empty = h('option', { key: '', value: '' }, emptyLabel);
  if (typeof document !== 'undefined') return optionProps([empty, needOptionsTree(t, locale)], value);
  let html = needOptionsHtml.get(t);
  if (html === undefined) needOptionsHtml.set(t, (html = toHtml(needOptionsTree(t, locale), { charRefs: true })));
  return optionProps(null, value, toHtml(empty, { charRefs: true }) + html);
}

export function NeedField({ value, error, id = 'behoefte', allLabel }: { value: string; error?: FieldError | undefined; id?: string; allLabel?: string }) {
  const { t, locale } = useTranslation();
  const message = useInsightErrorText();
  return (
    <FormField id={id} label={t('insight.field.need')} error={message(error)}>
      {(describedBy, invalid) => (
        <Select id={id} name="behoefte" defaultValue={value} required={!allLabel} aria-describedby={describedBy} invalid={invalid} {...needSelectOptions(allLabel ?? t('insight.field.choose'), value, t, locale)} />
      )}
    </FormField>
  );
}

/**
 * Figures that may be suppressed, as functions for tables with hundreds of cells: one translation
 * lookup per table instead of a component (and a lookup) per cell. Count, Amount and Share below
 * write the same figure as a component.
 */
export function useFigures() {
  const { locale } = useTranslation();
  const suppressed = <Suppressed />;
  return {
    /** A count that may be suppressed: "< 5" with a spoken explanation. */
    count: (value: number | null): ReactNode => (value === null ? suppressed : formatInteger(locale, value)),
    amount: (cents: number | null): ReactNode => (cents === null ? suppressed : formatCents(locale, cents)),
    /** A share; `empty` (nothing recorded at all) shows a dash instead of the suppression mark. */
    share: (value: number | null, empty = false): ReactNode => (value === null ? (empty ? '—' : suppressed) : formatPercent(locale, value)),
  };
}

/** `useFigures` for markup trees (./markup.tsx): the same figures and suppression mark. */
export function useMarkupFigures() {
  const { locale, t } = useTranslation();
  const label = t('insight.suppressed.label');
  const suppressed = h('abbr', { title: label, className: 'sk-in-suppressed', 'data-suppressed': 'true' }, h('span', { 'aria-hidden': 'true' }, t('insight.suppressed')), h('span', { className: 'sk-visually-hidden' }, label));
  return {
    count: (value: number | null): MarkupNode => (value === null ? suppressed : formatInteger(locale, value)),
    amount: (cents: number | null): MarkupNode => (cents === null ? suppressed : formatCents(locale, cents)),
    share: (value: number | null, empty = false): MarkupNode => (value === null ? (empty ? '—' : suppressed) : formatPercent(locale, value)),
  };
}

export type MarkupFigures = ReturnType<typeof useMarkupFigures>;

export function Count({ value }: { value: number | null }) {
  return <>{useFigures().count(value)}</>;
}

export function Amount({ cents }: { cents: number | null }) {
  return <>{useFigures().amount(cents)}</>;
}

export function Share({ value, empty = false }: { value: number | null; empty?: boolean }) {
  return <>{useFigures().share(value, empty)}</>;
}


export function Suppressed() {
  const { t } = useTranslation();
  return (
    <abbr title={t('insight.suppressed.label')} className="sk-in-suppressed" data-suppressed="true">
      <span aria-hidden="true">{t('insight.suppressed')}</span>
      <span className="sk-visually-hidden">{t('insight.suppressed.label')}</span>
    </abbr>
  );
}

export function SuppressionNote({ showSmall }: { showSmall: boolean }) {
  const { t } = useTranslation();
  return <p className="utrecht-paragraph sk-muted sk-in-note">{t(showSmall ? 'insight.suppressed.adminNote' : 'insight.suppressed.note')}</p>;
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <FormNotice className="sk-in-notice">
      <p className="utrecht-paragraph">{children}</p>
    </FormNotice>
  );
}

