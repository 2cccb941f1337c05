/**
 * What the insight dashboard (/inzicht) sends to the browser for its district × need table: the
 * cells grouped by district, column by column. The loader data is encoded for every page (and
 * sent along for hydration); as one object per cell, the 300-odd cells were most of that work.
 * Made once per dashboard object (remembered until a write on the server). Pure.
 */

/** One cell of the district × need table: uses of general facilities and of paid care for one need in one district. */
export interface CellLike {
  districtId: string;
  districtName: string;
  needCode: string;
  general: number | null;
  paid: number | null;
  /** general / (general + paid): "general before paid". */
  generalShare: number | null;
}

/** The cells of one district, in the dashboard's order: position i of every list is one cell. */
export interface DistrictCells {
  districtId: string;
  districtName: string;
  needCodes: string[];
  general: (number | null)[];
  paid: (number | null)[];
  generalShare: (number | null)[];
}

const grouped = new WeakMap<readonly CellLike[], DistrictCells[]>();

/** The cells grouped by district (consecutive cells of one district form one group, so the order stays). */
export function cellsByDistrict(cells: readonly CellLike[]): DistrictCells[] {
  let result = grouped.get(cells);
  if (result) return result;
  result = [];
  let current: DistrictCells | undefined;
  for (const cell of cells) {
    if (!current || current.districtId !== cell.districtId) {
      current = { districtId: cell.districtId, districtName: cell.districtName, needCodes: [], general: [], paid: [], generalShare: [] };
      result.push(current);
    }
    current.needCodes.push(cell.needCode);
    current.general.push(cell.general);
    current.paid.push(cell.paid);
    current.generalShare.push(cell.generalShare);
  }
  grouped.set(cells, result);
  return result;
}
