import { describe, expect, it } from 'vitest';
import {
  assessCeiling,
  assessIndicationRoom,
  assessOffer,
  ceilingForYear,
  contractEndsBefore,
  contractIsValidOn,
  fitsInRoom,
  nationalCoverage,
  takesNoNewClientsViaMunicipality,
} from '../../app/domain/ceiling';

const ceiling = (committedCents: number, ceilingCents = 100_000_00) => ({ year: 2026, ceilingCents, committedCents });

describe('budget ceiling status', () => {
  it('has room below 80 %, is nearly reached from exactly 80 % and reached from exactly 100 %', () => {
    expect(assessCeiling(ceiling(79_999_99)).status).toBe('room');
    expect(assessCeiling(ceiling(80_000_00)).status).toBe('nearly_reached');
    expect(assessCeiling(ceiling(99_999_99)).status).toBe('nearly_reached');
    expect(assessCeiling(ceiling(100_000_00)).status).toBe('reached');
    expect(assessCeiling(ceiling(120_000_00)).status).toBe('reached');
  });

  it('reports utilisation and remaining room, never negative', () => {
    expect(assessCeiling(ceiling(25_000_00))).toEqual({ status: 'room', utilisation: 0.25, remainingCents: 75_000_00 });
    expect(assessCeiling(ceiling(120_000_00)).remainingCents).toBe(0);
  });

  it('knows no status without a ceiling, and treats a zero ceiling as reached', () => {
    expect(assessCeiling(undefined)).toEqual({ status: 'none', utilisation: null, remainingCents: null });
    expect(assessCeiling(ceiling(0, 0)).status).toBe('reached');
  });

  it('follows configured thresholds', () => {
    expect(assessCeiling(ceiling(85_000_00), { nearlyReachedPercent: 90, reachedPercent: 95 }).status).toBe('room');
    expect(assessCeiling(ceiling(95_000_00), { nearlyReachedPercent: 90, reachedPercent: 95 }).status).toBe('reached');
  });

  it('picks the ceiling of the contract year', () => {
    const ceilings = [{ year: 2025, ceilingCents: 1, committedCents: 1 }, ceiling(10)];
    expect(ceilingForYear(ceilings, new Date('2026-03-01T00:00:00Z'))?.year).toBe(2026);
    expect(ceilingForYear(ceilings, new Date('2027-01-01T00:00:00Z'))).toBeUndefined();
  });

  it('decides whether an indication fits in the room', () => {
    const a = assessCeiling(ceiling(90_000_00));
    expect(fitsInRoom(a, 10_000_00)).toBe(true);
    expect(fitsInRoom(a, 10_000_01)).toBe(false);
    expect(fitsInRoom(assessCeiling(undefined), 1_000_000_00)).toBe(true);
    expect(fitsInRoom(assessCeiling(ceiling(100_000_00)), 0)).toBe(false);
  });

  it('tells a citizen only the consequence of a reached ceiling', () => {
    expect(takesNoNewClientsViaMunicipality(assessCeiling(ceiling(100_000_00)))).toBe(true);
    expect(takesNoNewClientsViaMunicipality(assessCeiling(ceiling(99_000_00)))).toBe(false);
  });
});

describe('national procurement', () => {
  const procurements = [
    { categoryCode: '55', productCode: null, organizationId: 'n1', organizationName: 'Landelijk A', validFrom: '2025-01-01', validTo: null },
    { categoryCode: '43', productCode: '43A01', organizationId: 'n2', organizationName: 'Landelijk B', validFrom: '2025-01-01', validTo: '2025-12-31' },
    { categoryCode: '43', productCode: '43A02', organizationId: 'n3', organizationName: 'Landelijk C', validFrom: '2026-01-01', validTo: null },
  ];
  const on = new Date('2026-06-01T00:00:00Z');

  it('matches the whole category when the national entry names no product', () => {
    expect(nationalCoverage({ categoryCode: '55', productCode: '55X' }, procurements, on).map((p) => p.organizationId)).toEqual(['n1']);
  });

  it('matches the product code and respects the validity period', () => {
    expect(nationalCoverage({ categoryCode: '43', productCode: '43A01' }, procurements, on)).toEqual([]);
    expect(nationalCoverage({ categoryCode: '43', productCode: '43A02' }, procurements, on).map((p) => p.organizationId)).toEqual(['n3']);
    expect(nationalCoverage({ categoryCode: '02', productCode: '02A05' }, procurements, on)).toEqual([]);
  });
});

