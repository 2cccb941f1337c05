/** Reading a PC4 centroid CSV for "near me" (docs/postcodes.md). */
import { describe, expect, it } from 'vitest';
import { parseCentroidCsv } from '../../app/domain/csv/postcode-centroids';

describe('postcode centroid CSV', () => {
  it('reads semicolons with decimal commas, a BOM and Dutch column names', () => {
    const { rows, errors } = parseCentroidCsv('\uFEFFPostcode;Breedtegraad;Lengtegraad;Woonplaats\r\n3561;52,0812;5,3010;Vlietstede\r\n\r\n3562;52.09;5.31;\n');
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { pc4: '3561', latitude: 52.0812, longitude: 5.301, city: 'Vlietstede' },
      { pc4: '3562', latitude: 52.09, longitude: 5.31, city: null },
    ]);
  });

  it('reads commas with quoted cells and full postcodes', () => {
    const { rows, errors } = parseCentroidCsv('pc4,lat,lon,city\n"3561 AB",52.08,5.30,"Vlietstede, centrum"\n');
    expect(errors).toEqual([]);
    expect(rows).toEqual([{ pc4: '3561', latitude: 52.08, longitude: 5.3, city: 'Vlietstede, centrum' }]);
  });

  it('reports every bad row with its line and reason', () => {
    const { errors } = parseCentroidCsv('pc4;latitude;longitude\n0123;52.1;5.1\n3561;abc;5.1\n3562;52.1;9.9\n3563;52.1;5.1\n3563;52.1;5.1\n');
    expect(errors).toEqual([
      { line: 2, message: 'pc4 "0123" is not four digits without a leading zero' },
      { line: 3, message: 'latitude "abc" is not a number between 50.7 and 53.6' },
      { line: 4, message: 'longitude "9.9" is not a number between 3.3 and 7.3' },
      { line: 6, message: 'pc4 3563 already appeared on line 5' },
    ]);
  });

  it('refuses an empty file, a header without rows and missing columns', () => {
    expect(parseCentroidCsv('').errors[0]!.message).toMatch(/empty/);
    expect(parseCentroidCsv('pc4;latitude;longitude\n').errors[0]!.message).toMatch(/no rows/);
    expect(parseCentroidCsv('pc4;lat\n3561;52.1\n').errors[0]!.message).toBe('Missing column(s): longitude. The header has: pc4, lat.');
  });

  it('reads tab-separated files and refuses an unclosed quote with its line (the shared CSV parser)', () => {
    expect(parseCentroidCsv('pc4\tlat\tlon\n3561\t52,08\t5,30\n').rows).toEqual([{ pc4: '3561', latitude: 52.08, longitude: 5.3, city: null }]);
    expect(parseCentroidCsv('pc4;lat;lon\n3561;52.08;5.30\n"3562;52.1;5.3\n').errors).toEqual([
      { line: 3, message: 'The file cannot be read from line 3: a quoted cell is not closed.' },
    ]);
  });
});
