/**
 * Reading and writing the catalogue spreadsheet: bytes → text, text → records, records → a plan
 * of what an import would create, change or leave alone.
 */
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, MAX_CSV_BYTES } from '../../app/domain/csv/decode';
import { formatCsv, formatCsvRecord, parseCsv, sniffDelimiter, unescapeFormula, escapeFormula } from '../../app/domain/csv/parse';
import { csvColumns, type CatalogueSnapshot, type CsvColumn, type ExistingOrganization, type ExistingService, type ExistingTariff } from '../../app/domain/csv/columns';
import { dutchCodes } from '../../app/domain/csv/cell-specs';
import { planImport } from '../../app/domain/csv/plan';
import { readHeader, readRow } from '../../app/domain/csv/read-row';
import { organizationCells, serviceCells, tariffCells } from '../../app/domain/csv/write-row';
import { readCatalogueCsv } from '../../app/domain/csv/read';
import { laws, serviceKinds, serviceStatuses } from '../../app/domain/enums';
import { nl } from '../../app/i18n/catalogue';
import { parseMessage } from '../../app/domain/validation';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decoding uploaded bytes', () => {
  it('refuses empty, whitespace-only, huge, binary and spreadsheet files with a reason', () => {
    expect(decodeCsvBytes(new Uint8Array())).toEqual({ ok: false, error: 'empty' });
    expect(decodeCsvBytes(utf8(' \r\n\r\n '))).toEqual({ ok: false, error: 'onlyWhitespace' });
    expect(decodeCsvBytes(new Uint8Array(MAX_CSV_BYTES + 1))).toEqual({ ok: false, error: 'tooLarge' });
    expect(decodeCsvBytes(new Uint8Array([0x61, 0x00, 0x62, 0x3b]))).toEqual({ ok: false, error: 'binary' });
    expect(decodeCsvBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({ ok: false, error: 'spreadsheet' });
    expect(decodeCsvBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toEqual({ ok: false, error: 'spreadsheet' });
    expect(decodeCsvBytes(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]))).toEqual({ ok: false, error: 'binary' });
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919) % 32);
    expect(decodeCsvBytes(noise)).toMatchObject({ ok: false });
  });

  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeCsvBytes(utf8('naam;stad\r\nCafé;Zoë\r\n'))).toEqual({ ok: true, encoding: 'utf-8', text: 'naam;stad\r\nCafé;Zoë\r\n' });
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a;b')]))).toEqual({ ok: true, encoding: 'utf-8-bom', text: 'a;b' });
  });

  it('falls back to Windows-1252 (é, ë, €, curly quotes) and reads UTF-16 from Excel', () => {
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x3b, 0x80, 0x20, 0x36, 0x32, 0x2c, 0x35, 0x30, 0x3b, 0x93, 0x68, 0x69, 0x94, 0x3b, 0xeb]);
    expect(decodeCsvBytes(bytes)).toEqual({ ok: true, encoding: 'windows-1252', text: 'Café;€ 62,50;“hi”;ë' });
    const utf16 = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x3b, 0x00, 0xe9, 0x00]);
    expect(decodeCsvBytes(utf16)).toEqual({ ok: true, encoding: 'utf-16le', text: 'a;é' });
  });
});

