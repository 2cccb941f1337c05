/** The development outbox: one `.eml` file per message, readable with any text editor. */
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MailMessage, Mailer, SentMail } from './message';

/** Header values may not contain line breaks (no header injection). */
function headerValue(value: string): string {
  return value.replace(/[\r\n]+/g, ' ').trim();
}

export function formatMessage(message: MailMessage, date: Date, from: string): string {
  return [
    `From: ${headerValue(from)}`,
    `To: ${headerValue(message.to)}`,
    `Subject: ${headerValue(message.subject)}`,
    `Date: ${date.toUTCString()}`,
    `X-Sociale-Kaart-Kind: ${headerValue(message.kind)}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    message.text,
    '',
  ].join('\r\n');
}

export function createOutboxMailer(directory: string, from = 'Sociale Kaart <noreply@sociale-kaart.invalid>'): Mailer {
  return {
    async send(message: MailMessage): Promise<SentMail> {
      await mkdir(directory, { recursive: true, mode: 0o700 });
      const now = message.date;
      const stamp = now.toISOString().replace(/[:.]/g, '-');
      const safeKind = message.kind.replace(/[^a-z_]/gi, '');
      const file = join(directory, `${stamp}-${safeKind}-${randomBytes(4).toString('hex')}.eml`);
      await writeFile(file, formatMessage(message, now, from), { encoding: 'utf8', mode: 0o600 });
      return { id: file };
    },
  };
}
