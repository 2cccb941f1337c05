import { getFormProps } from '@conform-to/react';
import { useZodForm } from '../components/form-conform';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { FormErrors, TextField } from '../components/account-forms';
import { Button } from '../components/form';
import { OrganizationSelect, RoleSelect } from '../components/user-admin';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { getEnv } from '../env.server';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { getMailer } from '../mail/mailer.server';
import { invitationMail } from '../mail/messages.server';
import { actorOf } from '../models/audit.server';
import { inviteUser, listOrganizationChoices } from '../models/user-admin.server';
import { inviteSchema } from '../utils/account-schemas';
import { requirePermission } from '../utils/auth.server';
import { setFlash } from '../utils/flash.server';
import { publicOrigin } from '../utils/public-url.server';
import { requestMeta } from '../utils/request-meta.server';
import { withInit } from '../utils/respond.server';
import { parseForm, readFormData } from '../utils/form.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['audit', 'duration', 'form', 'invite', 'mail.closing', 'mail.greeting', 'mail.ignore', 'mail.invitation', 'mail.reset', 'password', 'role', 'user.back', 'user.history', 'user.link.shown', 'user.link.shownText', 'v'];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePermission(request, context, 'manage:user:any');
  return { title: translate(getLocale(request), 'invite.title'), organizations: listOrganizationChoices(getDb()) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

export async function action({ request, context }: ActionFunctionArgs) {
  const admin = await requirePermission(request, context, 'manage:user:any');
  const submission = parseForm(await readFormData(request), inviteSchema);
  if (submission.status !== 'success') return withInit(submission.reply(), { status: 400 });
  const { name, email, role, organizationId } = submission.value;
  const meta = requestMeta(request, context);
  const result = inviteUser(getDb(), { actor: actorOf(admin, meta.ip, meta.now), name, email, role, organizationId: organizationId ?? null });
  if (!result.ok) {
    const fieldErrors: Record<string, string[]> =
      result.reason === 'email_taken'
        ? { email: ['invite.emailTaken'] }
        : { organizationId: [result.reason === 'organization_required' ? 'form.error.organizationRequired' : 'form.error.organizationUnknown'] };
    return withInit(submission.reply({ fieldErrors }), { status: 400 });
  }
  const link = `${publicOrigin()}/uitnodiging/${result.token}`;
  const locale = getLocale(request);
  await getMailer().send(invitationMail(locale, { to: email, name, role, link, expiresAt: result.expiresAt, municipality: getEnv().MUNICIPALITY_NAME, now: meta.now }));
  const path = `/beheer/gebruikers/${result.userId}`;
  return redirect(`${path}?melding=uitgenodigd`, {
    headers: { 'Set-Cookie': setFlash(path, { userId: result.userId, link, expiresAt: result.expiresAt.toISOString() }) },
  });
}

export default function InviteUser() {
  const { organizations } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useZodForm(inviteSchema, { id: 'uitnodigen', lastResult, constraint: true });
  return (
    <div className="sk-narrow">
      <Paragraph>
        <Link to="/beheer/gebruikers">{t('user.back')}</Link>
      </Paragraph>
      <Heading level={1}>{t('invite.title')}</Heading>
      <Paragraph>{t('invite.intro')}</Paragraph>
      <Form method="post" {...getFormProps(form)} className="sk-form">
        <FormErrors errors={form.errors} />
        <TextField field={fields.name} label={t('invite.name')} autoComplete="off" />
        <TextField field={fields.email} label={t('invite.email')} type="email" autoComplete="off" />
        <RoleSelect field={fields.role} />
        <OrganizationSelect field={fields.organizationId} organizations={organizations} />
        <Button type="submit">{t('invite.submit')}</Button>
      </Form>
    </div>
  );
}
