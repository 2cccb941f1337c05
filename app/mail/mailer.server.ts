/**
 * Sending e-mail behind one small interface. There is no mail server yet: the default mailer
 * writes every message as a file to the development outbox (`<DATA_DIR>/outbox/`). A real
 * mailer (SMTP, an API) implements `Mailer` and is installed with `setMailer` at start-up.
 */
import { join } from 'node:path';
import { getEnv } from '../env.server';
import { createOutboxMailer } from './outbox.server';

export interface MailMessage {
  to: string;
  subject: string;
  /** Plain text body (B1 Dutch or English, in the recipient's language). */
  text: string;
  /** A label for logs and tests: 'invitation', 'password_reset'. */
  kind: string;
  /** When it is sent: the request's instant (app/domain/clock.ts), for the Date header. */
  date: Date;
}

export interface SentMail {
  /** Where the message went: a file path for the outbox, a message id for a real mailer. */
  id: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<SentMail>;
}

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
