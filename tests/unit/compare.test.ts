import { describe, expect, it } from 'vitest';
import { assessCeiling } from '../../app/domain/ceiling';
import {
  annotateComparison,
  comparisonSortKeys,
  defaultDirection,
  distanceKm,
  isAvailable,
  postcodeDigits,
  sortComparison,
  type ComparisonFacts,
} from '../../app/domain/compare';

function facts(key: string, overrides: Partial<ComparisonFacts> = {}): ComparisonFacts {
  return {
    key,
    organizationId: `org-${key}`,
    organizationName: `Aanbieder ${key.toUpperCase()}`,
    organizationSlug: `aanbieder-${key}`,
    serviceId: `srv-${key}`,
    serviceName: 'Begeleiding',
    serviceStatus: 'active',
    productCode: '02A05',
    productNameNl: 'Begeleiding individueel',
    productNameEn: 'Individual support',
    tariffCents: 6000,
    unit: '04',
    contractValidTo: null,
    contractEndsEarly: false,
    costCents: 78 * 6000,
    ceiling: assessCeiling({ year: 2026, ceilingCents: 1_000_000_00, committedCents: 100_000_00 }),
    years: [],
    fits: true,
    citizenMark: 7.5,
    citizenCount: 10,
    citizenProvisional: false,
    staffMark: 7,
    staffCount: 3,
    waitingWeeks: 2,
    acceptingNewClients: true,
    districts: ['Centrum'],
    distanceKm: null,
    ...overrides,
  };
}

const reached = assessCeiling({ year: 2026, ceilingCents: 100_00, committedCents: 100_00 });

describe('the comparison', () => {
  it('gives each row its difference with the cheapest in euros and percent', () => {
    const rows = annotateComparison([
      facts('a', { costCents: 400_00 }),
      facts('b', { costCents: 500_00 }),
      facts('c', { costCents: null, unit: '16' }),
    ]);
    expect(rows.map((r) => [r.key, r.differenceCents, r.differenceFraction, r.cheapest])).toEqual([
      ['a', 0, 0, true],
      ['b', 100_00, 0.25, false],
      ['c', null, null, false],
    ]);
  });

  it('marks the cheapest provider with room that takes new clients, not simply the cheapest', () => {
    const rows = annotateComparison([
      facts('full', { costCents: 300_00, ceiling: reached, fits: false }),
      facts('closed', { costCents: 350_00, acceptingNewClients: false }),
      facts('tight', { costCents: 360_00, fits: false }),
      facts('paused', { costCents: 370_00, serviceStatus: 'temporarily_closed' }),
      facts('ok', { costCents: 400_00 }),
      facts('dear', { costCents: 600_00 }),
    ]);
    expect(rows.find((r) => r.cheapest)?.key).toBe('full');
    expect(rows.filter((r) => r.bestChoice).map((r) => r.key)).toEqual(['ok']);
    expect(rows.filter((r) => r.available).map((r) => r.key)).toEqual(['ok', 'dear']);
  });

  it('marks nobody when nobody can take the client', () => {
    const rows = annotateComparison([facts('a', { ceiling: reached, fits: false }), facts('b', { acceptingNewClients: false })]);
    expect(rows.some((r) => r.bestChoice)).toBe(false);
    expect(rows.every((r) => r.alternatives.length === 0)).toBe(true);
  });

  it('keeps a provider whose ceiling is reached visible, with up to three alternatives of the same product, cheapest first', () => {
    const rows = annotateComparison([
      facts('full', { costCents: 300_00, ceiling: reached, fits: false }),
      facts('x', { costCents: 520_00 }),
      facts('y', { costCents: 410_00 }),
      facts('z', { costCents: 450_00 }),
      facts('w', { costCents: 700_00 }),
      facts('spec', { costCents: 380_00, productCode: '02A06' }),
    ]);
    const full = rows.find((r) => r.key === 'full')!;
    expect(full.available).toBe(false);
    expect(full.alternatives).toEqual(['y', 'z', 'x']);
    expect(rows.find((r) => r.key === 'y')!.alternatives).toEqual([]);
  });

  it('falls back to other products for alternatives when none of the same product has room', () => {
    const rows = annotateComparison([
      facts('full', { ceiling: reached, fits: false }),
      facts('spec', { costCents: 900_00, productCode: '02A06' }),
    ]);
    expect(rows[0]!.alternatives).toEqual(['spec']);
  });

  it('needs a comparable cost to be available', () => {
    expect(isAvailable(facts('a', { costCents: null }))).toBe(false);
    expect(isAvailable(facts('a'))).toBe(true);
  });
});