describe('contracts', () => {
  it('is valid from its first to its last day, not after it expired, never when archived', () => {
    const contract = { validFrom: '2026-01-01', validTo: '2026-12-31' };
    expect(contractIsValidOn(contract, '2025-12-31')).toBe(false);
    expect(contractIsValidOn(contract, '2026-01-01')).toBe(true);
    expect(contractIsValidOn(contract, '2026-12-31')).toBe(true);
    expect(contractIsValidOn(contract, '2027-01-01')).toBe(false);
    expect(contractIsValidOn({ validFrom: '2025-01-01', validTo: null }, '2030-06-01')).toBe(true);
    expect(contractIsValidOn({ ...contract, archived: true }, '2026-06-01')).toBe(false);
  });

  it('knows when a contract ends before the indication does', () => {
    expect(contractEndsBefore({ validFrom: '2025-01-01', validTo: '2026-12-31' }, '2027-02-01')).toBe(true);
    expect(contractEndsBefore({ validFrom: '2025-01-01', validTo: '2026-12-31' }, '2026-12-31')).toBe(false);
    expect(contractEndsBefore({ validFrom: '2025-01-01', validTo: null }, '2099-01-01')).toBe(false);
  });
});

describe('an indication against the ceilings of its contract years', () => {
  const ceilings = [
    { year: 2026, ceilingCents: 100_000_00, committedCents: 95_000_00 },
    { year: 2027, ceilingCents: 100_000_00, committedCents: 0 },
  ];

  it("fits when every year's part fits in that year's room", () => {
    const room = assessIndicationRoom(ceilings, [
      { year: 2026, costCents: 5_000_00 },
      { year: 2027, costCents: 50_000_00 },
    ]);
    expect(room.fits).toBe(true);
    expect(room.start.status).toBe('nearly_reached');
    expect(room.years.map((y) => y.fits)).toEqual([true, true]);
  });

  it('does not fit when one cent too much falls in a year', () => {
    const room = assessIndicationRoom(ceilings, [
      { year: 2026, costCents: 5_000_01 },
      { year: 2027, costCents: 1 },
    ]);
    expect(room.fits).toBe(false);
    expect(room.years.map((y) => y.fits)).toEqual([false, true]);
  });

  it('lets a year without a ceiling (not set yet) pass, and a reached year block even a zero cost', () => {
    expect(assessIndicationRoom(ceilings, [{ year: 2028, costCents: 1_000_000_00 }]).fits).toBe(true);
    const full = [{ year: 2026, ceilingCents: 10_00, committedCents: 10_00 }];
    expect(assessIndicationRoom(full, [{ year: 2026, costCents: 0 }]).fits).toBe(false);
  });

  it('uses the configured thresholds', () => {
    const room = assessIndicationRoom(ceilings, [{ year: 2026, costCents: 1 }], { nearlyReachedPercent: 96, reachedPercent: 99 });
    expect(room.start.status).toBe('room');
  });
});

describe('one offer: ceiling, room and national procurement together', () => {
  const procurements = [
    { categoryCode: '15', productCode: '15A01', organizationId: 'n1', organizationName: 'Landelijk Wonen', validFrom: '2025-01-01', validTo: null },
  ];
  const ceilings = [
    { year: 2025, ceilingCents: 100_00, committedCents: 100_00 },
    { year: 2026, ceilingCents: 100_00, committedCents: 80_00 },
  ];

  it('assesses the ceiling of the contract year of the date, the fit and the national coverage', () => {
    const offer = assessOffer({ ceilings, product: { categoryCode: '15', productCode: '15A01' }, procurements, onDate: new Date('2026-02-01T00:00:00Z'), costCents: 20_00 });
    expect(offer.ceiling).toMatchObject({ status: 'nearly_reached', remainingCents: 20_00 });
    expect(offer.fits).toBe(true);
    expect(offer.national.map((n) => n.organizationName)).toEqual(['Landelijk Wonen']);
  });

  it('reads last year as reached and says nothing about a fit without a cost', () => {
    const offer = assessOffer({ ceilings, product: { categoryCode: '15', productCode: '15A02' }, procurements, onDate: new Date('2025-12-31T12:00:00Z') });
    expect(offer.ceiling.status).toBe('reached');
    expect(offer.fits).toBeNull();
    expect(offer.national).toEqual([]);
  });
});
