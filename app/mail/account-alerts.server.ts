/**
 * E-mails that keep an account's owner informed without telling a stranger anything: the
 * registration link, "someone tried to register with your address", and "many wrong passwords".
 */
import type { Locale } from '../domain/enums';
import { translate } from '../i18n';
import { formatDateTime } from '../utils/time-format';
import type { MailMessage } from './message';

function body(locale: Locale, name: string, municipality: string, main: string): string {
  return [translate(locale, 'mail.greeting', { name }), '', main, '', translate(locale, 'mail.ignore'), '', translate(locale, 'mail.closing', { municipality })].join('\n');
}

export function registrationMail(locale: Locale, input: { to: string; name: string; link: string; expiresAt: Date; municipality: string; now: Date }): MailMessage {
  const params = { municipality: input.municipality, link: input.link, date: formatDateTime(locale, input.expiresAt) };
  return {
    to: input.to,
    date: input.now,
    kind: 'registration',
    subject: translate(locale, 'mail.register.subject', params),
    text: body(locale, input.name, input.municipality, translate(locale, 'mail.register.body', params)),
  };
}

export function registrationTakenMail(locale: Locale, input: { to: string; name: string; origin: string; municipality: string; now: Date }): MailMessage {
  const params = { municipality: input.municipality, signIn: `${input.origin}/inloggen`, forgot: `${input.origin}/wachtwoord-vergeten` };
  return {
    to: input.to,
    date: input.now,
    kind: 'registration_taken',
    subject: translate(locale, 'mail.registerTaken.subject', params),
    text: body(locale, input.name, input.municipality, translate(locale, 'mail.registerTaken.body', params)),
  };
}

export function signInAlertMail(locale: Locale, input: { to: string; name: string; failures: number; origin: string; municipality: string; now: Date }): MailMessage {
  const params = { municipality: input.municipality, count: input.failures, forgot: `${input.origin}/wachtwoord-vergeten` };
  return {
    to: input.to,
    date: input.now,
    kind: 'sign_in_alert',
    subject: translate(locale, 'mail.signInAlert.subject', params),
    text: [translate(locale, 'mail.greeting', { name: input.name }), '', translate(locale, 'mail.signInAlert.body', params), '', translate(locale, 'mail.closing', { municipality: input.municipality })].join('\n'),
  };
}
