import { parseForm, readFormData } from '../utils/form.server';
import { getFormProps } from '@conform-to/react';
import { useZodForm } from '../components/form-conform';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { FormErrors, Notice, TextField } from '../components/account-forms';
import { Button } from '../components/form';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import type { Role } from '../domain/enums';
import { formatRecoveryCode } from '../domain/second-factor';
import { getEnv } from '../env.server';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { contextOf } from '../load-context';
import { confirmEnrolment, enrolmentSecret, getPendingSignIn, secondFactorRequired, secondFactorStatus, type PendingSignIn } from '../models/second-factor.server';
import { getUser, requireUser } from '../utils/auth.server';
import { readFlash, setFlash } from '../utils/flash.server';
import { forwardHeaders } from '../utils/forward-headers';
import { requestMeta } from '../utils/request-meta.server';
import { withInit } from '../utils/respond.server';
import { landingFor } from '../utils/landing';
import { safeRedirect } from '../utils/safe-redirect';
import { readSessionToken, serializeSessionCookie } from '../utils/session-cookie.server';
import { formatDateTime, formatWait } from '../utils/time-format';
import { groupSecret, otpauthUri, qrCodeSvg } from '../lib/totp.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['account.title', 'duration', 'form.error.tooLong', 'form.error.unknown', 'form.honeypot', 'form.optional', 'mfa', 'v'];

const PATH = '/account/tweestapsverificatie';

const confirmSchema = z.object({
  code: z.string({ required_error: 'mfa.error.codeRequired' }).trim().min(1, 'mfa.error.codeRequired').max(20, 'form.error.tooLong'),
  terug: z.string().max(2000).optional(),
});

const codesFlash = z.object({ userId: z.number(), codes: z.array(z.string()).max(20), next: z.string().max(2000) });

interface Subject {
  user: { id: number; email: string; name: string; role: Role };
  /** Set when enrolment is what stands between the password and the rest of the site. */
  pending: PendingSignIn | null;
}

/** A signed-in user, or a sign-in that must set up its second factor first; others sign in. */
async function subjectOf(request: Request, now: Date): Promise<Subject> {
  const user = await getUser(request, { now });
  if (user) return { user, pending: null };
  const pending = getPendingSignIn(getDb(), readSessionToken(request), now);
  if (pending?.step === 'enrol') return { user: pending.user, pending };
  return { user: await requireUser(request, { now }), pending: null };
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { now } = contextOf(context);
  const { user, pending } = await subjectOf(request, now);
  const db = getDb();
  const url = new URL(request.url);
  const locale = getLocale(request);
  const flash = readFlash(request, PATH);
  const shown = codesFlash.safeParse(flash.payload);
  const factor = secondFactorStatus(db, user.id);
  let setup: { secret: string; qrSvg: string } | null = null;
  if (!factor.enrolled) {
    const secret = enrolmentSecret(db, user, requestMeta(request, context), now);
    if (secret) {
      const issuer = `Sociale Kaart ${getEnv().MUNICIPALITY_NAME}`;
      setup = { secret: groupSecret(secret), qrSvg: await qrCodeSvg(otpauthUri(secret, user.email, issuer)) };
    }
  }
  return withInit(
    {
      title: translate(locale, 'mfa.title'),
      required: secondFactorRequired(db, user),
      pending: Boolean(pending),
      back: safeRedirect(url.searchParams.get('terug'), ''),
      // Not called `status`: Remix's legacy ?_data path mistakes an object with a status for a Response.
      factor,
      setup,
      recoveryCodes: shown.success && shown.data.userId === user.id ? { codes: shown.data.codes, next: shown.data.next } : null,
      recoveryUsed: url.searchParams.get('melding') === 'herstelcode',
    },
    { headers: { 'Cache-Control': 'no-store', ...(flash.clear ? { 'Set-Cookie': flash.clear } : {}) } },
  );
}

export const headers = forwardHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