describe('splitting text into records', () => {
  it('sniffs semicolon, comma and tab, and honours Excel’s sep= hint', () => {
    expect(sniffDelimiter('a;b;c\n1,5;2;3')).toBe(';');
    expect(sniffDelimiter('a,b,c\n1;2;3')).toBe(',');
    expect(sniffDelimiter('a\tb\tc')).toBe('\t');
    expect(sniffDelimiter('"a;b",c,d')).toBe(',');
    expect(sniffDelimiter('alleen')).toBe(';');
    const hinted = parseCsv('sep=,\r\nsoort,naam\r\naanbieder,"A; B"\r\n');
    expect(hinted).toMatchObject({ ok: true, delimiter: ',', header: ['soort', 'naam'], records: [{ row: 2, cells: ['aanbieder', 'A; B'] }] });
  });

  it('keeps quoted separators, quotes and line breaks, with spreadsheet row numbers', () => {
    const text = 'a;b;c\r\n"1;2";"zei ""hoi""";"regel 1\r\nregel 2"\r\n\r\nx;;z\ry;"";\n';
    const result = parseCsv(text);
    expect(result).toEqual({
      ok: true,
      delimiter: ';',
      header: ['a', 'b', 'c'],
      records: [
        { row: 2, cells: ['1;2', 'zei "hoi"', 'regel 1\nregel 2'] },
        { row: 4, cells: ['x', '', 'z'] },
        { row: 5, cells: ['y', '', ''] },
      ],
    });
  });

  it('skips rows that are entirely empty (";;;;" from Excel) but keeps counting them', () => {
    const result = parseCsv('a;b\n;;\n1;2\n');
    expect(result).toMatchObject({ ok: true, records: [{ row: 3, cells: ['1', '2'] }] });
  });

  it('reports an unterminated quote and text after a closing quote with the row', () => {
    expect(parseCsv('a;b\n1;2\n3;"open\n4;5\n')).toEqual({ ok: false, delimiter: ';', error: { row: 3, reason: 'unterminatedQuote' } });
    expect(parseCsv('a;b\n"x"y;2\n')).toEqual({ ok: false, delimiter: ';', error: { row: 2, reason: 'textAfterQuote' } });
  });

  it('writes what it reads: quoting only where needed, formulas defused', () => {
    expect(formatCsvRecord(['a', 'b;c', 'd"e', 'f\ng', ' h', '=1+1', '+31 30 123', '-', ''], ';')).toBe(
      'a;"b;c";"d""e";"f\ng";" h";\'=1+1;\'+31 30 123;\'-;',
    );
    expect(unescapeFormula(escapeFormula('=HYPERLINK("x")'))).toBe('=HYPERLINK("x")');
    expect(unescapeFormula("'gewoon")).toBe("'gewoon");
    const file = formatCsv(['x', 'y'], [['1', 'twee\nregels']]);
    expect(file).toBe('\ufeffx;y\r\n1;"twee\nregels"\r\n');
  });

  it('defuses the look-alike formula signs Excel also runs, and white space before them', () => {
    const dangerous = [
      '＝1+1', // full-width equals
      '＋31 30 123', // full-width plus
      '－2', // full-width hyphen-minus
      '＠SUM(A1)', // full-width at
      '﹦1', // small equals
      '﹢1', // small plus
      '﹣1', // small hyphen-minus
      '﹫x', // small at
      '−1', // minus sign
      '\tanything',
      '\ranything',
      ' =1+1',
      '  +1',
      '\u00a0-1',
      '\u3000＝1',
      '\t=1',
      '\n@x',
    ];
    for (const value of dangerous) {
      expect(escapeFormula(value), JSON.stringify(value)).toBe(`'${value}`);
      expect(unescapeFormula(escapeFormula(value))).toBe(value);
    }
    for (const value of ['gewoon', '1=1', 'a+b', ' tekst', 'e-mail@example.nl', "'", "'gewoon", '']) {
      expect(escapeFormula(value), JSON.stringify(value)).toBe(value);
    }
  });

  it('keeps a leading apostrophe in front of a formula through a round trip', () => {
    for (const value of ["'=1", "''＝1", "' +1"]) {
      expect(escapeFormula(value)).toBe(`'${value}`);
      expect(unescapeFormula(escapeFormula(value))).toBe(value);
    }
    expect(formatCsvRecord(['＝HYPERLINK("x")', ' @x'], ';')).toBe('"\'＝HYPERLINK(""x"")";\' @x');
  });
});

// ---------------------------------------------------------------------------------------------
// The catalogue format
// ---------------------------------------------------------------------------------------------

