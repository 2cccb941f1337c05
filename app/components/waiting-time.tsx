import { formatDate } from '../domain/format';
import { useTranslation } from './use-translation';

export function WaitingTime({ weeks, reportedOn }: { weeks: number | null; reportedOn?: string | null }) {
  const { t, plural, locale } = useTranslation();
  if (weeks === null) return <span>{t('waiting.unknown')}</span>;
  return (
    <span>
      {plural('waiting.weeks', weeks)}
      {reportedOn ? <> ({t('waiting.reportedOn', { date: formatDate(locale, reportedOn) })})</> : null}
    </span>
  );
}
