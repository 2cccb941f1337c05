/**
 * CSV text to records (RFC 4180 as spreadsheets write it): semicolon, comma or tab as separator
 * (sniffed from the first line, or Excel's "sep=;" hint), fields in double quotes with "" for a
 * quote and line breaks inside, CRLF / LF / CR line ends. Pure and fast: one pass over the text.
 */

export type Delimiter = ';' | ',' | '\t';

export interface CsvRecord {
  /** Row number as a spreadsheet shows it: the header is row 1. */
  row: number;
  cells: string[];
}

export type CsvParseError = { row: number; reason: 'unterminatedQuote' | 'textAfterQuote' };

export type CsvParseResult =
  | { ok: true; delimiter: Delimiter; header: string[]; records: CsvRecord[] }
  | { ok: false; delimiter: Delimiter; error: CsvParseError };

/** The separator used in the first line, outside quotes: the most frequent of ; , and tab. */
export function sniffDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 100_000; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ';' || c === ',' || c === '\t')) counts[c] += 1;
  }
  // On a tie, prefer the semicolon: Dutch spreadsheets use it because the comma is the decimal sign.
  if (counts[';'] >= counts[','] && counts[';'] >= counts['\t'] && counts[';'] > 0) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return counts[','] > 0 ? ',' : ';';
}

export function parseCsv(input: string, options: { delimiter?: Delimiter } = {}): CsvParseResult {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rowOffset = 0;
  const hint = /^sep=([;,\t])\r?\n/i.exec(text);
  let delimiter: Delimiter;
  if (hint) {
    delimiter = hint[1] as Delimiter;
    // Excel reads the hint and does not show it as a row, so row numbers do not count it.
    text = text.slice(hint[0].length);
  } else {
    delimiter = options.delimiter ?? sniffDelimiter(text);
  }

  const rows: string[][] = [];
  let cells: string[] = [];
  let field = '';
  let i = 0;
  const n = text.length;
  let fieldStart = true;
  let recordStartRow = 1 + rowOffset;

  while (i < n) {
    const c = text.charCodeAt(i);
    if (fieldStart && c === 34 /* " */) {
      // Quoted field: read to the closing quote.
      let j = i + 1;
      let value = '';
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) return { ok: false, delimiter, error: { row: recordStartRow, reason: 'unterminatedQuote' } };
        value += text.slice(j, q);
        if (text.charCodeAt(q + 1) === 34) {
          value += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      field = value.replace(/\r\n?/g, '\n');
      fieldStart = false;
      if (i < n) {
        const next = text[i];
        if (next !== delimiter && next !== '\n' && next !== '\r') {
          return { ok: false, delimiter, error: { row: recordStartRow, reason: 'textAfterQuote' } };
        }
      }
      continue;
    }
    if (text[i] === delimiter) {
      cells.push(field);
      field = '';
      fieldStart = true;
      i += 1;
      continue;
    }
    if (c === 10 || c === 13) {
      cells.push(field);
      rows.push(cells);
      cells = [];
      field = '';
      fieldStart = true;
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      recordStartRow = rows.length + 1 + rowOffset;
      continue;
    }
    // Unquoted run up to the next delimiter or line end.
    let j = i;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === 10 || d === 13 || text[j] === delimiter) break;
      j += 1;
    }
    field += text.slice(i, j);
    fieldStart = false;
    i = j;
  }
  if (!fieldStart || cells.length > 0) {
    cells.push(field);
    rows.push(cells);
  }

  const [header = [], ...body] = rows;
  const records: CsvRecord[] = [];
  body.forEach((row, index) => {
    if (row.every((cell) => cell.trim() === '')) return;
    records.push({ row: index + 2 + rowOffset, cells: row });
  });
  return { ok: true, delimiter, header: header.map((h) => h.replace(/^\ufeff/, '').trim()), records };
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

/**
 * Characters that make a spreadsheet read a cell as a formula when they come first (after any
 * white space): = + - @ and the look-alikes Excel also accepts — the full-width forms (＝ ＋ － ＠),
 * the small forms (﹦ ﹢ ﹣ ﹫) and the minus sign (−).
 */
const FORMULA_START = /^[\s]*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b\u2212]/;

/** True when a spreadsheet could run the cell: a formula sign first, or a tab or CR first. */
function needsEscape(value: string): boolean {
  if (FORMULA_START.test(value) || /^[\t\r]/.test(value)) return true;
  // An apostrophe in front of such a cell is escaped too, so unescaping gives back the original.
  return value.startsWith("'") && needsEscape(value.slice(1));
}

/**
 * A cell that a spreadsheet would run as a formula (see FORMULA_START; also a tab or CR at the
 * start) gets a leading apostrophe (OWASP "CSV injection"); `unescapeFormula` takes it off again
 * on import.
 */
export function escapeFormula(value: string): string {
  return needsEscape(value) ? `'${value}` : value;
}

export function unescapeFormula(value: string): string {
  return value.startsWith("'") && needsEscape(value.slice(1)) ? value.slice(1) : value;
}

/** One record as CSV text (without the line end). */
export function formatCsvRecord(cells: readonly string[], delimiter: Delimiter): string {
  return cells
    .map((raw) => {
      const value = escapeFormula(raw);
      return value.includes(delimiter) || /["\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
    })
    .join(delimiter);
}

/**
 * A whole file the way Excel on a Dutch computer opens it directly: UTF-8 with a byte-order
 * mark, semicolons, CRLF after every record.
 */
export function formatCsv(header: readonly string[], rows: readonly (readonly string[])[], delimiter: Delimiter = ';'): string {
  const lines = [formatCsvRecord(header, delimiter), ...rows.map((r) => formatCsvRecord(r, delimiter))];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
