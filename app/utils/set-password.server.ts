/** The server half of the two "choose a password" pages (invitation and password reset). */
import { redirect, type AppLoadContext } from '@remix-run/node';
import { getDb } from '../db.server';
import type { MessageKey } from '../i18n';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { passwordProblem } from '../domain/password-policy';
import { accountForLink, setPasswordWithLink } from '../models/user.server';
import type { LinkPurpose } from '../lib/account-link.server';
import { setPasswordSchema } from './account-schemas';
import { contextOf } from '../load-context';
import { requestMeta } from './request-meta.server';
import { withInit } from './respond.server';
import { parseForm, readFormData } from './form.server';

export function setPasswordLoader(request: Request, context: AppLoadContext, token: string, purpose: LinkPurpose, titleKey: MessageKey) {
  const account = accountForLink(getDb(), token, purpose, contextOf(context).now);
  const title = translate(getLocale(request), titleKey);
  // 410 Gone: the link existed once, but it has been used or has expired.
  if (!account) return withInit({ title, account: null }, { status: 410, headers: { 'Cache-Control': 'no-store' } });
  return withInit({ title, account: { email: account.email, role: account.role } }, { headers: { 'Cache-Control': 'no-store' } });
}

export async function setPasswordAction(request: Request, context: AppLoadContext, token: string, purpose: LinkPurpose) {
  const db = getDb();
  const here = new URL(request.url).pathname;
  const account = accountForLink(db, token, purpose, contextOf(context).now);
  // Used or expired in the meantime: the page itself explains that.
  if (!account) return redirect(here);
  const submission = parseForm(await readFormData(request), setPasswordSchema);
  const hideFields = ['password', 'passwordRepeat'];
  if (submission.status !== 'success') return withInit(submission.reply({ hideFields }), { status: 400 });
  const problem = passwordProblem(submission.value.password, { email: account.email, name: account.name });
  if (problem) return withInit(submission.reply({ fieldErrors: { password: [`password.problem.${problem}`] }, hideFields }), { status: 400 });
  const result = await setPasswordWithLink(db, token, purpose, submission.value.password, requestMeta(request, context));
  if (!result.ok) return redirect(here);
  return redirect('/inloggen?melding=wachtwoord-opgeslagen', { headers: { 'Cache-Control': 'no-store' } });
}
