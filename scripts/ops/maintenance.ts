/**
 * Work the server does on a schedule, on its own database connection: backups
 * (BACKUP_EVERY_HOURS into BACKUP_DIR, keeping BACKUP_KEEP) and the hourly cleanup of
 * app/models/retention.server.ts. Every run is logged. Timers do not keep the process alive.
 */
import { join, resolve } from 'node:path';
import type { Env } from '../../app/env.server';
import type { Clock } from '../../app/domain/clock';
import { runCleanup } from '../../app/models/retention.server';
import { logEvent } from '../../app/lib/log.server';
import type { Db } from '../../db/client';
import { backupDatabase, listScheduledBackups, pruneBackups, scheduledBackupName } from '../../db/backup';

const HOUR_MS = 60 * 60 * 1000;

export function defaultBackupDir(env: Pick<Env, 'BACKUP_DIR' | 'DATA_DIR'>): string {
  return env.BACKUP_DIR ? resolve(env.BACKUP_DIR) : join(env.DATA_DIR, 'backups');
}

export interface MaintenanceOptions {
  env: Pick<Env, 'BACKUP_DIR' | 'DATA_DIR' | 'BACKUP_EVERY_HOURS' | 'BACKUP_KEEP' | 'AUDIT_RETENTION_DAYS'>;
  clock: Clock;
  getDb: () => Db;
  cleanupEveryMs?: number;
}

/** One scheduled backup: written, verified, older ones pruned. */
export async function scheduledBackup(options: MaintenanceOptions): Promise<string | null> {
  const dir = defaultBackupDir(options.env);
  const file = scheduledBackupName(dir, options.clock.now());
  try {
    const result = await backupDatabase(options.getDb().$client, file);
    const removed = pruneBackups(dir, options.env.BACKUP_KEEP);
    logEvent('info', 'backup', { file: result.file, bytes: result.bytes, durationMs: Math.round(result.durationMs), integrity: 'ok', removed }, {
      text: `backup written and verified: ${result.file} (${result.bytes} bytes, ${Math.round(result.durationMs)} ms)${removed.length ? `; removed ${removed.join(', ')}` : ''}`,
    });
    return result.file;
  } catch (error) {
    logEvent('error', 'backup_failed', { file, error: (error as Error).message });
    return null;
  }
}

export function scheduledCleanup(options: MaintenanceOptions) {
  try {
    const result = runCleanup(options.getDb(), options.clock.now(), { auditRetentionDays: options.env.AUDIT_RETENTION_DAYS });
    logEvent('info', 'cleanup', { ...result }, {
      text: `cleanup: removed ${result.sessions} sessions, ${result.invitations} invitation codes, ${result.auditEntries} audit entries`,
    });
    return result;
  } catch (error) {
    logEvent('error', 'cleanup_failed', { error: (error as Error).message });
    return null;
  }
}

/** Starts the schedules; returns a function that stops them. */
export function startMaintenance(options: MaintenanceOptions): () => void {
  const timers: NodeJS.Timeout[] = [];
  const every = (ms: number, run: () => unknown) => {
    const timer = setInterval(run, ms);
    timer.unref();
    timers.push(timer);
  };
  const cleanupMs = options.cleanupEveryMs ?? HOUR_MS;
  const first = setTimeout(() => scheduledCleanup(options), 5_000);
  first.unref();
  timers.push(first);
  every(cleanupMs, () => scheduledCleanup(options));

  const hours = options.env.BACKUP_EVERY_HOURS;
  if (hours > 0) {
    const intervalMs = hours * HOUR_MS;
    // After a restart, back up at once when the newest backup is older than the interval.
    const newest = listScheduledBackups(defaultBackupDir(options.env))[0];
    const due = !newest || options.clock.now().getTime() - newest.mtimeMs >= intervalMs;
    if (due) {
      const soon = setTimeout(() => void scheduledBackup(options), 1_000);
      soon.unref();
      timers.push(soon);
    }
    every(intervalMs, () => void scheduledBackup(options));
    logEvent('info', 'backup_schedule', { everyHours: hours, keep: options.env.BACKUP_KEEP, dir: defaultBackupDir(options.env) }, {
      text: `backups every ${hours} h into ${defaultBackupDir(options.env)}, keeping ${options.env.BACKUP_KEEP}`,
    });
  }
  return () => {
    for (const timer of timers) clearInterval(timer);
  };
}
