/**
 * The whole way from uploaded bytes to parsed catalogue rows: decode, split into records, read
 * the header and every row. File-level problems end the reading with one reason; row-level
 * problems are collected with their row and column. Pure.
 */
import { message } from '../validation';
import type { CsvColumn, CsvIssue } from './columns';
import { readHeader, readRow, type ParsedRow } from './read-row';
import { decodeCsvBytes, type DecodeError, type Encoding } from './decode';
import { parseCsv, type Delimiter } from './parse';

export type FileProblem = DecodeError | 'unterminatedQuote' | 'textAfterQuote' | 'header' | 'noRows';

export type ReadResult =
  | { ok: false; problem: FileProblem; issues: CsvIssue[] }
  | {
      ok: true;
      encoding: Encoding;
      delimiter: Delimiter;
      rows: ParsedRow[];
      issues: CsvIssue[];
      ignoredColumns: string[];
      columns: CsvColumn[];
      recordCount: number;
    };

export function readCatalogueCsv(bytes: Uint8Array): ReadResult {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return { ok: false, problem: decoded.error, issues: [{ row: 0, column: null, message: message(`csv.file.${decoded.error}`) }] };
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok) {
    return {
      ok: false,
      problem: parsed.error.reason,
      issues: [{ row: parsed.error.row, column: null, message: message(`csv.${parsed.error.reason}`, { row: parsed.error.row }) }],
    };
  }
  const header = readHeader(parsed.header);
  if (!header.ok) return { ok: false, problem: 'header', issues: header.issues };
  if (parsed.records.length === 0) return { ok: false, problem: 'noRows', issues: [{ row: 0, column: null, message: message('csv.file.noRows') }] };
  const rows: ParsedRow[] = [];
  const issues: CsvIssue[] = [];
  for (const record of parsed.records) {
    const result = readRow(record.row, record.cells, header.index);
    if (result.parsed) rows.push(result.parsed);
    issues.push(...result.issues);
  }
  return {
    ok: true,
    encoding: decoded.encoding,
    delimiter: parsed.delimiter,
    rows,
    issues,
    ignoredColumns: header.ignored,
    columns: [...header.index.keys()],
    recordCount: parsed.records.length,
  };
}
