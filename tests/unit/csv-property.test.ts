/**
 * Property tests: whatever a spreadsheet (or an attacker) puts in a file, reading never throws,
 * every problem is a known message, and what we write we read back unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvColumns, type CatalogueSnapshot } from '../../app/domain/csv/columns';
import { planImport } from '../../app/domain/csv/plan';
import { readCatalogueCsv } from '../../app/domain/csv/read';
import { formatCsv, formatCsvRecord, parseCsv, unescapeFormula, type Delimiter } from '../../app/domain/csv/parse';
import { parseEuroAmount, formatCentsForInput, parseMessage } from '../../app/domain/validation';
import { nl } from '../../app/i18n/catalogue';

const emptySnapshot: CatalogueSnapshot = { organizations: new Map(), services: new Map(), tariffs: [], products: new Map([['02A05', '02']]) };
const knownKey = (text: string) => parseMessage(text).key in nl;

/** Text a cell can hold: any Unicode except CR (a lone CR inside a cell is read back as LF). */
const cellText = fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.replace(/\r/g, ''));

describe('CSV properties', () => {
  it('reads back exactly what it writes, for either separator', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Delimiter>(';', ',', '\t'),
        fc.array(cellText.filter((s) => s.trim() === s && s !== '' && !s.startsWith('sep=')), { minLength: 1, maxLength: 6 }),
        fc.array(fc.array(cellText, { minLength: 1, maxLength: 6 }), { maxLength: 8 }),
        (delimiter, header, body) => {
          const rows = body.map((r) => header.map((_, i) => r[i] ?? '')).filter((r) => r.some((c) => c.trim() !== ''));
          const text = [header, ...rows].map((r) => formatCsvRecord(r, delimiter)).join('\r\n') + '\r\n';
          const parsed = parseCsv(text, { delimiter });
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return;
          expect(parsed.header.map(unescapeFormula)).toEqual(header);
          expect(parsed.records.map((r) => r.cells.map(unescapeFormula))).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on any text and reports problems with a row', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const result = parseCsv(text);
        if (!result.ok) expect(result.error.row).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });

  it('turns any bytes into a clear file problem or rows with known messages', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const read = readCatalogueCsv(bytes);
        for (const issue of read.issues) expect(knownKey(issue.message), issue.message).toBe(true);
        if (read.ok) {
          const plan = planImport(read.rows, emptySnapshot, read.issues);
          for (const issue of [...plan.errors, ...plan.warnings]) expect(knownKey(issue.message), issue.message).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('reports every bad cell of hostile catalogue rows at its row and column', () => {
    const hostile = fc.oneof(
      cellText,
      fc.constantFrom('=cmd|"/c calc"!A1', '@SUM(1+1)', '-1', '62,505', '<script>alert(1)</script>', "'; DROP TABLE services; --", '\u0000', '9'.repeat(40), 'aanbieder', 'aanbod', 'tarief', 'actief', 'ja', '2026-02-30', '1234 SA'),
    );
    fc.assert(
      fc.property(fc.array(fc.array(hostile, { minLength: csvColumns.length, maxLength: csvColumns.length }), { minLength: 1, maxLength: 10 }), (rows) => {
        const bytes = new TextEncoder().encode(formatCsv(csvColumns, rows));
        const read = readCatalogueCsv(bytes);
        if (!read.ok) {
          expect(read.issues.length).toBeGreaterThan(0);
          return;
        }
        const plan = planImport(read.rows, emptySnapshot, read.issues);
        for (const issue of plan.errors) {
          expect(issue.row).toBeGreaterThanOrEqual(2);
          expect(issue.column === null || (csvColumns as readonly string[]).includes(issue.column)).toBe(true);
          expect(knownKey(issue.message), issue.message).toBe(true);
        }
        // Every row is either planned or has at least one error: nothing is silently dropped.
        const accounted = new Set([...plan.rows.map((r) => r.row), ...plan.errors.map((e) => e.row)]);
        expect(accounted.size).toBe(plan.counts.total);
      }),
      { numRuns: 200 },
    );
  });

  it('parses every amount it formats, and refuses negative or over-precise ones', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000_000 }), (cents) => {
        expect(parseEuroAmount(formatCentsForInput(cents))).toEqual({ ok: true, cents });
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 100, max: 999 }), (euros, thousandths) => {
        expect(parseEuroAmount(`-${euros}`)).toEqual({ ok: false, error: 'v.amount.negative' });
        expect(parseEuroAmount(`${euros},${thousandths}`)).toEqual({ ok: false, error: 'v.amount.decimals' });
      }),
    );
  });
});
