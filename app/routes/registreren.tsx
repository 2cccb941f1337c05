import { useServerForm } from '../components/form-server';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { FormErrors, Honeypot, honeypotFilled, Notice, TextField } from '../components/account-forms';
import { Button } from '../components/form';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { getEnv } from '../env.server';
import { contextOf } from '../load-context';
import { registrationMail, registrationTakenMail } from '../mail/account-alerts.server';
import { getMailer } from '../mail/mailer.server';
import { requestRegistration } from '../models/account-guard.server';
import { registrationWaitSeconds } from '../models/user.server';
import { publicOrigin } from '../utils/public-url.server';
import { registrationSchema as schema } from '../utils/citizen-schemas.server';
import type { RegistrationSchema } from '../utils/citizen-schemas.server';
import { getUser } from '../utils/auth.server';
import { requestMeta } from '../utils/request-meta.server';
import { safeRedirect } from '../utils/safe-redirect';
import { formatWait } from '../utils/time-format';
import { withInit } from '../utils/respond.server';
import { forwardHeaders } from '../utils/forward-headers';
import { parseForm, readFormData } from '../utils/form.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['cr.unknownField', 'duration', 'form', 'mail.closing', 'mail.greeting', 'mail.ignore', 'mail.register', 'mail.registerTaken', 'mail.signInAlert', 'mfa.error', 'password', 'register.email', 'register.emailHint', 'register.haveAccount', 'register.intro', 'register.introLink', 'register.name', 'register.nameHint', 'register.sent', 'register.submit', 'register.title', 'reviews.error', 'signIn.title', 'tooMany', 'v'];


export async function loader({ request, context }: LoaderFunctionArgs) {
  const back = new URL(request.url).searchParams.get('terug');
  if (await getUser(request, context)) throw redirect(safeRedirect(back, '/account'));
  return { title: translate(getLocale(request), 'register.title'), back: safeRedirect(back, '') };
}

/** Retry-After, Set-Cookie and Cache-Control from the loader or action reach the HTML response too. */
export const headers = forwardHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  if (honeypotFilled(formData)) return redirect('/');
  const submission = parseForm(formData, schema);
  if (submission.status !== 'success') return withInit({ result: submission.reply(), sentTo: null }, { status: 400 });
  const { name, email } = submission.value;
  const db = getDb();
  const locale = getLocale(request);
  const { now } = contextOf(context);
  const wait = registrationWaitSeconds(db, email, now);
  if (wait > 0) {
    const message = translate(locale, 'tooMany.text', { wait: formatWait(locale, wait) });
    return withInit({ result: submission.reply({ fieldErrors: { email: [message] } }), sentTo: null }, { status: 429, headers: { 'Retry-After': String(wait) } });
  }
  const outcome = requestRegistration(db, { name, email }, requestMeta(request, context), now);
  const municipality = getEnv().MUNICIPALITY_NAME;
  const origin = publicOrigin();
  if (outcome.kind === 'link') {
    const link = `${origin}/uitnodiging/${outcome.token}`;
    await getMailer().send(registrationMail(locale, { to: outcome.user.email, name: outcome.user.name, link, expiresAt: outcome.expiresAt, municipality, now }));
  } else if (outcome.kind === 'taken') {
    await getMailer().send(registrationTakenMail(locale, { to: outcome.user.email, name: outcome.user.name, origin, municipality, now }));
  }
  // The same answer in every case: nothing here tells whether the address has an account.
  return withInit({ result: submission.reply({ resetForm: true }), sentTo: submission.value.email }, { headers: { 'Cache-Control': 'no-store' } });
}

export default function Register() {
  const { back } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useServerForm<RegistrationSchema>({ id: 'registreren', lastResult: actionData?.result });
  if (actionData?.sentTo) {
    return (
      <div className="sk-narrow">
        <Heading level={1}>{t('register.sent.title')}</Heading>
        <Notice>{t('register.sent.text', { email: actionData.sentTo })}</Notice>
      </div>
    );
  }
  return (
    <div className="sk-narrow">
      <Heading level={1}>{t('register.title')}</Heading>
      <Paragraph>{t('register.intro')}</Paragraph>
      <Paragraph>{t('register.introLink')}</Paragraph>
      <Form method="post" reloadDocument {...form.props} className="sk-form">
        <FormErrors errors={form.errors} />
        <TextField field={fields.name} label={t('register.name')} description={t('register.nameHint')} autoComplete="nickname" />
        <TextField field={fields.email} label={t('register.email')} description={t('register.emailHint')} type="email" autoComplete="email" />
        <Honeypot />
        <Button type="submit">{t('register.submit')}</Button>
      </Form>
      <Paragraph>
        {t('register.haveAccount')} <Link to={back ? `/inloggen?terug=${encodeURIComponent(back)}` : '/inloggen'}>{t('signIn.title')}</Link>
      </Paragraph>
    </div>
  );
}
