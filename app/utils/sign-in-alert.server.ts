/** After a wrong password: tell the account's owner by e-mail when the count is much too high. */
import type { Db } from '../../db/client';
import { getEnv } from '../env.server';
import { getLocale } from '../i18n/locale.server';
import { signInAlertMail } from '../mail/account-alerts.server';
import { getMailer } from '../mail/mailer.server';
import { signInAlertDue } from '../models/account-guard.server';
import { publicOrigin } from './public-url.server';

export async function alertOwnerIfDue(request: Request, db: Db, email: string, now: Date): Promise<void> {
  const owner = signInAlertDue(db, email, now);
  if (!owner) return;
  await getMailer().send(
    signInAlertMail(getLocale(request), { to: owner.email, name: owner.name, failures: owner.failures, origin: publicOrigin(), municipality: getEnv().MUNICIPALITY_NAME, now }),
  );
}
