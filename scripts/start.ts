/**
 * `npm start`: check the environment, apply migrations, seed the demo database when it is
 * empty, build the app when the build is missing or older than the sources, then serve.
 */
import './default-mode';
import cluster from 'node:cluster';
import type { Server } from 'node:http';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { ServerBuild } from '@remix-run/node';
import { isEmpty, migrateDatabase, openDatabase } from '../db/client';
import { fixedClock, systemClock } from '../app/domain/clock';
import { prepareDatabase } from './prepare-database';
import { EnvError, parseEnv } from '../app/env.server';
import { hashPassword } from '../app/lib/password.server';
import { DEMO_PASSWORD, demoAccounts } from '../db/seed/index';
import { buildIfStale, projectRoot, serverBuildFile } from './build-if-stale';
import { deploymentProblem } from './deployment-check';
import { isDemoDatabase } from '../db/meta';
import { createApp } from './server';
import { tiersFor } from './security/rate-limit';
import { closeDb, getDb } from '../app/db.server';
import { checkDatabaseAtStart } from './ops/database-check';
import { startMaintenance } from './ops/maintenance';
import { balanceConnectionsInPrimary, balanceConnectionsInWorker } from './ops/connection-balance';
import { drainOnSignals } from './ops/shutdown';
import { drainWhenPrimaryGone, MAINTENANCE_WORKER, runPrimary, workerCount } from './ops/workers';
import { shareRateLimitsAcrossWorkers } from './security/rate-limit-store';
import type { Clock } from '../app/domain/clock';
import type { Env } from '../app/env.server';

async function main() {
  let env;
  try {
    env = parseEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  const clock = env.CLOCK_NOW ? fixedClock(env.CLOCK_NOW) : systemClock;
  // A worker of the cluster (scripts/ops/workers.ts): the primary has prepared everything.
  if (cluster.isWorker) return serve(env, clock, { maintenance: process.env[MAINTENANCE_WORKER] === '1', announce: null });

  const databaseProblem = checkDatabaseAtStart(env.DATABASE_PATH);
  if (databaseProblem) {
    console.error(databaseProblem);
    process.exit(1);
  }
  if (env.CLOCK_NOW) console.warn(`WARNING: CLOCK_NOW is set: the server's clock is frozen at ${env.CLOCK_NOW.toISOString()} (for tests only).`);
  const db = openDatabase(env.DATABASE_PATH);
  migrateDatabase(db);
  const wasEmpty = env.DEMO_DATA && isEmpty(db);
  if (wasEmpty) console.log(`Empty database at ${env.DATABASE_PATH}: creating the demo municipality…`);
  const prepared = prepareDatabase(db, { demoData: env.DEMO_DATA, now: clock.now(), passwordHash: wasEmpty ? await hashPassword(DEMO_PASSWORD) : '' });
  const seeded = prepared.seeded !== null;
  if (prepared.seeded) {
    const { organizations, services, reviews, seconds } = prepared.seeded;
    console.log(`Seeded ${organizations} providers, ${services} services and ${reviews} reviews in ${seconds.toFixed(1)} s.`);
  }
  if (prepared.centroidsAdded > 0) console.log(`Added ${prepared.centroidsAdded} Dutch postcode centroids from db/data/pc4-centroids.csv.`);
  const demoEmails = demoAccounts.map((a) => a.email);
  const demoAccountsPresent =
    (db.$client.prepare(`SELECT count(*) AS n FROM users WHERE email IN (${demoEmails.map(() => '?').join(',')})`).get(...demoEmails) as { n: number }).n > 0;
  const demoDatabase = isDemoDatabase(db.$client);
  db.$client.close();
  const problem = deploymentProblem({
    mode: env.NODE_ENV,
    publicUrl: env.PUBLIC_URL,
    demoData: env.DEMO_DATA,
    databasePath: env.DATABASE_PATH,
    demoDatabase,
    demoAccountsPresent,
  });
  if (problem) {
    console.error(`Not starting: ${problem}`);
    process.exit(1);
  }

  buildIfStale();
  const announce = (port: number, workers: number) => {
    console.log(`\nSociale Kaart (${env.MUNICIPALITY_NAME}) listens on http://localhost:${port} with ${workers} worker process${workers === 1 ? '' : 'es'} (WEB_CONCURRENCY)`);
    if (seeded) console.log('(A fresh demo database was created for this start.)');
    if (demoAccountsPresent) {
      console.log(`Demo accounts (password "${DEMO_PASSWORD}"), present in the demo database only:`);
      for (const account of demoAccounts) console.log(`  ${account.role.padEnd(16)} ${account.email}`);
    }
  };
  const workers = workerCount(env.WEB_CONCURRENCY, env.NODE_ENV, availableParallelism());
  if (workers === 1) return serve(env, clock, { maintenance: true, announce });
  // Every core (ADR 019): workers share the port; the primary keeps the rate-limit counts and restarts them.
  shareRateLimitsAcrossWorkers();
  // ...and keeps their connections evenly shared (ADR 028).
  balanceConnectionsInPrimary();
  let announced = false;
  cluster.on('listening', (_worker, address) => {
    if (announced) return;
    announced = true;
    announce(address.port, workers);
  });
  // After the last worker: the primary checkpoints the WAL into the file on a connection of its own.
  runPrimary({ workers, shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_SECONDS * 1000, closeDatabase: () => (getDb(), closeDb()) });
}

/** Serves the app in this process (the only one, or a worker); `maintenance`: run the schedules here. */
async function serve(env: Env, clock: Clock, options: { maintenance: boolean; announce: ((port: number, workers: number) => void) | null }) {
  const build = (await import(pathToFileURL(serverBuildFile).href)) as ServerBuild;
  const rateLimits = tiersFor({
    readsPerMinute: env.RATE_LIMIT_READS_PER_MINUTE,
    writesPerMinute: env.RATE_LIMIT_WRITES_PER_MINUTE,
    signInsPerMinute: env.RATE_LIMIT_SIGN_INS_PER_MINUTE,
  });
  const app = createApp({ build, mode: env.NODE_ENV, logRequests: env.LOG_REQUESTS, root: projectRoot, rateLimits, clock, pageCacheBytes: env.PAGE_CACHE_MB * 2 ** 20 });
  const server: Server = app.listen(env.PORT, env.HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : env.PORT;
    options.announce?.(port, 1);
  });
  if (cluster.isWorker) balanceConnectionsInWorker(server);

  // Scheduled backups and cleanup (in one process only); SIGTERM drains, checkpoints and closes (scripts/ops/).
  const stopMaintenance = options.maintenance ? startMaintenance({ env, clock, getDb }) : undefined;
  const drain = drainOnSignals(server, { timeoutMs: env.SHUTDOWN_TIMEOUT_SECONDS * 1000, closeDatabase: closeDb, beforeClose: stopMaintenance });
  // A worker whose primary was killed drains and exits too, so the service manager restarts everything.
  drainWhenPrimaryGone(drain);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
