/**
 * Crash safety: the real server is killed with SIGKILL in the middle of a CSV import being
 * applied, of reviews being posted under load, and of change requests being approved. After a
 * restart the database passes integrity_check and each operation is wholly there or wholly
 * absent; whatever the server had confirmed (a redirect) is there.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { csvColumns, type CsvColumn } from '../../app/domain/csv/columns';
import { formatCsv } from '../../app/domain/csv/parse';
import { copyBaseDatabase } from '../support/copy-database';
import { startApp, type RunningApp } from './harness';
import { citizensWithSessions, integrity, mintSession, organizations, reviewForm, SESSION_SECRET } from './ops-support';

const databasePath = copyBaseDatabase('e2e-crash-safety');
const env = { SESSION_SECRET, RATE_LIMIT_SIGN_INS_PER_MINUTE: '0', RATE_LIMIT_WRITES_PER_MINUTE: '0', RATE_LIMIT_READS_PER_MINUTE: '0' };
let app: RunningApp | undefined;
afterAll(async () => app?.stop());

/** The server's worker processes (ADR 019: the primary forks them), from /proc. */
function workerPids(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).flatMap((task) => {
    try {
      return readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  });
}

/** SIGKILL to the whole server — the primary and every worker, as a power cut would — then wait until it is gone. */
async function kill(running: RunningApp): Promise<void> {
  const gone = new Promise<void>((resolve) => (running.child.exitCode !== null ? resolve() : running.child.once('exit', () => resolve())));
  const workers = workerPids(running.child.pid!);
  for (const pid of workers) process.kill(pid, 'SIGKILL');
  running.child.kill('SIGKILL');
  await gone;
  // Until the workers are gone too (they were killed; only their parent reaps them).
  while (workers.some((pid) => existsSync(`/proc/${pid}/stat`) && !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8')))) await new Promise((r) => setTimeout(r, 20));
}

/** Restart on the same database: the start-up check and migrations run on the crashed file. */
async function restart(): Promise<RunningApp> {
  app = await startApp('crash-safety', env, { databasePath });
  return app;
}

function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(databasePath, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** When the WAL was last written (its size says little: after a checkpoint it is rewritten from the start). */
const walWritten = () => (existsSync(`${databasePath}-wal`) ? statSync(`${databasePath}-wal`).mtimeMs : 0);

describe('kill -9 in the middle of writes', () => {
  it('a CSV import being applied is wholly there or wholly absent', async () => {
    const running = await restart();
    const cookie = mintSession(databasePath, 'contractmanager@example.nl');
    const products = query<{ code: string; category_code: string }>("SELECT code, category_code FROM products WHERE category_code < '40' ORDER BY code");
    const list: Partial<Record<CsvColumn, string>>[] = [];
    const ORGS = 1500;
    for (let o = 1; o <= ORGS; o++) {
      const org = `CRASH-ORG-${String(o).padStart(5, '0')}`;
      list.push({ soort: 'aanbieder', extern_id: org, naam: `Crashtest Zorg ${o}`, omschrijving: `Aanbieder ${o} uit de crashtest.`, telefoon: '030-1234567', status: 'actief' });
      for (let s = 1; s <= 2; s++) {
        const product = products[(o * 2 + s) % products.length]!;
        list.push({ soort: 'aanbod', extern_id: `${org}-S${s}`, aanbieder_extern_id: org, naam: `Begeleiding ${s}`, soort_aanbod: 'gecontracteerd', wet: 'wmo', categorie: product.category_code, productcode: product.code, talen: 'nl', wachttijd_weken: String(s), status: 'actief' });
      }
    }
    const csv = formatCsv(csvColumns, list.map((r) => csvColumns.map((c) => r[c] ?? '')));
    const form = new FormData();
    form.set('bestand', new Blob([csv], { type: 'text/csv' }), 'crash.csv');
    const uploaded = await fetch(`${running.url}/beheer/import`, { method: 'POST', body: form, headers: { Cookie: cookie, Origin: running.url }, redirect: 'manual' });
    expect(uploaded.status, await uploaded.clone().text()).toBe(302);
    const checkPage = await (await fetch(new URL(uploaded.headers.get('Location')!, running.url), { headers: { Cookie: cookie } })).text();
    const fingerprint = /name="fingerprint" value="([^"]+)"/.exec(checkPage)?.[1];
    expect(fingerprint).toBeTruthy();

    const walBefore = walWritten();
    const apply = fetch(new URL(uploaded.headers.get('Location')!, running.url), {
      method: 'POST',
      body: new URLSearchParams({ fingerprint: fingerprint! }),
      headers: { Cookie: cookie, Origin: running.url, 'Content-Type': 'application/x-www-form-urlencoded' },
      redirect: 'manual',
    }).then((r) => r.status, () => 'no answer' as const);
    // Kill as soon as the transaction starts writing to the WAL (or when the answer comes first).
    let answered: number | 'no answer' | null = null;
    void apply.then((status) => (answered = status));
    while (walWritten() === walBefore && answered === null) await new Promise((r) => setTimeout(r, 2));
    await kill(running);
    const status = await apply;

    await restart();
    expect(integrity(databasePath)).toBe('ok');
    const [orgs] = query<{ n: number }>("SELECT count(*) AS n FROM organizations WHERE external_id LIKE 'CRASH-ORG-%'");
    const [services] = query<{ n: number }>("SELECT count(*) AS n FROM services WHERE external_id LIKE 'CRASH-ORG-%'");
    const [summaries] = query<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE action = 'import' AND entity_type = 'catalogue' AND new_value LIKE '%crash.csv%'");
    console.info(`CSV import killed: answer ${status}; after restart ${orgs!.n} organisations present`);
    expect([0, ORGS]).toContain(orgs!.n);
    expect(services!.n).toBe(orgs!.n * 2);
    expect(summaries!.n).toBe(orgs!.n === ORGS ? 1 : 0);
    if (status === 302) expect(orgs!.n).toBe(ORGS);
  });

  it('reviews posted under load: every confirmed review is there, none is half there', async () => {
    const running = app ?? (await restart());
    const COUNT = 60;
    const cookies = citizensWithSessions(databasePath, 'crash-review', COUNT);
    const orgs = organizations(databasePath, COUNT);
    const results = new Map<number, number | 'no answer'>();
    let next = 0;
    const worker = async () => {
      while (next < COUNT) {
        const i = next++;
        const status = await fetch(`${running.url}/aanbieders/${orgs[i]!.slug}/ervaring-schrijven`, {
          method: 'POST',
          body: reviewForm(i),
          headers: { Cookie: cookies[i]!, Origin: running.url, 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': `10.0.${i >> 8}.${i & 255}` },
          redirect: 'manual',
        }).then((r) => r.status, () => 'no answer' as const);
        results.set(i, status);
      }
    };
    const load = Promise.all(Array.from({ length: 8 }, worker));
    while (results.size < COUNT / 3) await new Promise((r) => setTimeout(r, 2));
    await kill(running);
    await load;

    await restart();
    expect(integrity(databasePath)).toBe('ok');
    const confirmed = [...results].filter(([, status]) => status === 302).map(([i]) => i);
    expect(confirmed.length).toBeGreaterThan(0);
    expect([...results.values()].filter((s) => s !== 302 && s !== 'no answer')).toEqual([]);
    const stored = query<{ email: string; body: string; overall: number; organization_id: string; experience_month: string }>(
      "SELECT u.email, r.body, r.overall, r.organization_id, r.experience_month FROM reviews r JOIN users u ON u.id = r.user_id WHERE u.email LIKE 'crash-review-%'",
    );
    console.info(`reviews killed: ${confirmed.length} confirmed, ${stored.length} stored of ${COUNT}`);
    const storedIndexes = stored.map((row) => Number(/crash-review-(\d+)@/.exec(row.email)![1]));
    for (const i of confirmed) expect(storedIndexes).toContain(i);
    for (const [k, row] of stored.entries()) {
      const i = storedIndexes[k]!;
      const form = reviewForm(i);
      expect(row).toMatchObject({ body: form.get('body'), overall: Number(form.get('overall')), organization_id: orgs[i]!.id, experience_month: form.get('experienceMonth') });
    }
  });

  it('change requests being approved: each is approved with its change and log entry, or still pending without them', async () => {
    const running = app ?? (await restart());
    const COUNT = 40;
    const services = query<{ id: string; organization_id: string; waiting_weeks: number | null }>(
      "SELECT id, organization_id, waiting_weeks FROM services WHERE status = 'active' AND coalesce(waiting_weeks, -1) <> 33 ORDER BY id LIMIT ?",
      COUNT,
    );
    const db = new Database(databasePath);
    const insert = db.prepare("INSERT INTO change_requests (kind, organization_id, service_id, changes, message) VALUES ('provider_update', ?, ?, '{\"waitingWeeks\":33}', 'crashtest')");
    const ids = services.map((s) => Number(insert.run(s.organization_id, s.id).lastInsertRowid));
    db.close();
    const cookie = mintSession(databasePath, 'contractmanager@example.nl');
    const results = new Map<number, number | 'no answer'>();
    let next = 0;
    const worker = async () => {
      while (next < COUNT) {
        const id = ids[next++]!;
        const status = await fetch(`${running.url}/beheer/wijzigingsverzoeken/${id}`, {
          method: 'POST',
          body: new URLSearchParams({ intent: 'approve', note: 'Akkoord' }),
          headers: { Cookie: cookie, Origin: running.url, 'Content-Type': 'application/x-www-form-urlencoded' },
          redirect: 'manual',
        }).then((r) => r.status, () => 'no answer' as const);
        results.set(id, status);
      }
    };
    const load = Promise.all(Array.from({ length: 6 }, worker));
    while (results.size < COUNT / 3) await new Promise((r) => setTimeout(r, 2));
    await kill(running);
    await load;

    await restart();
    expect(integrity(databasePath)).toBe('ok');
    let approved = 0;
    for (const [k, id] of ids.entries()) {
      const [request] = query<{ status: string }>('SELECT status FROM change_requests WHERE id = ?', id);
      const [service] = query<{ waiting_weeks: number | null }>('SELECT waiting_weeks FROM services WHERE id = ?', services[k]!.id);
      const logged = query<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE action = 'approve' AND entity_type = 'change_request' AND entity_id = ?", String(id))[0]!.n;
      const changeLogged = query<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE action = 'update' AND entity_type = 'service' AND entity_id = ? AND field = 'waiting_weeks' AND new_value = '33'", services[k]!.id)[0]!.n;
      if (request!.status === 'approved') {
        approved += 1;
        expect(service!.waiting_weeks).toBe(33);
        expect([logged, changeLogged]).toEqual([1, 1]);
      } else {
        expect(request!.status).toBe('pending');
        expect(results.get(id)).not.toBe(302);
        expect(service!.waiting_weeks).toBe(services[k]!.waiting_weeks);
        expect([logged, changeLogged]).toEqual([0, 0]);
      }
    }
    console.info(`approvals killed: ${[...results.values()].filter((s) => s === 302).length} confirmed, ${approved} approved of ${COUNT}`);
    expect(approved).toBeGreaterThan(0);
  });
});
