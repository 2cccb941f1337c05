/** The weekly opening hours of a location or service as a grid of "HH:MM" fields (catalogue maintenance). */
import type { MessageKey } from '../i18n';
import { HOURS_SLOTS_PER_DAY } from '../domain/catalogue-forms';
import { useMessageText } from './form-message';
import { cx } from './typography';
import { useTranslation } from './use-translation';

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
