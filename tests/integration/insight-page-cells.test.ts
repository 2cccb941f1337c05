/**
 * The insight dashboard's district × need table (/inzicht) as the built app renders it: its loader
 * sends the cells grouped by district (app/domain/insight-view.ts), and the page writes one row
 * per cell with the district, the need and the three figures the model gives — for the
 * administrator (small cells shown) and the policy officer (suppressed), and again after another
 * connection adds a deployment (the remembered dashboard follows at once).
 */
import Database from 'better-sqlite3';
import { pathToFileURL } from 'node:url';
import { createRequestHandler, type ServerBuild } from '@remix-run/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.NODE_ENV = 'production';
});

import { buildIfStale, serverBuildFile } from '../../scripts/build-if-stale';
import { getDb } from '../../app/db.server';
import { createSession } from '../../app/models/session.server';
import { insightDashboard } from '../../app/models/insight-read.server';
import { formatInteger, formatPercent } from '../../app/domain/format';
import { monthOfDay } from '../../app/domain/insight';
import { dutchDay } from '../../app/domain/indication';
import { sessionCookieName } from '../../app/utils/session-cookie.server';
import { TEST_NOW } from '../support/paths';
import { decodeCharacterReferences } from '../support/character-references';

let handler: ReturnType<typeof createRequestHandler>;
let build: ServerBuild;
const other = new Database(getDb().$client.name);
afterAll(() => other.close());

beforeAll(async () => {
  buildIfStale(() => undefined);
  build = (await import(`${pathToFileURL(serverBuildFile).href}?t=${Date.now()}`)) as ServerBuild;
  handler = createRequestHandler(build, 'production');
});

function cookieFor(email: string): string {
  const user = getDb().$client.prepare('SELECT id, role FROM users WHERE email = ?').get(email) as { id: number; role: 'admin' | 'policy' };
  return `${sessionCookieName()}=${createSession(getDb(), user, { now: TEST_NOW }).token}`;
}

async function page(email: string): Promise<string> {
  const request = new Request('http://localhost/inzicht', { headers: { Cookie: cookieFor(email), 'Accept-Language': 'nl' } });
  const response = await handler(request, { clientIp: '127.0.0.1', cspNonce: 'test', now: TEST_NOW, routes: build.routes as never });
  expect(response.status).toBe(200);
  return response.text();
}

// The table is written with numeric character references above U+00FF (`charRefs`, ADR 029).
const decode = (html: string) => decodeCharacterReferences(html.replace(/<!-- -->/g, '')).replace(/&amp;/g, '&').replace(/&#x27;/g, "'").replace(/&quot;/g, '"');

/** The rows of the cells table: district, need and the three figures as text ("suppressed" for the mark). */
function renderedCells(html: string): string[][] {
  const table = /data-testid="cells-table">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
  const body = /<tbody[^>]*>([\s\S]*)<\/tbody>/.exec(table)?.[1] ?? '';
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => (cell[1]!.includes('data-suppressed="true"') ? 'suppressed' : decode(cell[1]!))),
  );
}

function expectedCells(role: 'admin' | 'policy'): string[][] {
  const filter = { to: monthOfDay(dutchDay(TEST_NOW)), months: 12, districtId: null, needCode: null };
  const { cells } = insightDashboard(getDb(), { role, userId: 1, organizationId: null }, filter);
  const figure = (value: number | null, show: (n: number) => string) => (value === null ? 'suppressed' : show(value));
  return cells.map((cell) => [
    cell.districtName,
    cell.needCode,
    figure(cell.general, (n) => formatInteger('nl', n)),
    figure(cell.paid, (n) => formatInteger('nl', n)),
    cell.generalShare === null ? (cell.general === 0 && cell.paid === 0 ? '—' : 'suppressed') : formatPercent('nl', cell.generalShare),
  ]);
}

/** The need column shows names: compare it by position against the model's codes separately. */
function withoutNeedNames(rows: string[][]): string[][] {
  return rows.map(([district, , ...figures]) => [district!, ...figures]);
}

describe('the insight table of districts and needs', () => {
  it('shows every cell of the model once, in order, with its figures, for the administrator and the policy officer', async () => {
    for (const [email, role] of [['beheerder@example.nl', 'admin'], ['beleid@example.nl', 'policy']] as const) {
      const html = await page(email);
      const rendered = renderedCells(html);
      const expected = expectedCells(role);
      expect(rendered.length, email).toBeGreaterThan(50);
      // One row group (<tbody>) per district, so no single string of the page grows past 128 kB (ADR 029).
      const table = /data-testid="cells-table">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
      const districtRuns = expected.filter((row, i) => i === 0 || row[0] !== expected[i - 1]![0]).length;
      expect(table.match(/<tbody /g)?.length, email).toBe(districtRuns);
      expect(withoutNeedNames(rendered)).toEqual(withoutNeedNames(expected));
      // One need name per code, the same wherever the code appears.
      const nameOf = new Map<string, string>();
      rendered.forEach((row, i) => {
        const code = expected[i]![1]!;
        if (!nameOf.has(code)) nameOf.set(code, row[1]!);
        expect(row[1]).toBe(nameOf.get(code));
      });
      expect(new Set(nameOf.values()).size).toBe(nameOf.size);
    }
    expect(renderedCells(await page('beleid@example.nl')).some((row) => row.includes('suppressed'))).toBe(true);
  });

  it('follows a deployment added by another connection at once', async () => {
    const before = renderedCells(await page('beheerder@example.nl'));
    const month = monthOfDay(dutchDay(TEST_NOW));
    const target = other
      .prepare('SELECT d.district_id AS districtId, d.need_code AS needCode FROM deployments d WHERE d.month = ? LIMIT 1')
      .get(month) as { districtId: string; needCode: string } | undefined;
    expect(target).toBeDefined();
    const columns = (other.prepare("SELECT name FROM pragma_table_info('deployments')").pluck().all() as string[]).filter((name) => name !== 'id');
    expect(columns).toEqual(expect.arrayContaining(['month', 'district_id', 'need_code']));
    other
      .prepare(`INSERT INTO deployments (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM deployments WHERE month = ? AND district_id = ? AND need_code = ? LIMIT 1`)
      .run(month, target!.districtId, target!.needCode);
    expect(other.prepare('SELECT changes()').pluck().get()).toBe(1);
    const after = renderedCells(await page('beheerder@example.nl'));
    expect(withoutNeedNames(after)).toEqual(withoutNeedNames(expectedCells('admin')));
    expect(after).not.toEqual(before);
  });
});
