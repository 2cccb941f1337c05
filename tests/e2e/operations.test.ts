/**
 * The server's life cycle: SIGTERM drains (a slowly sent request still gets its answer, new
 * connections are refused, the WAL is checkpointed, exit 0) and the start-up check refuses a
 * damaged, read-only or locked database with one clear sentence and no stack trace.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdtempSync, openSync, rmSync, statSync, writeSync, copyFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { copyBaseDatabase } from '../support/copy-database';
import { baseDatabase, projectRoot } from '../support/paths';
import { startApp } from './harness';
import { integrity, SESSION_SECRET } from './ops-support';

/** The first column of the first row. */
function one(path: string, sql: string): unknown {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(sql).pluck().get();
  } finally {
    db.close();
  }
}

const exited = (child: ReturnType<typeof spawn>) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));

describe('SIGTERM', () => {
  it('lets a request in flight finish, refuses new connections, checkpoints the WAL and exits 0', async () => {
    const app = await startApp('drain', { SESSION_SECRET, SHUTDOWN_TIMEOUT_SECONDS: '20' });
    const slug = one(app.databasePath, "SELECT slug FROM organizations WHERE status = 'active' ORDER BY slug LIMIT 1") as string;
    const body = new URLSearchParams({ topic: 'phone', message: 'Het telefoonnummer op de website klopt niet meer, graag aanpassen.' }).toString();
    const url = new URL(`${app.url}/aanbieders/${slug}/fout-melden`);
    // A form post whose body arrives slowly: half now, the rest after SIGTERM.
    const answer = new Promise<{ status: number }>((resolve, reject) => {
      const req = request(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(body), Origin: app.url } },
        (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 20));
      setTimeout(() => {
        app.child.kill('SIGTERM');
        // Wait until the server has stopped listening, then finish the body.
        const probe = async () => {
          try {
            await fetch(`${app.url}/healthz`);
            setTimeout(probe, 50);
          } catch {
            req.end(body.slice(20));
          }
        };
        void probe();
      }, 300);
    });
    const code = exited(app.child);
    expect((await answer).status).toBe(302);
    expect(await code).toBe(0);
    // The post was answered after the drain began (its line follows the SIGTERM line).
    const log = app.output();
    expect(log).toMatch(/SIGTERM: no new connections; waiting for \d+ request/);
    expect(log.indexOf('SIGTERM:')).toBeLessThan(log.search(/POST \/aanbieders\/[^ ]+\/fout-melden 302/));
    expect(app.output()).toMatch(/WAL checkpointed, database closed/);
    expect(existsSync(`${app.databasePath}-wal`) ? statSync(`${app.databasePath}-wal`).size : 0).toBe(0);
    expect(integrity(app.databasePath)).toBe('ok');
    expect(one(app.databasePath, "SELECT count(*) FROM change_requests WHERE message LIKE '%Het telefoonnummer op de website klopt niet meer%'")).toBe(1);
  });

  it('does not wait longer than SHUTDOWN_TIMEOUT_SECONDS for a request that never ends', async () => {
    const app = await startApp('drain-bound', { SESSION_SECRET, SHUTDOWN_TIMEOUT_SECONDS: '1' });
    const slug = one(app.databasePath, "SELECT slug FROM organizations WHERE status = 'active' ORDER BY slug LIMIT 1") as string;
    const url = new URL(`${app.url}/aanbieders/${slug}/fout-melden`);
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': 1000, Origin: app.url } });
    req.on('error', () => undefined);
    req.write('topic=phone');
    await new Promise((r) => setTimeout(r, 300));
    app.child.kill('SIGTERM');
    expect(await exited(app.child)).toBe(0);
    expect(app.output()).toMatch(/cut off/);
    expect(integrity(app.databasePath)).toBe('ok');
    req.destroy();
  });
});

describe('the database check at start', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** Runs `npm start`'s script on `databasePath` until it exits; returns the code and output. */
  function start(databasePath: string, options: { uid?: number } = {}) {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      cwd: projectRoot,
      env: { ...process.env, NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: databasePath, SESSION_SECRET, HOME: tmpdir() },
      encoding: 'utf8',
      timeout: 60_000,
      ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
    });
    return { code: result.status, output: `${result.stdout}${result.stderr}` };
  }

  const noStackTrace = (output: string) => expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);

  it('refuses a damaged database', () => {
    const path = copyBaseDatabase('start-damaged');
    const fd = openSync(path, 'r+');
    for (let offset = 4096 * 3; offset < statSync(path).size; offset += 4096 * 7) writeSync(fd, Buffer.alloc(4096, 0x42), 0, 4096, offset);
    closeSync(fd);
    const { code, output } = start(path);
    expect(code).toBe(1);
    expect(output).toMatch(/is damaged .*Restore the latest backup/);
    noStackTrace(output);
  });

  it('refuses a file that is not a database', () => {
    const path = copyBaseDatabase('start-not-a-database');
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.from('this is not an SQLite file at all'), 0, 32, 0);
    closeSync(fd);
    const { code, output } = start(path);
    expect(code).toBe(1);
    expect(output).toMatch(/is damaged \(file is not a database\)/);
    noStackTrace(output);
  });

  // As root every file is writable: the server runs as "nobody" on a file root owns (so this needs root).
  it.skipIf(process.getuid?.() !== 0)('refuses a read-only database (the server runs as another user than the file’s owner)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-readonly-'));
    dirs.push(dir);
    chmodSync(dir, 0o755);
    const path = join(dir, 'sociale-kaart.db');
    copyFileSync(baseDatabase, path);
    chmodSync(path, 0o644);
    const { code, output } = start(path, { uid: 65534 });
    expect(code).toBe(1);
    expect(output).toMatch(/is read-only .*check the owner and permissions/);
    noStackTrace(output);
  });

  it('refuses a database another process keeps locked', () => {
    const path = copyBaseDatabase('start-locked');
    const holder = new Database(path);
    holder.prepare('BEGIN EXCLUSIVE').run();
    try {
      const { code, output } = start(path);
      expect(code).toBe(1);
      expect(output).toMatch(/is locked by another process/);
      noStackTrace(output);
    } finally {
      holder.prepare('ROLLBACK').run();
      holder.close();
    }
  });
});
