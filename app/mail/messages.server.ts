/** The e-mails this product sends, in the recipient's language (B1 Dutch by default). */
import type { Locale, Role } from '../domain/enums';
import { translate, type MessageKey } from '../i18n';
import { formatDateTime } from '../utils/time-format';
import type { MailMessage } from './message';

interface LinkMailInput {
  to: string;
  name: string;
  link: string;
  expiresAt: Date;
  municipality: string;
  /** The request's instant: the message's Date header. */
  now: Date;
}

const dateTime = formatDateTime;

function body(locale: Locale, input: LinkMailInput, main: string): string {
  return [
    translate(locale, 'mail.greeting', { name: input.name }),
    '',
    main,
    '',
    translate(locale, 'mail.ignore'),
    '',
    translate(locale, 'mail.closing', { municipality: input.municipality }),
  ].join('\n');
}

export function invitationMail(locale: Locale, input: LinkMailInput & { role: Role }): MailMessage {
  const params = { municipality: input.municipality, link: input.link, date: dateTime(locale, input.expiresAt), role: translate(locale, `role.${input.role}` as MessageKey) };
  return {
    to: input.to,
    kind: 'invitation',
    subject: translate(locale, 'mail.invitation.subject', params),
    text: body(locale, input, translate(locale, 'mail.invitation.body', params)),
    date: input.now,
  };
}

export function passwordResetMail(locale: Locale, input: LinkMailInput): MailMessage {
  const params = { municipality: input.municipality, link: input.link, date: dateTime(locale, input.expiresAt) };
  return {
    to: input.to,
    kind: 'password_reset',
    subject: translate(locale, 'mail.reset.subject', params),
    text: body(locale, input, translate(locale, 'mail.reset.body', params)),
    date: input.now,
  };
}

