import { describe, expect, it } from 'vitest';
import { toIndication } from '../../app/domain/compare-schema';
import { message as encodeMessage, parseMessage as decodeMessage } from '../../app/domain/validation-message';
import { tariffBand } from '../../app/domain/compare';
import { generalFacilityWords, topicRank, topicsForCategory } from '../../app/domain/general-facilities';
import { personalContributionFor } from '../../app/domain/personal-contribution';
import { containsAmount, containsPersonalNumber, defaultShortlistTitle } from '../../app/domain/shortlist';

describe('tariff bands within a product', () => {
  const tariffs = [5000, 5200, 5400, 5600, 5800, 6000];

  it('puts the lower, middle and upper third in their band', () => {
    expect(tariffs.map((c) => tariffBand(c, tariffs))).toEqual(['laag', 'laag', 'midden', 'midden', 'hoog', 'hoog']);
  });

  it('gives equal tariffs the same band and has no opinion with fewer than three', () => {
    expect(tariffBand(5000, [5000, 5000, 5000, 9000])).toBe('laag');
    expect(tariffBand(9000, [5000, 5000, 5000, 9000])).toBe('hoog');
    expect(tariffBand(1, [1, 2])).toBe('midden');
  });
});

describe('the Wmo personal contribution', () => {
  it('is the subscription rate for Wmo maatwerk, nothing for wheelchairs, income-dependent for sheltered housing', () => {
    expect(personalContributionFor({ kind: 'contracted', law: 'wmo', categoryCode: '02' })).toBe('subscription');
    expect(personalContributionFor({ kind: 'contracted', law: 'wmo', categoryCode: '11' })).toBe('none-wheelchair');
    for (const code of ['15', '16', '17', '18']) expect(personalContributionFor({ kind: 'contracted', law: 'wmo', categoryCode: code })).toBe('income-dependent');
  });

  it('does not apply to free facilities, youth care or national care', () => {
    expect(personalContributionFor({ kind: 'general', law: 'wmo', categoryCode: null })).toBeNull();
    expect(personalContributionFor({ kind: 'contracted', law: 'jeugdwet', categoryCode: '45' })).toBeNull();
    expect(personalContributionFor({ kind: 'national', law: 'wmo', categoryCode: '15' })).toBeNull();
  });
});

describe('what a shortlist may say to a resident', () => {
  it('finds euro amounts in a note', () => {
    for (const text of ['€ 60 per uur', 'kost 60 euro', 'EUR 60,00', "twee euro's"]) expect(containsAmount(text), text).toBe(true);
    for (const text of ['Dichtbij huis, bus 12', 'om 10.30 uur', 'Europa-plein 3']) expect(containsAmount(text), text).toBe(false);
  });

  it('finds a BSN-like number but not a date or a phone number', () => {
    for (const text of ['123456782', 'Mevr. 123.456.782', 'bsn 123 45 6782']) expect(containsPersonalNumber(text), text).toBe(true);
    for (const text of ['Keuzelijst 23-11-2026', '030-1234567', '06-12345678', 'Mevrouw J.']) expect(containsPersonalNumber(text), text).toBe(false);
  });

  it('names a new list after the day', () => {
    expect(defaultShortlistTitle('2026-11-23')).toBe('Keuzelijst 23-11-2026');
    expect(containsPersonalNumber(defaultShortlistTitle('2026-11-23'))).toBe(false);
  });
});

describe('free general facilities for a need', () => {
  it('knows topics for every category and puts the best fitting first', () => {
    expect(topicsForCategory('02')[0]).toBe('maatje');
    expect(topicsForCategory('99')).toEqual([]);
    expect(topicRank('02', 'Maatjesproject tegen eenzaamheid')).toBe(0);
    expect(topicRank('02', 'Buurthuis De Wending')).toBe(1);
    expect(topicRank('02', 'Repair café')).toBeNull();
  });

  it('adds search synonyms to the words, without duplicates or tiny words', () => {
    const words = generalFacilityWords('07', ['Dagactiviteiten', 'buurthuis', 'of']);
    expect(words).toContain('dagactiviteiten');
    expect(words.filter((w) => w === 'buurthuis')).toHaveLength(1);
    expect(words).not.toContain('of');
  });
});

describe('the comparison form', () => {
  it('carries message parameters through one string', () => {
    const message = encodeMessage('compare.error.tooMuch.week', { max: 168, unit: '04' });
    expect(decodeMessage(message)).toEqual({ key: 'compare.error.tooMuch.week', params: { max: 168, unit: '04' } });
    expect(decodeMessage('compare.error.date')).toEqual({ key: 'compare.error.date', params: undefined });
    expect(decodeMessage('x|{not json')).toEqual({ key: 'x|{not json', params: undefined });
  });

  it('turns the Dutch URL words into an indication; an end date wins over the duration', () => {
    const base = { aantal: 2, eenheid: '16' as const, per: 'week' as const, duur: 12, duureenheid: 'maanden' as const, start: undefined, einde: undefined };
    expect(toIndication(base, '2026-01-05')).toEqual({
      volume: 2,
      unit: '16',
      frequency: 'week',
      start: '2026-01-05',
      duration: { count: 12, unit: 'months' },
      end: null,
    });
    expect(toIndication({ ...base, per: 'totaal', duur: undefined, einde: '2026-02-01' }, '2026-01-05')).toMatchObject({ frequency: 'total', duration: null, end: '2026-02-01' });
  });
});

describe('what a resident pays for a shortlist item', () => {
  it('follows the law: Wmo subscription (with its exceptions), none for youth care and the Participatiewet, free facilities free', async () => {
    const { residentCostFor } = await import('../../app/domain/personal-contribution');
    expect(residentCostFor({ kind: 'contracted', law: 'wmo', categoryCode: '02' })).toBe('subscription');
    expect(residentCostFor({ kind: 'national', law: 'wmo', categoryCode: '07' })).toBe('subscription');
    expect(residentCostFor({ kind: 'contracted', law: 'wmo', categoryCode: '11' })).toBe('none-wheelchair');
    expect(residentCostFor({ kind: 'contracted', law: 'wmo', categoryCode: '15' })).toBe('income-dependent');
    expect(residentCostFor({ kind: 'contracted', law: 'jeugdwet', categoryCode: '45' })).toBe('none-youth');
    expect(residentCostFor({ kind: 'national', law: 'jeugdwet', categoryCode: '55' })).toBe('none-youth');
    expect(residentCostFor({ kind: 'contracted', law: 'participatiewet', categoryCode: null })).toBe('none-participation');
    expect(residentCostFor({ kind: 'general', law: 'wmo', categoryCode: null })).toBe('free');
    expect(residentCostFor({ kind: 'general', law: 'none', categoryCode: null })).toBe('free');
    expect(residentCostFor({ kind: 'contracted', law: 'none', categoryCode: null })).toBe('ask');
    expect(residentCostFor(null)).toBe('ask');
  });
});