const org = (over: Partial<ExistingOrganization> = {}): ExistingOrganization => ({
  id: 'org-1',
  version: 3,
  externalId: 'VLS-ORG-1',
  name: 'Buurthuis De Brug',
  description: 'Ontmoeting in de wijk',
  kvk: '12345678',
  agb: null,
  website: 'https://www.brug.example.nl',
  email: 'info@brug.example.nl',
  phone: '030-1234567',
  status: 'active',
  ...over,
});
const service = (over: Partial<ExistingService> = {}): ExistingService => ({
  id: 'svc-1',
  version: 1,
  externalId: 'VLS-SRV-1',
  organizationExternalId: 'VLS-ORG-1',
  name: 'Begeleiding thuis',
  description: '',
  url: null,
  email: null,
  phone: null,
  status: 'active',
  kind: 'contracted',
  law: 'wmo',
  categoryCode: '02',
  productCode: '02A05',
  targetGroup: 'Volwassenen',
  minimumAge: 18,
  maximumAge: null,
  languages: ['en', 'nl'],
  waitingWeeks: 3,
  waitingReportedOn: '2026-10-01',
  acceptingNewClients: true,
  applicationProcess: null,
  ...over,
});
const tariff = (over: Partial<ExistingTariff> = {}): ExistingTariff => ({
  id: '239e9cda-3f9a-412d-9094-e5d5252a2fb7',
  version: 1,
  organizationExternalId: 'VLS-ORG-1',
  productCode: '02A05',
  lot: 'Perceel 2',
  tariffCents: 6250,
  unit: '04',
  validFrom: '2025-01-01',
  validTo: '2025-12-31',
  archived: false,
  ...over,
});
const snapshot = (orgs = [org()], services = [service()], tariffs = [tariff()]): CatalogueSnapshot => ({
  organizations: new Map(orgs.map((o) => [o.externalId, o])),
  services: new Map(services.map((s) => [s.externalId, s])),
  tariffs,
  products: new Map([
    ['02A05', '02'],
    ['02A06', '02'],
    ['07A01', '07'],
  ]),
});

/** A file in the documented format from rows given as column → value. */
function file(rows: Partial<Record<CsvColumn, string>>[], columns: readonly CsvColumn[] = csvColumns): Uint8Array {
  return utf8(formatCsv(columns, rows.map((r) => columns.map((c) => r[c] ?? ''))));
}

function plan(bytes: Uint8Array, snap = snapshot()) {
  const read = readCatalogueCsv(bytes);
  if (!read.ok) throw new Error(`file refused: ${JSON.stringify(read.issues)}`);
  return planImport(read.rows, snap, read.issues);
}

