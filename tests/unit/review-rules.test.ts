import { describe, expect, it } from 'vitest';
import {
  allowedExperienceMonths,
  countsTowardsAverage,
  decodeReason,
  encodeReason,
  experienceMonthProblem,
  formatInvitationCode,
  histogram,
  invitationExpiry,
  looksLikeInvitationCode,
  monthOf,
  monthsBetween,
  normalizeInvitationCode,
  oneReviewWindowStart,
  summarize,
} from '../../app/domain/reviews';

const now = new Date('2026-11-23T12:00:00Z');

describe('the month of an experience', () => {
  it('may be this month or up to 36 months ago, not later and not earlier', () => {
    expect(experienceMonthProblem('2026-11', now)).toBeNull();
    expect(experienceMonthProblem('2023-11', now)).toBeNull();
    expect(experienceMonthProblem('2023-10', now)).toBe('tooOld');
    expect(experienceMonthProblem('2026-12', now)).toBe('future');
    expect(experienceMonthProblem('2027-01', now)).toBe('future');
  });

  it('must look like YYYY-MM with a real month', () => {
    for (const bad of ['2026-13', '2026-00', '2026-1', '26-11', '2026/11', '', '2026-11-01', ' 2026-11']) {
      expect(experienceMonthProblem(bad, now), bad).toBe('format');
    }
  });

  it('is counted in the Dutch calendar: 31 January 23:30 UTC is already February in Amsterdam', () => {
    expect(monthOf(new Date('2026-01-31T23:30:00Z'))).toBe('2026-02');
    expect(experienceMonthProblem('2026-02', new Date('2026-01-31T23:30:00Z'))).toBeNull();
    expect(monthsBetween('2023-11', '2026-11')).toBe(36);
  });

  it('offers exactly the allowed months, newest first', () => {
    const months = allowedExperienceMonths(now);
    expect(months).toHaveLength(37);
    expect(months[0]).toBe('2026-11');
    expect(months[1]).toBe('2026-10');
    expect(months[11]).toBe('2025-12');
    expect(months.at(-1)).toBe('2023-11');
    for (const month of months) expect(experienceMonthProblem(month, now)).toBeNull();
  });
});

describe('windows', () => {
  it('blocks a second review for 12 months', () => {
    expect(oneReviewWindowStart(now)).toBe(Date.parse('2025-11-23T12:00:00Z') / 1000);
  });

  it('counts reviews of the last 4 years towards averages', () => {
    expect(countsTowardsAverage(Date.parse('2022-11-23T12:00:00Z') / 1000, now)).toBe(true);
    expect(countsTowardsAverage(Date.parse('2022-11-23T11:59:59Z') / 1000, now)).toBe(false);
  });

  it('keeps an invitation valid for 90 days', () => {
    expect(invitationExpiry(now).toISOString()).toBe('2027-02-21T12:00:00.000Z');
  });
});

describe('invitation codes', () => {
  it('accept what a resident types: lower case, spaces and dashes', () => {
    expect(normalizeInvitationCode(' abcd-efgh ')).toBe('ABCDEFGH');
    expect(normalizeInvitationCode('ab cd.ef_gh')).toBe('ABCDEFGH');
    expect(looksLikeInvitationCode('ABCDEFGH')).toBe(true);
    expect(formatInvitationCode('ABCDEFGH')).toBe('ABCD-EFGH');
  });

  it('refuse characters that are easily misread and wrong lengths', () => {
    expect(looksLikeInvitationCode('ABCDEFG0')).toBe(false);
    expect(looksLikeInvitationCode('ABCDEFGI')).toBe(false);
    expect(looksLikeInvitationCode('ABCDEFG')).toBe(false);
    expect(looksLikeInvitationCode('ABCDEFGHJ')).toBe(false);
  });
});

describe('statements of reasons', () => {
  it('keep the rule and the explanation apart, and read older free text as it is', () => {
    expect(decodeReason(encodeReason('personal_data', 'U noemt een telefoonnummer.'))).toEqual({
      rule: 'personal_data',
      text: 'U noemt een telefoonnummer.',
    });
    expect(decodeReason('Bevat de naam van een medewerker.')).toEqual({ rule: null, text: 'Bevat de naam van een medewerker.' });
    expect(decodeReason(encodeReason('other', 'twee\nregels'))).toEqual({ rule: 'other', text: 'twee\nregels' });
    expect(decodeReason(null)).toBeNull();
  });
});

describe('summaries', () => {
  it('make ten buckets from grouped marks and ignore impossible marks', () => {
    expect(
      histogram([
        { mark: 10, count: 3 },
        { mark: 1, count: 1 },
        { mark: 8, count: 5 },
        { mark: 0, count: 9 },
        { mark: 11, count: 9 },
      ]),
    ).toEqual([1, 0, 0, 0, 0, 0, 0, 5, 0, 3]);
  });

  it('round the average to one decimal and mark it provisional below 5', () => {
    expect(summarize(4, 31, 4)).toEqual({ average: 7.8, count: 4, recommendShare: 1, provisional: true });
    expect(summarize(5, 31, 4)).toMatchObject({ average: 6.2, provisional: false, recommendShare: 0.8 });
  });
});
