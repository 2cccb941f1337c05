/**
 * Backup under concurrent writes from another process, restore, and the checks restore makes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync, openSync, writeSync, closeSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { backupDatabase, BackupError, integrityCheck, migrationLevel, pruneBackups, restoreDatabase, scheduledBackupName } from '../../db/backup';
import { copyBaseDatabase } from '../support/copy-database';
import { projectRoot, tmpDir } from '../support/paths';

const dir = join(tmpDir, 'backup-test');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const now = new Date('2026-11-20T10:00:00Z');

/** Another process that appends audit entries, one transaction each, until its stdin closes. */
function startWriter(path: string) {
  const code = `
    const Database = require('better-sqlite3');
    const db = new Database(${JSON.stringify(path)});
    db.pragma('journal_mode = WAL'); db.pragma('busy_timeout = 5000');
    const insert = db.prepare("INSERT INTO audit_log (actor, action, entity_type, entity_id, new_value) VALUES ('system', 'probe', 'probe', ?, ?)");
    let n = 0, stop = false;
    process.stdin.on('end', () => { stop = true; }); process.stdin.resume();
    const tick = () => {
      if (stop) { db.close(); process.stdout.write('done ' + n + '\\n'); return; }
      for (let i = 0; i < 20; i++) { n++; insert.run(String(n), 'x'.repeat(200)); }
      if (n === 20) process.stdout.write('started\\n');
      setImmediate(tick);
    };
    tick();`;
  const child = spawn(process.execPath, ['-e', code], { cwd: projectRoot, stdio: ['pipe', 'pipe', 'inherit'] });
  let output = '';
  const started = new Promise<void>((resolve) => child.stdout.on('data', (chunk) => ((output += chunk), output.includes('started') && resolve())));
  const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { started, stop: async () => (child.stdin.end(), await done, output) };
}

function probeRows(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare("SELECT entity_id FROM audit_log WHERE action = 'probe' ORDER BY id").pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('backup and restore', () => {
  it('backs up while another process writes, and restores exactly the backed-up rows', async () => {
    const live = copyBaseDatabase('backup-live');
    const writer = startWriter(live);
    await writer.started;
    const file = join(dir, 'under-load.db');
    const result = await backupDatabase(live, file);
    expect(result.file).toBe(file);
    expect(existsSync(`${file}.partial`)).toBe(false);
    expect(integrityCheck(file)).toBe('ok');
    const backedUp = probeRows(file);
    expect(backedUp.length).toBeGreaterThan(0);
    // Let the writer get past the snapshot before stopping it, so the live database moved on.
    const source = new Database(live, { readonly: true });
    while ((source.prepare("SELECT count(*) FROM audit_log WHERE action = 'probe'").pluck().get() as number) <= backedUp.length) {
      await new Promise((r) => setTimeout(r, 20));
    }
    source.close();
    await writer.stop();
    const liveRows = probeRows(live);
    expect(liveRows.length).toBeGreaterThan(backedUp.length);
    // A consistent snapshot: exactly the first rows, each transaction wholly there.
    expect(backedUp).toEqual(liveRows.slice(0, backedUp.length));

    const restored = restoreDatabase(file, live, now);
    expect(restored.keptAside).toBe(`${live}.before-restore-20261120T100000Z`);
    expect(probeRows(live)).toEqual(backedUp);
    expect(integrityCheck(live)).toBe('ok');
    expect(existsSync(`${live}-wal`)).toBe(false);
    // The database that was live before is kept aside whole, its WAL folded in.
    expect(probeRows(restored.keptAside!)).toEqual(liveRows);
    expect(integrityCheck(restored.keptAside!)).toBe('ok');
  });

  it('backs up through the server’s own connection while it writes', async () => {
    const live = copyBaseDatabase('backup-own');
    const db = new Database(live);
    db.pragma('journal_mode = WAL');
    const insert = db.prepare("INSERT INTO audit_log (actor, action, entity_type, entity_id) VALUES ('system', 'probe', 'probe', ?)");
    let n = 0;
    let writing = true;
    const loop = (async () => {
      while (writing) {
        insert.run(String(++n));
        await new Promise((r) => setImmediate(r));
      }
    })();
    const file = join(dir, 'own.db');
    await backupDatabase(db, file);
    writing = false;
    await loop;
    db.close();
    expect(integrityCheck(file)).toBe('ok');
    const rows = probeRows(file);
    expect(rows).toEqual(probeRows(live).slice(0, rows.length));
  });

  it('refuses a damaged file, a newer schema and a database in use, changing nothing', async () => {
    const live = copyBaseDatabase('backup-refuse');
    const good = join(dir, 'good.db');
    await backupDatabase(live, good);
    expect(migrationLevel(good)).toMatchObject({ newer: false, older: false });

    const newer = join(dir, 'newer.db');
    copyFileSync(good, newer);
    const n = new Database(newer);
    n.prepare("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('future', 4102444800000)").run();
    n.close();
    expect(migrationLevel(newer).newer).toBe(true);
    expect(() => restoreDatabase(newer, live, now)).toThrow(/newer version/);

    const older = join(dir, 'older.db');
    copyFileSync(good, older);
    const o = new Database(older);
    o.prepare('DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations)').run();
    o.close();
    expect(migrationLevel(older)).toMatchObject({ newer: false, older: true });

    const damaged = join(dir, 'damaged.db');
    copyFileSync(good, damaged);
    const fd = openSync(damaged, 'r+');
    const size = statSync(damaged).size;
    writeSync(fd, Buffer.alloc(8192, 0xab), 0, 8192, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);
    expect(() => restoreDatabase(damaged, live, now)).toThrow(BackupError);

    const notDb = join(dir, 'not-a-database.db');
    writeFileSync(notDb, 'hello');
    expect(() => restoreDatabase(notDb, live, now)).toThrow(BackupError);

    const server = new Database(live);
    server.pragma('journal_mode = WAL');
    server.prepare('SELECT count(*) FROM organizations').get();
    expect(() => restoreDatabase(good, live, now)).toThrow(/in use/);
    server.close();
    expect(existsSync(`${live}.before-restore-20261120T100000Z`)).toBe(false);
  });

  it('keeps the newest scheduled backups', () => {
    const scheduled = join(dir, 'scheduled');
    mkdirSync(scheduled, { recursive: true });
    for (let day = 1; day <= 5; day++) writeFileSync(scheduledBackupName(scheduled, new Date(Date.UTC(2026, 10, day))), '');
    writeFileSync(join(scheduled, 'something-else.db'), '');
    expect(pruneBackups(scheduled, 3)).toEqual(['sociale-kaart-20261102T000000Z.db', 'sociale-kaart-20261101T000000Z.db']);
    expect(existsSync(join(scheduled, 'something-else.db'))).toBe(true);
  });

  it('npm run backup and npm run restore: asks, refuses without a terminal, restores with --yes', () => {
    const live = copyBaseDatabase('backup-cli');
    const file = join(dir, 'cli.db');
    const run = (script: string, args: string[]) =>
      spawnSync(process.execPath, [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), script, ...args], {
        cwd: projectRoot,
        env: { ...process.env, DATABASE_PATH: live },
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
      });
    const backup = run('scripts/backup.ts', [file]);
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/verified \(integrity_check ok\)/);

    const refused = run('scripts/restore.ts', [file]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/Not a terminal: add --yes/);
    expect(existsSync(live)).toBe(true);

    const restored = run('scripts/restore.ts', [file, '--yes']);
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/Restored .* to /);
    expect(restored.stdout).toMatch(/previous database is kept at .*before-restore-/);
  });
});
