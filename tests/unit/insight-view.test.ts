/** The insight table's cells grouped by district (app/domain/insight-view.ts): every cell once, in order, with its own figures. */
import { describe, expect, it } from 'vitest';
import { cellsByDistrict, type CellLike } from '../../app/domain/insight-view';

const cell = (districtId: string, needCode: string, general: number | null, paid: number | null, generalShare: number | null): CellLike => ({
  districtId,
  districtName: `Wijk ${districtId}`,
  needCode,
  general,
  paid,
  generalShare,
});

describe('cellsByDistrict', () => {
  it('keeps every cell in its place, suppressed figures included, and a district that comes back starts a new group', () => {
    const cells = [cell('a', '01', 3, 4, 0.43), cell('a', 'taal', null, 9, null), cell('b', '01', 0, 0, null), cell('a', '02', 7, null, null)];
    const groups = cellsByDistrict(cells);
    expect(groups).toEqual([
      { districtId: 'a', districtName: 'Wijk a', needCodes: ['01', 'taal'], general: [3, null], paid: [4, 9], generalShare: [0.43, null] },
      { districtId: 'b', districtName: 'Wijk b', needCodes: ['01'], general: [0], paid: [0], generalShare: [null] },
      { districtId: 'a', districtName: 'Wijk a', needCodes: ['02'], general: [7], paid: [null], generalShare: [null] },
    ]);
    const back = groups.flatMap((g) => g.needCodes.map((needCode, i) => ({ districtId: g.districtId, districtName: g.districtName, needCode, general: g.general[i], paid: g.paid[i], generalShare: g.generalShare[i] })));
    expect(back).toEqual(cells);
    // Made once per cells list (the dashboard is remembered until a write), again for another list.
    expect(cellsByDistrict(cells)).toBe(groups);
    expect(cellsByDistrict([...cells])).not.toBe(groups);
    expect(cellsByDistrict([])).toEqual([]);
  });
});