describe('the catalogue format', () => {
  it('names a Dutch code for every enumeration value', () => {
    for (const s of serviceStatuses) expect(dutchCodes.serviceStatus.format(s)).not.toBe(s);
    for (const k of serviceKinds) expect(dutchCodes.kind.format(k)).not.toBe(k);
    for (const l of laws) expect(dutchCodes.law.parse(dutchCodes.law.format(l))).toEqual({ ok: true, value: l });
  });

  it('exports records that plan as unchanged (the round trip)', () => {
    const rows = [organizationCells(org()), serviceCells(service()), tariffCells(tariff())];
    const bytes = utf8(formatCsv(csvColumns, rows));
    const result = plan(bytes);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => [r.type, r.action])).toEqual([
      ['aanbieder', 'unchanged'],
      ['aanbod', 'unchanged'],
      ['tarief', 'unchanged'],
    ]);
    expect(rows[2]).toContain('62,50');
    expect(rows[1]).toContain('en, nl');
  });

  it('lists what would change, field by field, and what would be created', () => {
    const result = plan(
      file([
        { soort: 'aanbieder', extern_id: 'VLS-ORG-1', naam: 'Buurthuis De Brug', telefoon: '030-7654321', status: 'actief', kvk: '12345678', website: 'https://www.brug.example.nl', email: 'info@brug.example.nl', omschrijving: 'Ontmoeting in de wijk' },
        { soort: 'aanbieder', extern_id: 'VLS-ORG-2', naam: 'Nieuwe Stichting', status: 'actief' },
        { soort: 'tarief', extern_id: '239e9cda-3f9a-412d-9094-e5d5252a2fb7', aanbieder_extern_id: 'VLS-ORG-1', productcode: '02A05', perceel: 'Perceel 2', tarief: '64,00', eenheid: '4', geldig_van: '1-1-2025', geldig_tot: '31-12-2025', status: 'actief' },
        { soort: 'tarief', aanbieder_extern_id: 'VLS-ORG-2', productcode: '07a01', tarief: '1.050', eenheid: '16', geldig_van: '2026-01-01' },
      ]),
    );
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => ({ row: r.row, action: r.action, changes: r.changes }))).toEqual([
      { row: 2, action: 'update', changes: [{ column: 'telefoon', from: '030-1234567', to: '030-7654321' }] },
      { row: 3, action: 'create', changes: expect.arrayContaining([{ column: 'naam', from: '', to: 'Nieuwe Stichting' }]) },
      { row: 4, action: 'update', changes: [{ column: 'tarief', from: '62,50', to: '64,00' }] },
      { row: 5, action: 'create', changes: expect.arrayContaining([{ column: 'tarief', from: '', to: '1.050,00' }]) },
    ]);
    expect(result.counts).toMatchObject({ create: 2, update: 2, unchanged: 0, errorRows: 0, total: 4 });
  });

  it('leaves columns the file does not have alone', () => {
    const result = plan(file([{ soort: 'aanbod', extern_id: 'VLS-SRV-1', wachttijd_weken: '5' }], ['soort', 'extern_id', 'wachttijd_weken']));
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({ action: 'update', changes: [{ column: 'wachttijd_weken', from: '3', to: '5' }] });
  });

  it('reports every bad cell with its row, column and reason', () => {
    const result = plan(
      file([
        { soort: 'aanbieder', extern_id: 'VLS-ORG-1', naam: 'X', kvk: '1234567', telefoon: 'geen', status: 'weg' },
        { soort: 'tarief', aanbieder_extern_id: 'VLS-ORG-1', productcode: '02A05', tarief: '62,505', eenheid: '99', geldig_van: '2026-13-01' },
        { soort: 'aanbod', extern_id: 'VLS-SRV-9', aanbieder_extern_id: 'ONBEKEND', naam: 'Y', soort_aanbod: 'gecontracteerd', wet: 'wmo', tarief: '10' },
        { soort: 'iets', extern_id: 'x' },
        { soort: 'aanbod', extern_id: 'VLS-SRV-8', aanbieder_extern_id: 'VLS-ORG-1', naam: 'Z', soort_aanbod: 'gecontracteerd', wet: 'wmo', productcode: '07A01', categorie: '2' },
      ]),
    );
    const issues = result.errors.map((e) => `${e.row}:${e.column}:${parseMessage(e.message).key}`);
    expect(issues).toEqual([
      '2:kvk:v.kvk',
      '2:telefoon:v.phone',
      '2:status:csv.choice',
      '3:tarief:v.amount.decimals',
      '3:eenheid:csv.unit',
      '3:geldig_van:v.date',
      '4:tarief:csv.notForType',
      '5:soort:csv.recordType',
      '6:productcode:v.productCategory',
    ]);
    for (const e of result.errors) expect(nl).toHaveProperty([parseMessage(e.message).key]);
  });

  it('refuses a service of an unknown organisation and duplicate keys', () => {
    const result = plan(
      file([
        { soort: 'aanbod', extern_id: 'VLS-SRV-9', aanbieder_extern_id: 'ONBEKEND', naam: 'Y', soort_aanbod: 'algemeen', wet: 'geen' },
        { soort: 'aanbieder', extern_id: 'VLS-ORG-5', naam: 'A' },
        { soort: 'aanbieder', extern_id: 'vls-org-5', naam: 'B' },
      ]),
    );
    expect(result.errors.map((e) => `${e.row}:${e.column}:${parseMessage(e.message).key}`)).toEqual(['2:aanbieder_extern_id:csv.unknownOrganization', '4:extern_id:csv.duplicateKey']);
  });

  it('finds overlapping tariff periods, in the file and against the catalogue', () => {
    const result = plan(
      file([
        { soort: 'tarief', aanbieder_extern_id: 'VLS-ORG-1', productcode: '02A05', tarief: '70', eenheid: '04', geldig_van: '2025-06-01', geldig_tot: '2026-05-31' },
        { soort: 'tarief', aanbieder_extern_id: 'VLS-ORG-1', productcode: '02A06', tarief: '70', eenheid: '04', geldig_van: '2026-01-01' },
        { soort: 'tarief', aanbieder_extern_id: 'VLS-ORG-1', productcode: '02A06', tarief: '75', eenheid: '04', geldig_van: '2027-01-01' },
      ]),
    );
    expect(result.errors.map((e) => `${e.row}:${e.column}:${parseMessage(e.message).key}`)).toEqual(['2:geldig_van:v.tariffOverlap', '4:geldig_van:v.tariffOverlap']);
  });

  it('uses KvK and AGB only as a hint, never as the key', () => {
    const result = plan(file([{ soort: 'aanbieder', extern_id: 'ANDER-ID', naam: 'Buurthuis De Brug', kvk: '12345678' }]));
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({ action: 'create' });
    expect(result.warnings.map((w) => `${w.row}:${w.column}:${parseMessage(w.message).key}`)).toEqual(['2:kvk:csv.identifierSuggestsExisting']);
    expect(parseMessage(result.warnings[0]!.message).params).toEqual({ name: 'Buurthuis De Brug', externalId: 'VLS-ORG-1' });
  });

  it('reads header names whatever their case or spacing, and ignores unknown columns', () => {
    const header = readHeader(['Soort', ' Extern ID ', 'Naam', 'Opmerking']);
    expect(header).toMatchObject({ ok: true, ignored: ['Opmerking'] });
    expect(readHeader(['naam', 'kvk'])).toMatchObject({ ok: false, issues: [{ column: 'soort' }, { column: 'extern_id' }] });
    expect(readHeader(['soort', 'extern_id', 'naam', 'Naam'])).toMatchObject({ ok: false });
    expect(readRow(2, ['aanbieder', 'X-1', 'Naam'], new Map([['soort', 0], ['extern_id', 1], ['naam', 2]] as const)).parsed).toMatchObject({ type: 'aanbieder', key: 'X-1', provided: { name: 'Naam' } });
  });

  it('reads comma-separated files with quoted Dutch decimals and semicolon files from Windows-1252', () => {
    const comma = utf8('soort,extern_id,aanbieder_extern_id,productcode,tarief,eenheid,geldig_van\r\ntarief,,VLS-ORG-1,02A06,"62,50",04,2026-01-01\r\n');
    expect(plan(comma).rows[0]).toMatchObject({ action: 'create', record: { tariffCents: 6250 } });
    const cp1252 = new Uint8Array([...utf8('soort;extern_id;naam\r\naanbieder;VLS-ORG-1;Caf'), 0xe9, ...utf8(' De Brug\r\n')]);
    expect(plan(cp1252).rows[0]).toMatchObject({ action: 'update', changes: [{ column: 'naam', from: 'Buurthuis De Brug', to: 'Café De Brug' }] });
  });

  it('stops at file-level problems with one clear reason', () => {
    expect(readCatalogueCsv(new Uint8Array())).toMatchObject({ ok: false, problem: 'empty', issues: [{ row: 0, message: 'csv.file.empty' }] });
    expect(readCatalogueCsv(utf8('soort;extern_id;naam\r\n'))).toMatchObject({ ok: false, problem: 'noRows' });
    expect(readCatalogueCsv(utf8('soort;extern_id\r\naanbieder;X\r\n'))).toMatchObject({ ok: false, problem: 'header', issues: [{ message: 'csv.noColumns' }] });
    expect(readCatalogueCsv(utf8('foo;bar\r\n1;2\r\n'))).toMatchObject({ ok: false, problem: 'header' });
    expect(readCatalogueCsv(utf8('soort;extern_id;naam\r\naanbieder;"X;Y\r\n'))).toMatchObject({ ok: false, problem: 'unterminatedQuote' });
  });
});
