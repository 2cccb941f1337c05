import { createElement, type ReactElement } from 'react';
import type { ReviewSummary } from '../domain/reviews';
import { formatMark } from '../domain/format';
import { useTranslation } from './use-translation';

type Summary = Pick<ReviewSummary, 'average' | 'count' | 'provisional'>;
type Translator = Pick<ReturnType<typeof useTranslation>, 't' | 'plural' | 'locale'>;

/**
 * Makes one element of the mark's markup. React's `createElement` in `MarkSummary`; the search
 * cards' string writer (./search-result-card.tsx) and the staff pages' markup trees (./markup.tsx
 * `h`, ./compare-free-facilities.tsx) write the same elements their own way (ADR 023, 026).
 */
export type MarkElementFactory<N> = (type: 'span' | 'data', props: { className: string } | { value: string }, ...children: (N | string | null)[]) => N;

/**
 * The mark's markup, written once for all three writers. Whole strings only: React marks every
 * boundary between two neighbouring text nodes with a comment, and the writers would then differ.
 */
export function markSummaryMarkup<N>(summary: Summary, { t, plural, locale }: Translator, element: MarkElementFactory<N>): N {
  if (summary.average === null) return element('span', { className: 'sk-mark sk-mark--none' }, t('mark.none'));
  return element(
    'span',
    { className: 'sk-mark' },
    element(
      'span',
      { className: 'sk-mark__value' },
      element('data', { value: summary.average.toFixed(1) }, formatMark(locale, summary.average)),
      element('span', { className: 'sk-visually-hidden' }, ` ${t('mark.outOf')}`),
    ),
    ' ',
    element('span', { className: 'sk-mark__count' }, `(${plural('mark.reviews', summary.count)})`),
    summary.provisional ? element('span', { className: 'sk-mark__provisional' }, ` · ${t('mark.provisional')}`) : null,
  );
}

const reactElement: MarkElementFactory<ReactElement> = (type, props, ...children) => createElement(type as string, props as Record<string, string>, ...children);

/** The average mark with the number of experiences; "provisional" below 5 counted reviews. */
export function MarkSummary({ summary }: { summary: Summary }) {
  return markSummaryMarkup(summary, useTranslation(), reactElement);
}
