import { parseForm, readFormData } from '../utils/form.server';
import { useServerForm } from '../components/form-server';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { FormErrors, TextField } from '../components/account-forms';
import { Button } from '../components/form';
import { Heading, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { contextOf } from '../load-context';
import { getPendingSignIn, verifySignInCode } from '../models/second-factor.server';
import { forwardHeaders } from '../utils/forward-headers';
import { requestMeta } from '../utils/request-meta.server';
import { withInit } from '../utils/respond.server';
import { landingFor } from '../utils/landing';
import { safeRedirect } from '../utils/safe-redirect';
import { readSessionToken, serializeSessionCookie } from '../utils/session-cookie.server';
import { formatWait } from '../utils/time-format';
import type { PageMessages } from '../i18n/messages';
import { signInCodeSchema as codeSchema } from '../utils/citizen-schemas.server';
import type { SignInCodeSchema } from '../utils/citizen-schemas.server';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['cr.unknownField', 'duration', 'form', 'mfa.cancel', 'mfa.error', 'password.error', 'password.problem', 'reviews.error', 'signInCode', 'v'];

/** The step after the password for an account with a second factor; only a pending sign-in may see it. */
function pendingOrRedirect(request: Request, now: Date) {
  const token = readSessionToken(request);
  const pending = getPendingSignIn(getDb(), token, now);
  if (pending?.step === 'code') return pending;
  throw redirect(token ? '/inloggen?melding=verlopen' : '/inloggen', { headers: { 'Cache-Control': 'no-store' } });
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  pendingOrRedirect(request, contextOf(context).now);
  return withInit(
    { title: translate(getLocale(request), 'signInCode.title'), back: safeRedirect(new URL(request.url).searchParams.get('terug'), '') },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}

export const headers = forwardHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

export async function action({ request, context }: ActionFunctionArgs) {
  const { now } = contextOf(context);
  const pending = pendingOrRedirect(request, now);
  const submission = parseForm(await readFormData(request), codeSchema);
  if (submission.status !== 'success') return withInit(submission.reply({ hideFields: ['code'] }), { status: 400 });
  const locale = getLocale(request);
  const result = verifySignInCode(getDb(), pending, submission.value.code, requestMeta(request, context), now);
  if (!result.ok) {
    if (result.reason === 'throttled') {
      const message = translate(locale, 'mfa.error.throttled', { wait: formatWait(locale, result.wait ?? 1) });
      return withInit(submission.reply({ fieldErrors: { code: [message] }, hideFields: ['code'] }), { status: 429, headers: { 'Retry-After': String(result.wait ?? 1) } });
    }
    return withInit(submission.reply({ fieldErrors: { code: ['mfa.error.wrongCode'] }, hideFields: ['code'] }), { status: 400 });
  }
  // After a recovery code: the second-factor page says how many are left.
  const target = result.method === 'recovery_code' ? `/account/tweestapsverificatie?melding=herstelcode` : safeRedirect(submission.value.terug, landingFor(pending.user.role));
  return redirect(target, { headers: { 'Set-Cookie': serializeSessionCookie(result.session.token, result.session.maxAgeSeconds), 'Cache-Control': 'no-store' } });
}

export default function SignInCode() {
  const { back } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useServerForm<SignInCodeSchema>({ id: 'inlogcode', lastResult });
  return (
    <div className="sk-narrow">
      <Heading level={1}>{t('signInCode.title')}</Heading>
      <Paragraph>{t('signInCode.intro')}</Paragraph>
      <Form method="post" reloadDocument {...form.props} className="sk-form">
        <FormErrors errors={form.errors} />
        {back ? <input type="hidden" name="terug" value={back} /> : null}
        <TextField field={fields.code} label={t('signInCode.code')} description={t('signInCode.codeHint')} autoComplete="one-time-code" keepValue={false} />
        <Button type="submit">{t('signInCode.submit')}</Button>
      </Form>
      <Form method="post" action="/uitloggen" reloadDocument>
        <Button type="submit" appearance="secondary">
          {t('mfa.cancel')}
        </Button>
      </Form>
    </div>
  );
}