export async function action({ request, context }: ActionFunctionArgs) {
  const { now } = contextOf(context);
  const { user, pending } = await subjectOf(request, now);
  const submission = parseForm(await readFormData(request), confirmSchema);
  if (submission.status !== 'success') return withInit(submission.reply({ hideFields: ['code'] }), { status: 400 });
  const locale = getLocale(request);
  const result = confirmEnrolment(getDb(), { user, code: submission.value.code, pending }, requestMeta(request, context), now);
  if (!result.ok) {
    if (result.reason === 'throttled') {
      const message = translate(locale, 'mfa.error.throttled', { wait: formatWait(locale, result.wait ?? 1) });
      return withInit(submission.reply({ fieldErrors: { code: [message] }, hideFields: ['code'] }), { status: 429, headers: { 'Retry-After': String(result.wait ?? 1) } });
    }
    const key = result.reason === 'not_started' ? 'mfa.error.notStarted' : 'mfa.error.wrongCode';
    return withInit(submission.reply({ fieldErrors: { code: [key] }, hideFields: ['code'] }), { status: 400 });
  }
  // The codes are shown once, on the next page, through a two-minute signed cookie (never in a URL).
  const next = safeRedirect(submission.value.terug, landingFor(user.role));
  const headers = new Headers({ 'Cache-Control': 'no-store' });
  headers.append('Set-Cookie', setFlash(PATH, { userId: user.id, codes: result.recoveryCodes.map(formatRecoveryCode), next }));
  if (result.session) headers.append('Set-Cookie', serializeSessionCookie(result.session.token, result.session.maxAgeSeconds));
  return redirect(`${PATH}?melding=aan`, { headers });
}

export default function SecondFactor() {
  const data = useLoaderData<typeof loader>();
  const { t, plural, locale } = useTranslation();
  if (data.recoveryCodes) {
    return (
      <div className="sk-narrow">
        <Heading level={1}>{t('mfa.done.title')}</Heading>
        <Paragraph>{t('mfa.done.codes')}</Paragraph>
        <ul className="sk-plain-list sk-recovery-codes" aria-label={t('mfa.done.codesLabel')} data-testid="recovery-codes">
          {data.recoveryCodes.codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        <Paragraph>
          <Link to={data.recoveryCodes.next} className="sk-button-link">
            {t('mfa.done.continue')}
          </Link>
        </Paragraph>
      </div>
    );
  }
  return (
    <div className="sk-narrow">
      <Heading level={1}>{t('mfa.title')}</Heading>
      {data.recoveryUsed ? <Notice tone="warning">{plural('mfa.codesLeft', data.factor.recoveryCodesLeft)}</Notice> : null}
      <Paragraph>{t('mfa.intro')}</Paragraph>
      {data.factor.enrolled ? (
        <>
          <Paragraph>{t('mfa.on', { date: data.factor.confirmedAt ? formatDateTime(locale, data.factor.confirmedAt) : '' })}</Paragraph>
          <Paragraph>{plural('mfa.codesLeft', data.factor.recoveryCodesLeft)}</Paragraph>
          <Paragraph>{t('mfa.lost')}</Paragraph>
          <Paragraph>
            <Link to="/account">{t('account.title')}</Link>
          </Paragraph>
        </>
      ) : data.setup ? (
        <Enrolment setup={data.setup} required={data.required} pending={data.pending} back={data.back} />
      ) : null}
    </div>
  );
}

function Enrolment({ setup, required, pending, back }: { setup: { secret: string; qrSvg: string }; required: boolean; pending: boolean; back: string }) {
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useZodForm(confirmSchema, { id: 'tweestapsverificatie', lastResult, constraint: true });
  return (
    <>
      {required ? <Notice tone="warning">{t('mfa.required')}</Notice> : <Paragraph>{t('mfa.offered')}</Paragraph>}
      <Paragraph>{t('mfa.step1')}</Paragraph>
      <Paragraph>{t('mfa.step2')}</Paragraph>
      {/* Drawn on the server by the qrcode library: no external service, no script. */}
      <div className="sk-qr" role="img" aria-label={t('mfa.qrLabel')} dangerouslySetInnerHTML={{ __html: setup.qrSvg }} />
      <dl className="sk-dl">
        <dt>{t('mfa.secret')}</dt>
        <dd>
          <code data-testid="totp-secret">{setup.secret}</code>
        </dd>
      </dl>
      <Paragraph small>{t('mfa.secretHint')}</Paragraph>
      <Paragraph>{t('mfa.step3')}</Paragraph>
      <Form method="post" reloadDocument {...getFormProps(form)} className="sk-form">
        <FormErrors errors={form.errors} />
        {back ? <input type="hidden" name="terug" value={back} /> : null}
        <TextField field={fields.code} label={t('mfa.code')} description={t('mfa.codeHint')} autoComplete="one-time-code" keepValue={false} />
        <Button type="submit">{t('mfa.confirm')}</Button>
      </Form>
      {pending ? (
        <Form method="post" action="/uitloggen" reloadDocument>
          <Button type="submit" appearance="secondary">
            {t('mfa.cancel')}
          </Button>
        </Form>
      ) : null}
    </>
  );
}
