/**
 * The moderation queue's triage: a GET form of filters with a count per choice and the sort
 * order (works without JavaScript, every choice in the address), and a review's text with the
 * flagged fragments marked.
 */
import { Form } from '@remix-run/react';
import { reviewFlagKinds, type ReviewFlag } from '../domain/review-flags';
import { highlightFlags, queueSorts, type QueueCounts, type QueueQuery } from '../domain/moderation-queue';
import type { MessageKey } from '../i18n';
import { Button } from './form';
import { Link } from './typography';
import { useTranslation } from './use-translation';

export function QueueFilters({ query, counts, shown }: { query: QueueQuery; counts: QueueCounts; shown: number }) {
  const { t, plural } = useTranslation();
  const filtered = Boolean((query.signaal && query.signaal !== 'alle') || query.aanbieder || query.geverifieerd || query.gemeld);
  const withCount = (label: string, count: number) => `${label} (${count})`;
  return (
    <Form method="get" action="/beheer/moderatie" className="sk-rv-triage" aria-labelledby="triage-titel">
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend" id="triage-titel">
          {t('moderation.filters.title')}
        </legend>
        <div className="sk-rv-triage__fields">
          <label className="sk-rv-triage__field">
            <span className="utrecht-form-label">{t('moderation.filter.signal')}</span>
            <select name="signaal" defaultValue={query.signaal ?? 'alle'} className="utrecht-select utrecht-select--html-select">
              <option value="alle">{t('moderation.filter.all')}</option>
              {reviewFlagKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {withCount(t(kind === 'nearDuplicate' ? 'moderation.flag.nearDuplicate' : (`reviews.moderation.flag.${kind}` as MessageKey)), counts.signaal[kind] ?? 0)}
                </option>
              ))}
              <option value="geen">{withCount(t('moderation.filter.noSignal'), counts.signaal.geen ?? 0)}</option>
            </select>
          </label>
          <label className="sk-rv-triage__field">
            <span className="utrecht-form-label">{t('moderation.filter.provider')}</span>
            <select name="aanbieder" defaultValue={query.aanbieder ?? ''} className="utrecht-select utrecht-select--html-select">
              <option value="">{t('moderation.filter.all')}</option>
              {counts.aanbieder.map((p) => (
                <option key={p.id} value={p.id}>
                  {withCount(p.name, p.count)}
                </option>
              ))}
            </select>
          </label>
          <label className="sk-rv-triage__field">
            <span className="utrecht-form-label">{t('moderation.filter.verified')}</span>
            <select name="geverifieerd" defaultValue={query.geverifieerd ?? ''} className="utrecht-select utrecht-select--html-select">
              <option value="">{t('moderation.filter.all')}</option>
              <option value="ja">{withCount(t('moderation.filter.verified.yes'), counts.geverifieerd.ja)}</option>
              <option value="nee">{withCount(t('moderation.filter.verified.no'), counts.geverifieerd.nee)}</option>
            </select>
          </label>
          <label className="sk-rv-triage__field">
            <span className="utrecht-form-label">{t('moderation.filter.reported')}</span>
            <select name="gemeld" defaultValue={query.gemeld ?? ''} className="utrecht-select utrecht-select--html-select">
              <option value="">{t('moderation.filter.all')}</option>
              <option value="ja">{withCount(t('moderation.filter.reported.yes'), counts.gemeld.ja)}</option>
              <option value="nee">{withCount(t('moderation.filter.reported.no'), counts.gemeld.nee)}</option>
            </select>
          </label>
          <label className="sk-rv-triage__field">
            <span className="utrecht-form-label">{t('moderation.sort')}</span>
            <select name="sortering" defaultValue={query.sortering} className="utrecht-select utrecht-select--html-select">
              {queueSorts.map((sort) => (
                <option key={sort} value={sort}>
                  {t(`moderation.sort.${sort}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <Button type="submit" appearance="secondary">
          {t('moderation.filters.apply')}
        </Button>
      </fieldset>
      <p className="utrecht-paragraph" role="status" data-testid="queue-shown">
        {filtered ? plural('moderation.filters.shown', shown) : null}{' '}
        {filtered ? <Link to="/beheer/moderatie">{t('moderation.filters.clear')}</Link> : null}
      </p>
    </Form>
  );
}

/** A review's text with each flagged fragment in a <mark>, its signal named for screen readers too. */
export function HighlightedText({ text, flags, className }: { text: string; flags: readonly ReviewFlag[]; className?: string }) {
  const { t } = useTranslation();
  return (
    <p className={`utrecht-paragraph ${className ?? ''}`}>
      {highlightFlags(text, flags).map((segment, i) =>
        segment.flag ? (
          <mark key={i} className="sk-rv-mark" data-flag={segment.flag}>
            {segment.text}
            <span className="sk-visually-hidden"> ({t(`reviews.moderation.flag.${segment.flag}` as MessageKey)})</span>
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </p>
  );
}
