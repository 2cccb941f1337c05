import { useServerForm } from '../components/form-server';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { FormErrors, Notice, TextField } from '../components/account-forms';
import { Button } from '../components/form';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { deleteExpiredSessions, deleteSessionByToken } from '../models/session.server';
import { checkCredentials, completeSignIn, recordFailedSignIn, signInWaitSeconds } from '../models/user.server';
import { pendingStepPath, startPendingSignIn, stepAfterPasswordFor } from '../models/second-factor.server';
import { alertOwnerIfDue } from '../utils/sign-in-alert.server';
import { contextOf } from '../load-context';
import { getUser } from '../utils/auth.server';
import { formatWait } from '../utils/time-format';
import { requestMeta } from '../utils/request-meta.server';
import { safeRedirect } from '../utils/safe-redirect';
import { readSessionToken, serializeSessionCookie } from '../utils/session-cookie.server';
import { withInit } from '../utils/respond.server';
import { landingFor } from '../utils/landing';
import { forwardHeaders } from '../utils/forward-headers';
import { parseForm, readFormData } from '../utils/form.server';
import type { PageMessages } from '../i18n/messages';
import { signInSchema as schema } from '../utils/citizen-schemas.server';
import type { SignInSchema } from '../utils/citizen-schemas.server';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['cr.unknownField', 'duration', 'form', 'mail.closing', 'mail.greeting', 'mail.ignore', 'mail.register', 'mail.registerTaken', 'mail.signInAlert', 'mfa.error', 'password', 'reviews.error', 'signIn', 'v'];

const notices = { uitgelogd: 'signIn.notice.signedOut', 'wachtwoord-opgeslagen': 'signIn.notice.passwordSet', verlopen: 'signIn.notice.expired' } as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const back = url.searchParams.get('terug');
  const user = await getUser(request, context);
  if (user) throw redirect(safeRedirect(back, landingFor(user.role)));
  const notice = url.searchParams.get('melding');
  return {
    title: translate(getLocale(request), 'signIn.title'),
    back: safeRedirect(back, ''),
    notice: notice && notice in notices ? notices[notice as keyof typeof notices] : null,
  };
}

/** Retry-After, Set-Cookie and Cache-Control from the loader or action reach the HTML response too. */
export const headers = forwardHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseForm(await readFormData(request), schema);
  if (submission.status !== 'success') return withInit(submission.reply({ hideFields: ['password'] }), { status: 400 });
  const db = getDb();
  const meta = requestMeta(request, context);
  const { email, password, terug } = submission.value;

  const { now } = contextOf(context);
  const wait = signInWaitSeconds(db, email, meta.ip, now);
  if (wait > 0) {
    recordFailedSignIn(db, email, meta, 'throttled');
    const message = translate(getLocale(request), 'signIn.throttled', { wait: formatWait(getLocale(request), wait) });
    return withInit(submission.reply({ fieldErrors: { password: [message] }, hideFields: ['password'] }), {
      status: 429,
      headers: { 'Retry-After': String(wait) },
    });
  }

  const check = await checkCredentials(db, email, password);
  if (!check.ok) {
    recordFailedSignIn(db, email, meta, check.reason);
    if (check.reason === 'password') await alertOwnerIfDue(request, db, email, now);
    return withInit(submission.reply({ fieldErrors: { password: ['signIn.failed'] }, hideFields: ['password'] }), { status: 400 });
  }

  // A new session id at every sign-in; a session the browser still presented ends here.
  deleteSessionByToken(db, readSessionToken(request));
  const back = safeRedirect(terug, landingFor(check.user.role));
  // The password was right; with a second factor (or one the role requires) the session waits for it.
  const step = stepAfterPasswordFor(db, check.user);
  if (step) {
    const pending = startPendingSignIn(db, check.user, step, meta, now);
    return redirect(pendingStepPath(step, back), {
      headers: { 'Set-Cookie': serializeSessionCookie(pending.token, (pending.expiresAt.getTime() - now.getTime()) / 1000), 'Cache-Control': 'no-store' },
    });
  }
  const session = completeSignIn(db, check.user, meta);
  if (Math.random() < 0.05) deleteExpiredSessions(db, now);
  return redirect(back, {
    headers: { 'Set-Cookie': serializeSessionCookie(session.token, session.maxAgeSeconds), 'Cache-Control': 'no-store' },
  });
}

export default function SignIn() {
  const { back, notice } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useServerForm<SignInSchema>({ id: 'inloggen', lastResult });
  return (
    <div className="sk-narrow">
      <Heading level={1}>{t('signIn.title')}</Heading>
      {notice ? <Notice>{t(notice)}</Notice> : null}
      <Paragraph>{t('signIn.intro')}</Paragraph>
      <Form method="post" reloadDocument {...form.props} className="sk-form">
        <FormErrors errors={form.errors} />
        {back ? <input type="hidden" name="terug" value={back} /> : null}
        <TextField field={fields.email} label={t('signIn.email')} type="email" autoComplete="username" />
        <TextField field={fields.password} label={t('signIn.password')} type="password" autoComplete="current-password" />
        <Button type="submit">{t('signIn.submit')}</Button>
      </Form>
      <Paragraph>
        <Link to="/wachtwoord-vergeten">{t('signIn.forgot')}</Link>
      </Paragraph>
      <Paragraph>
        {t('signIn.noAccount')} <Link to={back ? `/registreren?terug=${encodeURIComponent(back)}` : '/registreren'}>{t('signIn.register')}</Link>
      </Paragraph>
      <Paragraph small className="sk-muted">
        {t('signIn.why')}
      </Paragraph>
    </div>
  );
}
