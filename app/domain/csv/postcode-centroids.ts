/**
 * Reading a CSV file of postcode centroids (PC4) for "near me" (docs/postcodes.md): a header row
 * with `pc4`, `latitude`, `longitude` and optionally `city` (common Dutch and English column names
 * are accepted), separated by semicolons or commas, decimal point or decimal comma, UTF-8 with or
 * without BOM. Every bad row is reported with its line number; a file with errors is not
 * imported at all. Pure. The CSV itself is split by parse.ts beside it, the one CSV parser.
 */
import { parseCsv } from './parse';

export interface CentroidRow {
  pc4: string;
  latitude: number;
  longitude: number;
  city: string | null;
}

export interface CentroidCsvError {
  line: number;
  message: string;
}

/** The Netherlands, generously (Caribbean Netherlands has no PC4 postcodes). */
const BOUNDS = { latMin: 50.7, latMax: 53.6, lonMin: 3.3, lonMax: 7.3 } as const;

const aliases: Record<keyof CentroidRow, readonly string[]> = {
  pc4: ['pc4', 'postcode', 'postcode4', 'pc'],
  latitude: ['latitude', 'lat', 'breedtegraad', 'y'],
  longitude: ['longitude', 'lon', 'lng', 'long', 'lengtegraad', 'x'],
  city: ['city', 'woonplaats', 'plaats', 'gemeente', 'municipality'],
};

function parseNumber(text: string): number | null {
  const normalised = text.replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}

export function parseCentroidCsv(input: string): { rows: CentroidRow[]; errors: CentroidCsvError[] } {
  const rows: CentroidRow[] = [];
  if (input.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)[0]!.trim() === '') {
    return { rows, errors: [{ line: 1, message: 'The file is empty: expected a header row such as pc4;latitude;longitude;city.' }] };
  }
  // The one CSV reader of the app (quotes, BOM, separator sniffing), as the catalogue import uses.
  const parsed = parseCsv(input);
  if (!parsed.ok) {
    const what = parsed.error.reason === 'unterminatedQuote' ? 'a quoted cell is not closed' : 'text follows a closing quote';
    return { rows, errors: [{ line: parsed.error.row, message: `The file cannot be read from line ${parsed.error.row}: ${what}.` }] };
  }
  const header = parsed.header.map((h) => h.toLowerCase());
  const column = (key: keyof CentroidRow) => header.findIndex((h) => aliases[key].includes(h));
  const columns = { pc4: column('pc4'), latitude: column('latitude'), longitude: column('longitude'), city: column('city') };
  const missing = (['pc4', 'latitude', 'longitude'] as const).filter((key) => columns[key] === -1);
  if (missing.length > 0) {
    return { rows, errors: [{ line: 1, message: `Missing column(s): ${missing.join(', ')}. The header has: ${header.join(', ')}.` }] };
  }
  const errors: CentroidCsvError[] = [];
  const seen = new Map<string, number>();
  for (const record of parsed.records) {
    const line = record.row;
    const cells = record.cells.map((c) => c.trim());
    const pc4 = (cells[columns.pc4] ?? '').replace(/\s/g, '').slice(0, 4);
    const latitude = parseNumber(cells[columns.latitude] ?? '');
    const longitude = parseNumber(cells[columns.longitude] ?? '');
    const city = columns.city === -1 ? null : (cells[columns.city] ?? '').trim() || null;
    const problems: string[] = [];
    if (!/^[1-9]\d{3}$/.test(pc4)) problems.push(`pc4 "${cells[columns.pc4] ?? ''}" is not four digits without a leading zero`);
    if (latitude === null || latitude < BOUNDS.latMin || latitude > BOUNDS.latMax) problems.push(`latitude "${cells[columns.latitude] ?? ''}" is not a number between ${BOUNDS.latMin} and ${BOUNDS.latMax}`);
    if (longitude === null || longitude < BOUNDS.lonMin || longitude > BOUNDS.lonMax) problems.push(`longitude "${cells[columns.longitude] ?? ''}" is not a number between ${BOUNDS.lonMin} and ${BOUNDS.lonMax}`);
    if (city && city.length > 80) problems.push('city is longer than 80 characters');
    if (problems.length === 0 && seen.has(pc4)) problems.push(`pc4 ${pc4} already appeared on line ${seen.get(pc4)}`);
    if (problems.length > 0) {
      errors.push({ line, message: problems.join('; ') });
      continue;
    }
    seen.set(pc4, line);
    rows.push({ pc4, latitude: latitude!, longitude: longitude!, city });
  }
  if (rows.length === 0 && errors.length === 0) errors.push({ line: 2, message: 'The file has a header but no rows.' });
  return { rows, errors };
}