describe('sorting', () => {
  const rows = annotateComparison([
    facts('a', { costCents: 500_00, tariffCents: 6400, citizenMark: 8.1, waitingWeeks: null, distanceKm: 3.2, organizationName: 'Bloei' }),
    facts('b', { costCents: 400_00, tariffCents: 5100, citizenMark: null, waitingWeeks: 6, distanceKm: 0.8, organizationName: 'Anker' }),
    facts('c', { costCents: 450_00, tariffCents: 5800, citizenMark: 6.4, waitingWeeks: 0, distanceKm: null, organizationName: 'Centraal', ceiling: reached, fits: false }),
  ]);
  const keys = (key: (typeof comparisonSortKeys)[number], dir: 'op' | 'af') => sortComparison(rows, key, dir).map((r) => r.key);

  it('sorts by cost, tariff and difference in both directions', () => {
    expect(keys('kosten', 'op')).toEqual(['b', 'c', 'a']);
    expect(keys('kosten', 'af')).toEqual(['a', 'c', 'b']);
    expect(keys('tarief', 'op')).toEqual(['b', 'c', 'a']);
    expect(keys('verschil', 'af')).toEqual(['a', 'c', 'b']);
  });

  it('keeps unknown values last in both directions', () => {
    expect(keys('cijfer', 'af')).toEqual(['a', 'c', 'b']);
    expect(keys('cijfer', 'op')).toEqual(['c', 'a', 'b']);
    expect(keys('wachttijd', 'op')).toEqual(['c', 'b', 'a']);
    expect(keys('wachttijd', 'af')).toEqual(['b', 'c', 'a']);
    expect(keys('afstand', 'op')).toEqual(['b', 'a', 'c']);
  });

  it('sorts by name, ceiling status and room', () => {
    expect(keys('aanbieder', 'op')).toEqual(['b', 'a', 'c']);
    expect(keys('plafond', 'af')[0]).toBe('c');
    expect(keys('ruimte', 'af').at(-1)).toBe('c');
  });

  it('has a sensible first direction for every column', () => {
    expect(defaultDirection('kosten')).toBe('op');
    expect(defaultDirection('cijfer')).toBe('af');
    for (const key of comparisonSortKeys) expect(['op', 'af']).toContain(defaultDirection(key));
  });
});

describe('distance and postcodes', () => {
  it('measures kilometres between two points', () => {
    // Utrecht Dom tower to Amsterdam Dam square: about 35 km
    expect(distanceKm({ latitude: 52.0907, longitude: 5.1214 }, { latitude: 52.3731, longitude: 4.8926 })).toBeCloseTo(35, 0);
    expect(distanceKm({ latitude: 52, longitude: 5 }, { latitude: 52, longitude: 5 })).toBe(0);
  });

  it('reads the four digits of a Dutch postcode', () => {
    expect(postcodeDigits('3511 AB')).toBe('3511');
    expect(postcodeDigits(' 3511ab ')).toBe('3511');
    expect(postcodeDigits('3511')).toBe('3511');
    expect(postcodeDigits('0511 AB')).toBeNull();
    expect(postcodeDigits('35111')).toBeNull();
    expect(postcodeDigits('Utrecht')).toBeNull();
  });
});
