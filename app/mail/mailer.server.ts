/**
 * Sending e-mail behind one small interface. There is no mail server yet: the default mailer
 * writes every message as a file to the development outbox (`<DATA_DIR>/outbox/`). A real
 * mailer (SMTP, an API) implements `Mailer` and is installed with `setMailer` at start-up.
 */
import { join } from 'node:path';
import { getEnv } from '../env.server';
import type { Mailer } from './message';
import { createOutboxMailer } from './outbox.server';

let mailer: Mailer | undefined;

export function outboxDirectory(): string {
  return join(getEnv().DATA_DIR, 'outbox');
}

export function getMailer(): Mailer {
  mailer ??= createOutboxMailer(outboxDirectory());
  return mailer;
}

/** Replaces the mailer (a real one in production, a recording one in tests). */
export function setMailer(next: Mailer | undefined): void {
  mailer = next;
}
