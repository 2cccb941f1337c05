import { describe, expect, it } from 'vitest';
import { formatCents, formatDate, formatMark, formatMonth } from '../../app/domain/format';
import { averageCutoff, summarize } from '../../app/domain/reviews';
import { safeRedirect } from '../../app/utils/safe-redirect';
import { EnvError, parseEnv } from '../../app/env.server';
import { pageWindow } from '../../app/components/pagination';
import { hashPassword, verifyPassword } from '../../app/lib/password.server';

describe('formatting', () => {
  it('writes marks, money and dates the Dutch way', () => {
    expect(formatMark('nl', 8.14)).toBe('8,1');
    expect(formatMark('en', 8)).toBe('8.0');
    expect(formatCents('nl', 6250).replace(/\u00a0/g, ' ')).toBe('€ 62,50');
    // Remembered per language: the same amount again, and in the other language, as Intl writes it.
    for (const cents of [6250, 6250, 123456, -5, 0.5]) {
      expect(formatCents('en', cents)).toBe(new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(cents / 100));
      expect(formatCents('nl', cents)).toBe(new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100));
    }
    expect(formatDate('nl', '2026-11-03')).toBe('3 november 2026');
    expect(formatMonth('en', '2026-02')).toBe('February 2026');
  });
});

describe('review averages', () => {
  it('are provisional below 5 reviews and empty without reviews', () => {
    expect(summarize(0, 0, 0)).toEqual({ average: null, count: 0, recommendShare: null, provisional: true });
    expect(summarize(4, 32, 3)).toMatchObject({ average: 8, provisional: true, recommendShare: 0.75 });
    expect(summarize(5, 41, 5)).toMatchObject({ average: 8.2, provisional: false });
  });

  it('leave out reviews older than 4 years', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    expect(averageCutoff(now)).toBe(Date.parse('2022-11-23T12:00:00Z') / 1000);
  });
});

describe('safe redirects', () => {
  it('allow same-site paths only', () => {
    expect(safeRedirect('/zoeken?q=a')).toBe('/zoeken?q=a');
    for (const bad of ['//evil.example', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)', '', null, '/a\nb']) {
      expect(safeRedirect(bad, '/')).toBe('/');
    }
  });
});

describe('environment', () => {
  it('applies defaults', () => {
    const env = parseEnv({ SESSION_SECRET: 'x'.repeat(32) });
    expect(env).toMatchObject({ PORT: 3000, DATABASE_PATH: 'data/sociale-kaart.db', MUNICIPALITY_NAME: 'Gemeente Vlietstede' });
  });

  it('refuses a wrong value and names the variable', () => {
    expect(() => parseEnv({ PORT: 'abc', SESSION_SECRET: 'x'.repeat(32) })).toThrow(EnvError);
    expect(() => parseEnv({ PORT: 'abc', SESSION_SECRET: 'x'.repeat(32) })).toThrow(/PORT/);
    expect(() => parseEnv({ SESSION_SECRET: 'short' })).toThrow(/SESSION_SECRET/);
    expect(() => parseEnv({ CEILING_NEARLY_REACHED_PERCENT: '120', SESSION_SECRET: 'x'.repeat(32) })).toThrow(/CEILING_NEARLY_REACHED_PERCENT/);
  });
});

describe('pagination window', () => {
  it('shows at most five pages around the current one', () => {
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(1, 40)).toEqual([1, 2, 3, 4, 5]);
    expect(pageWindow(20, 40)).toEqual([18, 19, 20, 21, 22]);
    expect(pageWindow(40, 40)).toEqual([36, 37, 38, 39, 40]);
  });
});

describe('passwords', () => {
  it('verify only the right password', async () => {
    const hash = await hashPassword('sociale-kaart-demo');
    expect(hash).toMatch(/^scrypt\$/);
    expect(await verifyPassword('sociale-kaart-demo', hash)).toBe(true);
    expect(await verifyPassword('sociale-kaart-dem0', hash)).toBe(false);
    expect(await verifyPassword('x', 'garbage')).toBe(false);
  });
});
