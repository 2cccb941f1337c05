/**
 * formatDate and formatMonth remember what they formatted (app/domain/format.ts): the remembered
 * text must stay per language, per kind (a day is not a month) and per value, also once the memory
 * has been emptied for being full.
 */
import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth } from '../../app/domain/format';

describe('remembered date formatting', () => {
  it('keeps languages, days and months apart and gives the same text the second time', () => {
    expect(formatDate('nl', '2026-11-03')).toBe('3 november 2026');
    expect(formatDate('en', '2026-11-03')).toBe('3 November 2026');
    expect(formatDate('nl', '2026-11-03T23:30:00Z')).toBe('3 november 2026');
    expect(formatDate('nl', '2026-11-03')).toBe('3 november 2026');
    expect(formatMonth('nl', '2026-11')).toBe('november 2026');
    expect(formatMonth('en', '2026-11')).toBe('November 2026');
    expect(formatDate('en', '2026-11-04')).toBe('4 November 2026');
    // A Date is formatted as it is (in Amsterdam), not remembered by its day.
    expect(formatDate('nl', new Date('2026-11-03T23:30:00Z'))).toBe('4 november 2026');
  });

  it('stays right after the memory is emptied for being full', () => {
    const start = Date.UTC(2020, 0, 1);
    for (let i = 0; i < 2100; i++) {
      const day = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
      expect(formatDate('en', day)).toBe(new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`)));
    }
    expect(formatDate('nl', '2026-11-03')).toBe('3 november 2026');
    expect(formatMonth('nl', '2026-02')).toBe('februari 2026');
  });
});
