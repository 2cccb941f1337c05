import { crossesMidnight, groupByWeekday, isAllDay, type OpeningPeriod } from '../domain/opening-hours';
import type { MessageKey } from '../i18n';
import { useTranslation } from './use-translation';

/** Opening hours per weekday, as a description list; periods past midnight say so. */
export function OpeningHours({ periods }: { periods: readonly OpeningPeriod[] }) {
  const { t } = useTranslation();
  if (periods.length === 0) return <p className="utrecht-paragraph">{t('location.noHours')}</p>;
  const days = groupByWeekday(periods);
  return (
    <dl className="sk-hours">
      {[...days.entries()].map(([weekday, list]) => (
        <div key={weekday} className="sk-hours__day">
          <dt>{t(`weekday.${weekday}` as MessageKey)}</dt>
          <dd>
            {list
              .map((p) =>
                isAllDay(p)
                  ? t('location.openAllDay')
                  : t(crossesMidnight(p) ? 'location.untilNextDay' : 'location.range', { opens: p.opensAt, closes: p.closesAt }),
              )
              .join(', ')}
          </dd>
        </div>
      ))}
    </dl>
  );
}
