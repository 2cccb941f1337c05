import { useServerForm } from '../components/form-server';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { FormErrors, Honeypot, honeypotFilled, Notice, TextField } from '../components/account-forms';
import { Button } from '../components/form';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { getEnv } from '../env.server';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { getMailer } from '../mail/mailer.server';
import { passwordResetMail } from '../mail/messages.server';
import { requestPasswordReset } from '../models/user.server';
import { getUser } from '../utils/auth.server';
import { publicOrigin } from '../utils/public-url.server';
import { requestMeta } from '../utils/request-meta.server';
import { withInit } from '../utils/respond.server';
import { parseForm, readFormData } from '../utils/form.server';
import type { PageMessages } from '../i18n/messages';
import { forgotPasswordSchema as schema } from '../utils/citizen-schemas.server';
import type { ForgotPasswordSchema } from '../utils/citizen-schemas.server';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['cr.unknownField', 'duration', 'forgot', 'form', 'mail.closing', 'mail.greeting', 'mail.ignore', 'mail.invitation', 'mail.reset', 'mfa.error', 'password', 'reviews.error', 'role', 'signIn.title', 'v'];

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (await getUser(request, context)) throw redirect('/account');
  return { title: translate(getLocale(request), 'forgot.title'), sent: new URL(request.url).searchParams.has('verstuurd') };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

/** Answers the same whether or not the address has an account, and just as fast. */
export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  if (honeypotFilled(formData)) return redirect('/wachtwoord-vergeten?verstuurd');
  const submission = parseForm(formData, schema);
  if (submission.status !== 'success') return withInit(submission.reply(), { status: 400 });
  const locale = getLocale(request);
  const meta = requestMeta(request, context);
  const reset = requestPasswordReset(getDb(), submission.value.email, meta);
  if (reset) {
    const message = passwordResetMail(locale, {
      to: reset.user.email,
      name: reset.user.name,
      link: `${publicOrigin()}/wachtwoord-herstellen/${reset.token}`,
      expiresAt: reset.expiresAt,
      municipality: getEnv().MUNICIPALITY_NAME,
      now: meta.now,
    });
    // Not awaited: waiting for the mailer would make a known address measurably slower.
    getMailer()
      .send(message)
      .catch((error: unknown) => console.error('password reset mail could not be sent', error));
  }
  return redirect('/wachtwoord-vergeten?verstuurd');
}

export default function ForgotPassword() {
  const { sent } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useServerForm<ForgotPasswordSchema>({ id: 'wachtwoord-vergeten', lastResult });
  return (
    <div className="sk-narrow">
      <Heading level={1}>{t('forgot.title')}</Heading>
      {sent ? <Notice>{t('forgot.sent')}</Notice> : null}
      <Paragraph>{t('forgot.intro')}</Paragraph>
      <Form method="post" reloadDocument {...form.props} className="sk-form">
        <FormErrors errors={form.errors} />
        <TextField field={fields.email} label={t('forgot.email')} type="email" autoComplete="email" />
        <Honeypot />
        <Button type="submit">{t('forgot.submit')}</Button>
      </Form>
      <Paragraph>
        <Link to="/inloggen">{t('signIn.title')}</Link>
      </Paragraph>
    </div>
  );
}
