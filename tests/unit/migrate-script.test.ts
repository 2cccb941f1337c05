/** `npm run db:migrate` (scripts/migrate.ts): applies what is pending to DATABASE_PATH and says what it did. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { migrationsFolder } from '../../db/client';
import { describeReport, runMigrations } from '../../scripts/migrate';
import { projectRoot, tmpDir } from '../support/paths';

const dir = join(tmpDir, 'migrate-script');
const tags = (JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] }).entries.map((e) => e.tag);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run db:migrate', () => {
  it('applies every migration to a new file, then nothing the second time', () => {
    mkdirSync(dir, { recursive: true });
    const path = join(dir, 'fresh.db');
    rmSync(path, { force: true });
    const first = runMigrations(path);
    expect(first).toMatchObject({ existed: false, applied: tags, level: tags.length, latest: tags.at(-1) });
    const sqlite = new Database(path, { readonly: true });
    expect(sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'organizations'").get()).toEqual({ n: 1 });
    sqlite.close();
    const second = runMigrations(path);
    expect(second).toMatchObject({ existed: true, applied: [], level: tags.length });
    expect(describeReport(second)).toContain('Nothing to do');
    expect(describeReport(first)).toContain(`Applied ${tags.length} migrations`);
  });

  it('refuses a database made by a newer version of the code', () => {
    mkdirSync(dir, { recursive: true });
    const path = join(dir, 'newer.db');
    rmSync(path, { force: true });
    runMigrations(path);
    const sqlite = new Database(path);
    sqlite.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('from-the-future', 4102444800000);
    sqlite.close();
    expect(() => runMigrations(path)).toThrow(/newer version/);
  });

  it('runs from the command line on DATABASE_PATH and reports what it applied', () => {
    mkdirSync(dir, { recursive: true });
    const path = join(dir, 'cli.db');
    rmSync(path, { force: true });
    const output = execFileSync(process.execPath, [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/migrate.ts'], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_PATH: path },
      encoding: 'utf8',
    });
    expect(output).toContain(`Database: ${path} (new file)`);
    for (const tag of tags) expect(output).toContain(tag);
  });
});
