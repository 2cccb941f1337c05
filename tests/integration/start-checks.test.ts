/**
 * `npm start` (scripts/start.ts) as a real process: production mode unless told otherwise, and it
 * refuses what must not be served — a real database without PUBLIC_URL, a demo database behind
 * PUBLIC_URL without DEMO_DATA=true, demo accounts in a database that is not a demo.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { copyBaseDatabase } from '../support/copy-database';
import { projectRoot, tmpDir } from '../support/paths';

function start(env: Record<string, string>): { status: number | null; output: string } {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !['NODE_ENV', 'PUBLIC_URL', 'DEMO_DATA', 'DATABASE_PATH', 'VITEST', 'VITEST_POOL_ID'].includes(key)));
  const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts'], {
    cwd: projectRoot,
    env: { ...inherited, PORT: '0', HOST: '127.0.0.1', LOG_REQUESTS: 'false', ...env } as unknown as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm start refuses an unsafe deployment', { timeout: 120_000 }, () => {
  it('runs in production mode by default: a real database needs PUBLIC_URL', () => {
    const databasePath = join(tmpDir, 'db', `start-empty-${process.pid}.db`);
    const { status, output } = start({ DATABASE_PATH: databasePath, DEMO_DATA: 'false' });
    expect(status).toBe(1);
    expect(output).toMatch(/PUBLIC_URL must be set in production/);
  });

  it('refuses a demo database behind PUBLIC_URL unless DEMO_DATA=true', () => {
    const { status, output } = start({ DATABASE_PATH: copyBaseDatabase('start-demo'), PUBLIC_URL: 'https://kaart.example.nl' });
    expect(status).toBe(1);
    expect(output).toMatch(/is a demo with made-up data/);
  });

  it('refuses the demo accounts in a database that was not created as a demo', () => {
    const databasePath = copyBaseDatabase('start-not-demo');
    const db = new Database(databasePath);
    db.prepare("DELETE FROM app_meta WHERE key = 'demo'").run();
    db.close();
    const { status, output } = start({ DATABASE_PATH: databasePath, PUBLIC_URL: 'https://kaart.example.nl', DEMO_DATA: 'false' });
    expect(status).toBe(1);
    expect(output).toMatch(/has the demo accounts/);
  });
});
