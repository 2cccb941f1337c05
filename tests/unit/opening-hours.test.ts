import { describe, expect, it } from 'vitest';
import { crossesMidnight, groupByWeekday, isAllDay, isOpenAt, localWeekTime } from '../../app/domain/opening-hours';

// 2026-11-20 is a Friday. Amsterdam is UTC+1 in November.
const at = (isoLocal: string) => new Date(`${isoLocal}+01:00`);

describe('opening hours', () => {
  const office = [
    { weekday: 1, opensAt: '09:00', closesAt: '17:00' },
    { weekday: 5, opensAt: '09:00', closesAt: '12:30' },
  ];

  it('knows the local weekday and time in Amsterdam', () => {
    expect(localWeekTime(at('2026-11-20T10:15:00'))).toEqual({ weekday: 5, minutes: 615 });
    expect(localWeekTime(new Date('2026-11-22T23:30:00Z'))).toEqual({ weekday: 1, minutes: 30 });
  });

  it('is open inside a period and closed at its closing minute', () => {
    expect(isOpenAt(office, at('2026-11-20T12:29:00'))).toBe(true);
    expect(isOpenAt(office, at('2026-11-20T12:30:00'))).toBe(false);
    expect(isOpenAt(office, at('2026-11-20T08:59:00'))).toBe(false);
    expect(isOpenAt(office, at('2026-11-19T10:00:00'))).toBe(false);
  });

  it('handles a period that crosses midnight into the next day', () => {
    const nightShelter = [{ weekday: 5, opensAt: '22:00', closesAt: '02:00' }];
    expect(crossesMidnight(nightShelter[0]!)).toBe(true);
    expect(isOpenAt(nightShelter, at('2026-11-20T23:30:00'))).toBe(true);
    expect(isOpenAt(nightShelter, at('2026-11-21T01:59:00'))).toBe(true);
    expect(isOpenAt(nightShelter, at('2026-11-21T02:00:00'))).toBe(false);
    expect(isOpenAt(nightShelter, at('2026-11-20T21:59:00'))).toBe(false);
  });

  it('wraps Sunday night into Monday morning', () => {
    const sundayNight = [{ weekday: 7, opensAt: '20:00', closesAt: '04:00' }];
    expect(isOpenAt(sundayNight, at('2026-11-23T03:00:00'))).toBe(true);
    expect(isOpenAt(sundayNight, at('2026-11-23T05:00:00'))).toBe(false);
  });

  it('treats 00:00–24:00 as open all day', () => {
    const crisis = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt: '00:00', closesAt: '24:00' }));
    expect(isAllDay(crisis[0]!)).toBe(true);
    expect(crossesMidnight(crisis[0]!)).toBe(false);
    for (const time of ['2026-11-22T00:00:00', '2026-11-22T12:00:00', '2026-11-22T23:59:00', '2026-11-23T00:00:00']) {
      expect(isOpenAt(crisis, at(time))).toBe(true);
    }
  });

  it('groups periods per weekday in order', () => {
    const grouped = groupByWeekday([
      { weekday: 3, opensAt: '13:00', closesAt: '17:00' },
      { weekday: 1, opensAt: '09:00', closesAt: '12:00' },
      { weekday: 3, opensAt: '09:00', closesAt: '12:00' },
    ]);
    expect([...grouped.keys()]).toEqual([1, 3]);
    expect(grouped.get(3)!.map((p) => p.opensAt)).toEqual(['09:00', '13:00']);
  });
});
