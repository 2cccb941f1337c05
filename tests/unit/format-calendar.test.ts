/**
 * formatDate and formatMonth write calendar days and months without Intl (app/domain/format.ts:
 * the browser then never loads Intl's date data during hydration) and must write exactly what Intl
 * writes, in both languages; what is not a calendar day still goes to Intl.
 */
import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth } from '../../app/domain/format';

const intlDay = (tag: string) => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
const intlMonth = (tag: string) => new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
const languages = [['nl', 'nl-NL'], ['en', 'en-GB']] as const;

describe('calendar formatting', () => {
  it('writes every day from 1999 to 2031 as Intl does, with and without a time after it', () => {
    for (const [locale, tag] of languages) {
      const intl = intlDay(tag);
      for (let time = Date.UTC(1999, 0, 1); time < Date.UTC(2032, 0, 1); time += 86_400_000) {
        const day = new Date(time).toISOString().slice(0, 10);
        const expected = intl.format(new Date(`${day}T12:00:00Z`));
        expect(formatDate(locale, day), `${locale} ${day}`).toBe(expected);
        expect(formatDate(locale, `${day}T23:30:00Z`), `${locale} ${day} with a time`).toBe(expected);
      }
    }
    expect(formatDate('nl', '2026-11-03')).toBe('3 november 2026');
    expect(formatDate('en', '2026-11-03')).toBe('3 November 2026');
  });

  it('writes every month of a century and a leap day as Intl does', () => {
    for (const [locale, tag] of languages) {
      const intl = intlMonth(tag);
      for (let year = 1990; year < 2090; year++) {
        for (let month = 1; month <= 12; month++) {
          const text = `${year}-${String(month).padStart(2, '0')}`;
          expect(formatMonth(locale, text), `${locale} ${text}`).toBe(intl.format(new Date(`${text}-15T12:00:00Z`)));
        }
      }
      expect(formatDate(locale, '2028-02-29')).toBe(intlDay(tag).format(new Date('2028-02-29T12:00:00Z')));
    }
    expect(formatMonth('nl', '2026-02')).toBe('februari 2026');
    expect(formatMonth('en', '2026-11')).toBe('November 2026');
  });

  it('leaves a Date and what is not a calendar day to Intl', () => {
    // A Date is formatted as it is, in Amsterdam.
    expect(formatDate('nl', new Date('2026-11-03T23:30:00Z'))).toBe('4 november 2026');
    // Years before 1000 have no shortcut; Intl writes them as it does.
    expect(formatDate('en', '0999-05-01')).toBe(intlDay('en-GB').format(new Date('0999-05-01T12:00:00Z')));
    // A day that does not exist is not made up: it is what Intl makes of it (or Intl's error).
    const intlOutcome = (day: string) => {
      try {
        return intlDay('nl-NL').format(new Date(`${day}T12:00:00Z`));
      } catch (error) {
        return (error as Error).name;
      }
    };
    const ownOutcome = (day: string) => {
      try {
        return formatDate('nl', day);
      } catch (error) {
        return (error as Error).name;
      }
    };
    for (const day of ['2026-02-30', '2026-13-01', '2026-00-10', '2027-02-29']) expect(ownOutcome(day), day).toBe(intlOutcome(day));
  });
});
