/**
 * `npm start`: check the environment, apply migrations, seed the demo database when it is
 * empty, build the app when the build is missing or older than the sources, then serve.
 */
import type { Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import type { ServerBuild } from '@remix-run/node';
import { isEmpty, migrateDatabase, openDatabase } from '../db/client';
import { ensureNationalCentroids } from '../db/postcodes';
import { EnvError, parseEnv } from '../app/env.server';
import { hashPassword } from '../app/utils/password.server';
import { DEMO_PASSWORD, demoAccounts, seedDatabase } from '../db/seed/index';
import { buildIfStale, projectRoot, serverBuildFile } from './build-if-stale';
import { createApp } from './server';

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

  const db = openDatabase(env.DATABASE_PATH);
  migrateDatabase(db);
  const centroidsAdded = ensureNationalCentroids(db);
  if (centroidsAdded > 0) console.log(`Added ${centroidsAdded} Dutch postcode centroids from db/data/pc4-centroids.csv.`);
  let seeded = false;
  if (env.DEMO_DATA && isEmpty(db)) {
    console.log(`Empty database at ${env.DATABASE_PATH}: creating the demo municipality…`);
    const started = Date.now();
    const summary = seedDatabase(db, { scale: 'demo', passwordHash: await hashPassword(DEMO_PASSWORD) });
    console.log(
      `Seeded ${summary.organizations} providers, ${summary.services} services and ${summary.reviews} reviews in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
    seeded = true;
  }
  const demoEmails = demoAccounts.map((a) => a.email);
  const demoAccountsPresent =
    (db.$client.prepare(`SELECT count(*) AS n FROM users WHERE email IN (${demoEmails.map(() => '?').join(',')})`).get(...demoEmails) as { n: number }).n > 0;
  db.$client.close();

  buildIfStale();
  const build = (await import(pathToFileURL(serverBuildFile).href)) as ServerBuild;
  const app = createApp({ build, mode: env.NODE_ENV, logRequests: env.LOG_REQUESTS, root: projectRoot });
  const server: Server = app.listen(env.PORT, env.HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : env.PORT;
    console.log(`\nSociale Kaart (${env.MUNICIPALITY_NAME}) listens on http://localhost:${port}`);
    if (seeded) console.log('(A fresh demo database was created for this start.)');
    if (demoAccountsPresent) {
      console.log(`Demo accounts (password "${DEMO_PASSWORD}"), present in the demo database only:`);
      for (const account of demoAccounts) console.log(`  ${account.role.padEnd(16)} ${account.email}`);
    }
  });

  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
