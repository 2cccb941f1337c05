import { formatDate } from '../domain/format';
import { useTranslation } from './use-translation';

export function WaitingTime({ weeks, reportedOn }: { weeks: number | null; reportedOn?: string | null }) {
  const { t, plural, locale } = useTranslation();
  if (weeks === null) return <span>{t('waiting.unknown')}</span>;
  // One text node (one sentence): separate JSX pieces would be split by `<!-- -->` in the HTML.
  const text = plural('waiting.weeks', weeks);
  return <span>{reportedOn ? `${text} (${t('waiting.reportedOn', { date: formatDate(locale, reportedOn) })})` : text}</span>;
}
