/**
 * `npm run create-admin`: creates (or promotes) the first administrator of a real deployment.
 * Interactive by default; `--email`, `--name` and `--password` (or ADMIN_PASSWORD) for scripts.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { migrateDatabase, openDatabase } from '../db/client';
import { parseEnv } from '../app/env.server';
import { hashPassword } from '../app/lib/password.server';

const input = z.object({
  email: z.string().trim().toLowerCase().email('is not a valid e-mail address'),
  name: z.string().trim().min(2, 'needs at least 2 characters'),
  password: z.string().min(10, 'needs at least 10 characters'),
});

async function main() {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
  });
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const ask = async (value: string | undefined, question: string) => value ?? (await rl.question(question));
  const email = await ask(values.email, 'E-mail: ');
  const name = await ask(values.name, 'Name: ');
  const password = await ask(values.password ?? process.env.ADMIN_PASSWORD, 'Password (at least 10 characters): ');
  rl.close();

  const parsed = input.safeParse({ email, name, password });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${issue.path.join('.')}: ${issue.message}`);
    process.exit(1);
  }
  const env = parseEnv();
  const db = openDatabase(env.DATABASE_PATH);
  migrateDatabase(db);
  const hash = await hashPassword(parsed.data.password);
  const write = db.$client.transaction(() => {
    db.$client
      .prepare(
        `INSERT INTO users (email, name, password_hash, role) VALUES (?, ?, ?, 'admin')
         ON CONFLICT(email) DO UPDATE SET role = 'admin', name = excluded.name, password_hash = excluded.password_hash, disabled_at = NULL`,
      )
      .run(parsed.data.email, parsed.data.name, hash);
    db.$client
      .prepare(`INSERT INTO audit_log (actor, action, entity_type, entity_id, field, new_value) VALUES ('create-admin', 'create', 'user', ?, 'role', 'admin')`)
      .run(parsed.data.email);
  });
  write();
  db.$client.close();
  console.log(`Administrator ${parsed.data.email} is ready in ${env.DATABASE_PATH}.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
