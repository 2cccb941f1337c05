/**
 * `npm run backup [FILE]`: an online backup of the database (the server may keep running), checked
 * with `PRAGMA integrity_check` before it is reported good. Without FILE it goes to BACKUP_DIR (or
 * data/backups) as sociale-kaart-<time>.db.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { EnvError, parseEnv } from '../app/env.server';
import { systemClock } from '../app/domain/clock';
import { backupDatabase, BackupError, scheduledBackupName } from '../db/backup';
import { defaultBackupDir } from './ops/maintenance';

async function main() {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  const env = parseEnv();
  const destination = positionals[0] ? resolve(positionals[0]) : scheduledBackupName(defaultBackupDir(env), systemClock.now());
  const result = await backupDatabase(env.DATABASE_PATH, destination);
  console.log(
    `Backup written and verified (integrity_check ok): ${result.file} (${(result.bytes / 1024 / 1024).toFixed(1)} MB, ${result.durationMs.toFixed(0)} ms).`,
  );
}

main().catch((error) => {
  if (error instanceof BackupError || error instanceof EnvError) {
    console.error(error.message);
    process.exit(1);
  }
  console.error(error);
  process.exit(1);
});
