import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { FormErrors, Honeypot, honeypotFilled, TextField } from '../components/account-forms';
import { Button } from '../components/form';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { passwordProblem } from '../domain/password-policy';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { registerCitizen, registrationWaitSeconds } from '../models/user.server';
import { emailField, nameField, newPasswordField } from '../utils/account-schemas';
import { getUser } from '../utils/auth.server';
import { requestMeta } from '../utils/request-meta.server';
import { safeRedirect } from '../utils/safe-redirect';
import { serializeSessionCookie } from '../utils/session-cookie.server';
import { formatWait } from '../utils/time-format';
import { withInit } from '../utils/respond.server';
import { forwardHeaders } from '../utils/forward-headers';
import { parseForm, readFormData } from '../utils/form.server';

const schema = z
  .object({ name: nameField, email: emailField, password: newPasswordField, terug: z.string().max(2000).optional() })
  .superRefine((value, ctx) => {
    // The password on its own was checked above; here only what it has in common with the person.
    const problem = passwordProblem(value.password) ? null : passwordProblem(value.password, { email: value.email, name: value.name });
    if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: `password.problem.${problem}` });
  });

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
  if (submission.status !== 'success') return withInit(submission.reply({ hideFields: ['password'] }), { status: 400 });
  const { name, email, password, terug } = submission.value;
  const db = getDb();
  const meta = requestMeta(request, context);
  const wait = registrationWaitSeconds(db, email, meta.now);
  if (wait > 0) {
    const locale = getLocale(request);
    const message = translate(locale, 'tooMany.text', { wait: formatWait(locale, wait) });
    return withInit(submission.reply({ fieldErrors: { email: [message] }, hideFields: ['password'] }), { status: 429, headers: { 'Retry-After': String(wait) } });
  }
  const result = await registerCitizen(db, { name, email, password }, meta);
  if (!result.ok) return withInit(submission.reply({ fieldErrors: { email: ['register.emailTaken'] }, hideFields: ['password'] }), { status: 400 });
  return redirect(safeRedirect(terug, '/account?melding=welkom'), {
    headers: { 'Set-Cookie': serializeSessionCookie(result.session.token, result.session.maxAgeSeconds), 'Cache-Control': 'no-store' },
  });
}

export default function Register() {
  const { back } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: 'registreren',
    lastResult,
    constraint: getZodConstraint(schema),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  return (
    <div className="sk-narrow">
      <Heading level={1}>{t('register.title')}</Heading>
      <Paragraph>{t('register.intro')}</Paragraph>
      <Form method="post" reloadDocument {...getFormProps(form)} className="sk-form">
        <FormErrors errors={form.errors} />
        {back ? <input type="hidden" name="terug" value={back} /> : null}
        <TextField field={fields.name} label={t('register.name')} description={t('register.nameHint')} autoComplete="nickname" />
        <TextField field={fields.email} label={t('register.email')} description={t('register.emailHint')} type="email" autoComplete="email" />
        <TextField field={fields.password} label={t('register.password')} description={t('password.hint')} type="password" autoComplete="new-password" />
        <Honeypot />
        <Button type="submit">{t('register.submit')}</Button>
      </Form>
      <Paragraph>
        {t('register.haveAccount')} <Link to={back ? `/inloggen?terug=${encodeURIComponent(back)}` : '/inloggen'}>{t('signIn.title')}</Link>
      </Paragraph>
    </div>
  );
}
