/**
 * Operations in the running app (in-process, against the built app): request ids and JSON
 * request lines, security-event lines, the 503 page when the database cannot be used, and the
 * retention cleanup with the audit log's purge mechanism.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { closeSync, copyFileSync, openSync, writeSync } from 'node:fs';
import type { ServerBuild } from '@remix-run/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale, serverBuildFile } from '../../scripts/build-if-stale';
import { createApp } from '../../scripts/server';
import { defaultTiers } from '../../scripts/security/rate-limit';
import { getDb, type Db } from '../../app/db.server';
import { openDatabase } from '../../db/client';
import { audit } from '../../app/models/audit.server';
import { createSession } from '../../app/models/session.server';
import { purgeAuditLog, runCleanup, INVITATION_GRACE_DAYS } from '../../app/models/retention.server';
import { setLogWriter } from '../../app/lib/log.server';
import { fixedClock } from '../../app/domain/clock';
import { scheduledBackup, scheduledCleanup } from '../../scripts/ops/maintenance';
import { integrityCheck, listScheduledBackups } from '../../db/backup';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { sessionCookieName } from '../../app/utils/session-cookie.server';

const sqlite = () => getDb().$client;
let server: Server;
let origin = '';
const lines: string[] = [];

beforeAll(async () => {
  buildIfStale(() => undefined);
  const build = (await import(`${pathToFileURL(serverBuildFile).href}?t=${Date.now()}`)) as ServerBuild;
  const app = createApp({ build, mode: 'production', logRequests: true, rateLimits: defaultTiers.map((tier) => ({ ...tier, limit: 100_000 })) });
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.LOG_FORMAT = 'json';
  setLogWriter((line) => lines.push(line));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  lines.length = 0;
});

const json = () => lines.map((line) => JSON.parse(line) as Record<string, any>);
const waitForLine = async (event: string) => {
  for (let i = 0; i < 100 && !json().some((l) => l.event === event); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('request log', () => {
  it('writes one JSON line per request with the request id, status, duration and user id — never an e-mail or token', async () => {
    const user = sqlite().prepare("SELECT id, role FROM users WHERE email = 'medewerker@example.nl'").get() as { id: number; role: 'staff' };
    const { token } = createSession(getDb(), user, { now: new Date() });
    const response = await fetch(`${origin}/zoeken?q=thuiszorg`, { headers: { Cookie: `${sessionCookieName()}=${token}`, 'X-Request-Id': 'trace-0123456789' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('X-Request-Id')).toBe('trace-0123456789');
    await waitForLine('request');
    const line = json().find((l) => l.event === 'request')!;
    expect(line).toMatchObject({ level: 'info', requestId: 'trace-0123456789', method: 'GET', path: '/zoeken?q=thuiszorg', status: 200, userId: user.id });
    expect(typeof line.durationMs).toBe('number');
    expect(typeof line.time).toBe('string');
    expect(lines.join('')).not.toContain('medewerker@example.nl');
    expect(lines.join('')).not.toContain(token);
  });

  it('makes a request id when none or a strange one is given, and keeps secrets out of the path', async () => {
    const response = await fetch(`${origin}/wachtwoord-herstellen/r.12.1800000000.abcdef`, { headers: { 'X-Request-Id': 'bad id <script>' } });
    const id = response.headers.get('X-Request-Id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await waitForLine('request');
    const line = json().find((l) => l.event === 'request')!;
    expect(line.requestId).toBe(id);
    expect(line.path).toBe('/wachtwoord-herstellen/[token]');
    expect(line.userId).toBeNull();
  });
});

describe('security events', () => {
  it('a sign-in recorded in the audit log is also a log line with who, what, when, from where and outcome', () => {
    const at = new Date('2026-11-20T09:00:00Z');
    audit(getDb(), { actor: { userId: 7, label: 'someone@example.nl', ip: '192.0.2.7', at }, action: 'sign_in', entityType: 'account', entityId: 7, result: 'failure', at });
    audit(getDb(), { actor: { userId: 7, label: 'someone@example.nl', ip: '192.0.2.7', at }, action: 'update', entityType: 'service', entityId: 'x', field: 'name', newValue: 'y', at });
    const events = json().filter((l) => l.event === 'security');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      level: 'warn',
      who: { userId: 7 },
      what: { action: 'sign_in', entityType: 'account', entityId: '7' },
      when: '2026-11-20T09:00:00.000Z',
      from: { ip: '192.0.2.7' },
      outcome: 'failure',
    });
    expect(lines.join('')).not.toContain('someone@example.nl');
  });

  it('a catalogue export by a contract manager is a security event', async () => {
    const user = sqlite().prepare("SELECT id, role FROM users WHERE email = 'contractmanager@example.nl'").get() as { id: number; role: 'contract_manager' };
    const { token } = createSession(getDb(), user, { now: new Date() });
    const response = await fetch(`${origin}/beheer/export`, { headers: { Cookie: `${sessionCookieName()}=${token}` } });
    expect(response.status).toBe(200);
    await response.text();
    const event = json().find((l) => l.event === 'security')!;
    expect(event).toMatchObject({ who: { userId: user.id }, what: { action: 'export', entityType: 'catalogue' }, from: { ip: '127.0.0.1' }, outcome: 'success' });
    expect(event.requestId).toBe(json().find((l) => l.event === 'request')?.requestId ?? event.requestId);
  });
});

describe('a database that cannot be used', () => {
  const shared = (globalThis as unknown as Record<symbol, { db?: Db }>)[Symbol.for('sociale-kaart.db')]!;

  async function withConnection(db: Db, run: () => Promise<void>) {
    const original = getDb();
    shared.db = db;
    try {
      await run();
    } finally {
      shared.db = original;
      db.$client.close();
    }
  }

  it('a write that fails because the database is read-only gets a 503 page in Dutch, without a stack trace', async () => {
    const slug = sqlite().prepare("SELECT slug FROM organizations WHERE status = 'active' ORDER BY slug LIMIT 1").pluck().get() as string;
    await withConnection(openDatabase(process.env.DATABASE_PATH!, { readonly: true }), async () => {
      const response = await fetch(`${origin}/aanbieders/${slug}/fout-melden`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin },
        body: new URLSearchParams({ topic: 'phone', message: 'Het telefoonnummer klopt niet.' }).toString(),
        redirect: 'manual',
      });
      expect(response.status).toBe(503);
      expect(response.headers.get('Retry-After')).toBe('60');
      const html = await response.text();
      expect(html).toContain('<html lang="nl">');
      expect(html).toContain('Even niet beschikbaar');
      expect(html).not.toMatch(/SqliteError|at \w+ \(|readonly/i);
    });
    await waitForLine('request');
    expect(json().find((l) => l.event === 'request')).toMatchObject({ status: 503, database: 'readonly' });
  });

  it('a read of a damaged database gets the 503 page in English for an English visitor', async () => {
    const slug = sqlite().prepare("SELECT slug FROM organizations WHERE status = 'active' ORDER BY slug LIMIT 1").pluck().get() as string;
    const damaged = `${process.env.DATABASE_PATH}.damaged`;
    sqlite().pragma('wal_checkpoint(TRUNCATE)');
    copyFileSync(process.env.DATABASE_PATH!, damaged);
    // Overwrite every page of the organisations table and its indexes with garbage.
    const pageSize = sqlite().pragma('page_size', { simple: true }) as number;
    const pages = sqlite()
      .prepare("SELECT pageno FROM dbstat WHERE name = 'organizations' OR name IN (SELECT name FROM sqlite_master WHERE tbl_name = 'organizations' AND type = 'index')")
      .pluck()
      .all() as number[];
    expect(pages.length).toBeGreaterThan(0);
    const fd = openSync(damaged, 'r+');
    for (const page of pages) writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (page - 1) * pageSize);
    closeSync(fd);
    await withConnection(openDatabase(damaged, { readonly: true }), async () => {
      const response = await fetch(`${origin}/aanbieders/${slug}`, { headers: { 'Accept-Language': 'en' } });
      expect(response.status).toBe(503);
      const html = await response.text();
      expect(html).toContain('Temporarily unavailable');
      expect(html).not.toMatch(/SqliteError|malformed/i);
      // The same for a data request of client-side navigation.
      const data = await fetch(`${origin}/aanbieders/${slug}.data`);
      expect(data.status).toBe(503);
      expect(await data.text()).not.toMatch(/SqliteError|malformed/i);
    });
    await waitForLine('request');
    expect(json().find((l) => l.event === 'request')).toMatchObject({ status: 503, database: 'corrupt' });
  });
});

describe('retention', () => {
  const now = new Date('2026-11-20T10:00:00Z');
  const seconds = (date: Date) => Math.floor(date.getTime() / 1000);
  const daysAgo = (days: number) => seconds(new Date(now.getTime() - days * 86_400_000));

  it('removes dead sessions and spent invitation codes, and keeps live ones', () => {
    const db = sqlite();
    const citizen = db.prepare("SELECT id FROM users WHERE role = 'citizen' LIMIT 1").pluck().get() as number;
    const staff = db.prepare("SELECT id FROM users WHERE role = 'staff' LIMIT 1").pluck().get() as number;
    const insert = db.prepare('INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)');
    insert.run('ret-expired', citizen, daysAgo(40), daysAgo(1), daysAgo(10));
    insert.run('ret-idle-staff', staff, daysAgo(0.1), daysAgo(0.05), daysAgo(-1));
    insert.run('ret-alive-citizen', citizen, daysAgo(2), daysAgo(1), daysAgo(-20));
    const org = db.prepare('SELECT id FROM organizations LIMIT 1').pluck().get() as string;
    const invite = db.prepare('INSERT INTO review_invitations (code_hash, organization_id, created_at, expires_at, used_at) VALUES (?, ?, ?, ?, ?)');
    invite.run('ret-used-long-ago', org, daysAgo(100), daysAgo(-10), daysAgo(INVITATION_GRACE_DAYS + 1));
    invite.run('ret-expired-long-ago', org, daysAgo(200), daysAgo(INVITATION_GRACE_DAYS + 5), null);
    invite.run('ret-used-recently', org, daysAgo(20), daysAgo(-70), daysAgo(3));
    invite.run('ret-open', org, daysAgo(5), daysAgo(-85), null);

    const result = runCleanup(getDb(), now, {});
    expect(result.sessions).toBeGreaterThanOrEqual(2);
    expect(result.auditEntries).toBe(0);
    const sessions = db.prepare("SELECT id FROM sessions WHERE id LIKE 'ret-%' ORDER BY id").pluck().all();
    expect(sessions).toEqual(['ret-alive-citizen']);
    const codes = db.prepare("SELECT code_hash FROM review_invitations WHERE code_hash LIKE 'ret-%' ORDER BY code_hash").pluck().all();
    expect(codes).toEqual(['ret-open', 'ret-used-recently']);
  });

  it('purges audit entries older than the retention through a recorded purge; edits and other deletes stay refused', () => {
    const db = sqlite();
    const entry = db.prepare("INSERT INTO audit_log (at, actor, action, entity_type) VALUES (?, 'system', 'retention-probe', 'probe')");
    entry.run(daysAgo(800));
    entry.run(daysAgo(400));
    entry.run(daysAgo(100));
    const probes = () => db.prepare("SELECT at FROM audit_log WHERE action = 'retention-probe' ORDER BY at").pluck().all() as number[];

    // Without a purge record nothing may be deleted, and nothing may ever be edited.
    expect(() => db.prepare("DELETE FROM audit_log WHERE action = 'retention-probe'").run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE audit_log SET actor = 'x' WHERE action = 'retention-probe'").run()).toThrow(/append-only/);
    // A purge must keep at least 30 days.
    expect(() => purgeAuditLog(getDb(), now, 10)).toThrow(/at least 30 days/);

    const before = (db.prepare('SELECT count(*) FROM audit_log WHERE at < ?').pluck().get(daysAgo(365)) as number);
    expect(purgeAuditLog(getDb(), now, 365)).toBe(before);
    expect(probes()).toEqual([daysAgo(100)]);
    const purge = db.prepare('SELECT at, before_at, retention_days, deleted FROM audit_log_purges ORDER BY id DESC').get();
    expect(purge).toEqual({ at: seconds(now), before_at: daysAgo(365), retention_days: 365, deleted: before });

    // Younger entries stay protected, and the purge record itself cannot be changed or removed.
    expect(() => db.prepare("DELETE FROM audit_log WHERE action = 'retention-probe'").run()).toThrow(/append-only/);
    expect(() => db.prepare('UPDATE audit_log_purges SET before_at = 0').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log_purges').run()).toThrow(/append-only/);
  });
});

describe('scheduled work in the server', () => {
  it('writes verified backups into BACKUP_DIR on its own connection, keeps BACKUP_KEEP of them, and logs each', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-scheduled-'));
    try {
      const env = { BACKUP_DIR: dir, DATA_DIR: dir, BACKUP_EVERY_HOURS: 6, BACKUP_KEEP: 2, AUDIT_RETENTION_DAYS: undefined };
      for (const at of ['2026-11-20T00:00:00Z', '2026-11-20T06:00:00Z', '2026-11-20T12:00:00Z']) {
        expect(await scheduledBackup({ env, clock: fixedClock(at), getDb })).toMatch(/sociale-kaart-20261120T\d{6}Z\.db$/);
      }
      const kept = listScheduledBackups(dir).map((b) => b.file);
      expect(kept.map((file) => basename(file))).toEqual(['sociale-kaart-20261120T120000Z.db', 'sociale-kaart-20261120T060000Z.db']);
      expect(integrityCheck(kept[0]!)).toBe('ok');
      const logged = json().filter((l) => l.event === 'backup');
      expect(logged).toHaveLength(3);
      expect(logged[2]).toMatchObject({ integrity: 'ok', removed: ['sociale-kaart-20261120T000000Z.db'] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('logs the cleanup with what it removed', () => {
    const result = scheduledCleanup({ env: { BACKUP_DIR: undefined, DATA_DIR: '/nonexistent', BACKUP_EVERY_HOURS: 0, BACKUP_KEEP: 1, AUDIT_RETENTION_DAYS: undefined }, clock: fixedClock('2026-11-20T10:00:00Z'), getDb });
    expect(result).not.toBeNull();
    expect(json().find((l) => l.event === 'cleanup')).toMatchObject({ sessions: result!.sessions, invitations: result!.invitations, auditEntries: 0 });
  });
});
