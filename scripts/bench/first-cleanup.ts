/**
 * The first scheduled cleanup on a freshly seeded demo (app/models/retention.server.ts), as the
 * server runs it five seconds after start: each run seeds a fresh demo database (reference date
 * 2026-11-01) and times `runCleanup` a month later, wall and CPU, per part.
 *   npx tsx scripts/bench/first-cleanup.ts [--runs 3] [--now 2026-12-03T06:00:00Z]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { migrateDatabase, openDatabase } from '../../db/client';
import { seedDatabase } from '../../db/seed/index';
import { hashPassword } from '../../app/lib/password.server';
import { deleteDeadSessions, deleteSpentInvitations } from '../../app/models/retention.server';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, now: { type: 'string', default: '2026-12-03T06:00:00Z' } } });
const now = new Date(values.now);
const passwordHash = await hashPassword('benchmark-password');

function timed<T>(run: () => T): { result: T; wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = run();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { result, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

const invitationCpu: number[] = [];
for (let run = 0; run < Number(values.runs); run++) {
  const dir = mkdtempSync(join(tmpdir(), 'sk-bench-'));
  const db = openDatabase(join(dir, 'bench.db'));
  migrateDatabase(db);
  seedDatabase(db, { scale: 'demo', seed: 42, referenceDate: new Date('2026-11-01T00:00:00Z'), passwordHash });
  const sessions = timed(() => deleteDeadSessions(db, now));
  const invitations = timed(() => deleteSpentInvitations(db, now));
  invitationCpu.push(invitations.cpuMs);
  console.log(
    `run ${run + 1}: sessions ${sessions.result} in ${sessions.wallMs.toFixed(1)} ms (CPU ${sessions.cpuMs.toFixed(1)} ms); ` +
      `invitations ${invitations.result} in ${invitations.wallMs.toFixed(1)} ms (CPU ${invitations.cpuMs.toFixed(1)} ms)`,
  );
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
}
invitationCpu.sort((a, b) => a - b);
console.log(`deleteSpentInvitations: median CPU ${invitationCpu[Math.floor(invitationCpu.length / 2)]!.toFixed(1)} ms over ${invitationCpu.length} run(s)`);
