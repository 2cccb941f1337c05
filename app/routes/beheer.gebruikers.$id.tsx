import { getFormProps } from '@conform-to/react';
import { useZodForm } from '../components/form-conform';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { FormErrors, Notice } from '../components/account-forms';
import { Button } from '../components/form';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { AuditHistory, OneTimeLink, OrganizationSelect, RoleSelect } from '../components/user-admin';
import { getDb } from '../db.server';
import { roles } from '../domain/enums';
import { getEnv } from '../env.server';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { getMailer } from '../mail/mailer.server';
import { invitationMail, passwordResetMail } from '../mail/messages.server';
import { actorOf, listAuditEntries } from '../models/audit.server';
import { resetSecondFactor, secondFactorRequired, secondFactorStatus } from '../models/second-factor.server';
import { contextOf } from '../load-context';
import { changeUserRole, createLinkForUser, endUserSessions, getUserForAdmin, listOrganizationChoices, setUserDisabled } from '../models/user-admin.server';
import { roleChangeSchema } from '../utils/account-schemas';
import { requirePermission } from '../utils/auth.server';
import { readFlash, setFlash } from '../utils/flash.server';
import { publicOrigin } from '../utils/public-url.server';
import { requestMeta } from '../utils/request-meta.server';
import { formatDateTime as formatDateTimeText } from '../utils/time-format';
import { withInit } from '../utils/respond.server';
import { forwardHeaders } from '../utils/forward-headers';
import { parseForm, readFormData } from '../utils/form.server';
import { requireIdParam } from '../utils/params';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['account.email', 'account.organization', 'account.role', 'audit', 'duration', 'form', 'invite.organization', 'invite.organizationHint', 'invite.organizationNone', 'invite.role', 'mail.closing', 'mail.greeting', 'mail.ignore', 'mail.invitation', 'mail.reset', 'password', 'role', 'user', 'users.neverLoggedIn', 'users.status', 'users.title', 'v'];

const simpleIntent = z.object({ intent: z.enum(['block', 'unblock', 'link', 'sign-out', 'reset-second-factor']) });

const notices = {
  uitgenodigd: 'user.notice.invited',
  'rol-gewijzigd': 'user.notice.roleChanged',
  geblokkeerd: 'user.notice.disabled',
  toegestaan: 'user.notice.enabled',
  uitgelogd: 'user.notice.sessionsEnded',
  'tweestap-gewist': 'user.notice.mfaReset',
  link: null,
} as const;

const linkFlash = z.object({ userId: z.number(), link: z.string().url(), expiresAt: z.string() });

function userIdOf(params: { id?: string }): number {
  return requireIdParam(params.id);
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const admin = await requirePermission(request, context, 'manage:user:any');
  const id = userIdOf(params);
  const db = getDb();
  const user = getUserForAdmin(db, id);
  if (!user) throw new Response('Not found', { status: 404 });
  const path = `/beheer/gebruikers/${id}`;
  const flash = readFlash(request, path);
  const parsedFlash = linkFlash.safeParse(flash.payload);
  const history = [
    ...listAuditEntries(db, { entityType: 'user', entityId: id, limit: 25 }),
    ...listAuditEntries(db, { entityType: 'account', entityId: user.email, limit: 25 }),
  ]
    .sort((a, b) => b.id - a.id)
    .slice(0, 25)
    .map((entry) => ({ ...entry, at: entry.at.toISOString() }));
  const notice = new URL(request.url).searchParams.get('melding');
  return withInit(
    {
      title: `${user.name} | ${translate(getLocale(request), 'users.title')}`,
      user,
      isSelf: admin.id === id,
      organizations: listOrganizationChoices(db),
      oneTimeLink: parsedFlash.success && parsedFlash.data.userId === id ? parsedFlash.data : null,
      history,
      secondFactor: { ...secondFactorStatus(db, id), required: secondFactorRequired(db, user) },
      notice: notice && notice in notices ? notices[notice as keyof typeof notices] : null,
    },
    { headers: flash.clear ? { 'Set-Cookie': flash.clear } : {} },
  );
}

/** Retry-After, Set-Cookie and Cache-Control from the loader or action reach the HTML response too. */
export const headers = forwardHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const admin = await requirePermission(request, context, 'manage:user:any');
  const id = userIdOf(params);
  const db = getDb();
  const meta = requestMeta(request, context);
  const actor = { ...actorOf(admin, meta.ip, meta.now), userId: admin.id };
  const path = `/beheer/gebruikers/${id}`;
  const formData = await readFormData(request);

  if (formData.get('intent') === 'role') {
    const submission = parseForm(formData, roleChangeSchema);
    if (submission.status !== 'success') return withInit({ intent: 'role' as const, result: submission.reply() }, { status: 400 });
    const result = changeUserRole(db, { actor, userId: id, role: submission.value.role, organizationId: submission.value.organizationId ?? null });
    if (!result.ok) {
      const fieldErrors =
        result.reason === 'organization_required'
          ? { organizationId: ['form.error.organizationRequired'] }
          : result.reason === 'unknown_organization'
            ? { organizationId: ['form.error.organizationUnknown'] }
            : undefined;
      return withInit(
        { intent: 'role' as const, result: submission.reply(fieldErrors ? { fieldErrors } : { formErrors: [`user.refused.${result.reason}`] }) },
        { status: 400 },
      );
    }
    return redirect(`${path}?melding=rol-gewijzigd`);
  }

  const intent = simpleIntent.safeParse(Object.fromEntries(formData));
  if (!intent.success) throw new Response('Bad request', { status: 400 });
  const refused = (reason: string) => withInit({ intent: intent.data.intent, result: { status: 'error' as const, error: { '': [`user.refused.${reason}`] } } }, { status: 400 });

  switch (intent.data.intent) {
    case 'block':
    case 'unblock': {
      const disabled = intent.data.intent === 'block';
      const result = setUserDisabled(db, { actor, userId: id, disabled });
      if (!result.ok) return refused(result.reason);
      return redirect(`${path}?melding=${disabled ? 'geblokkeerd' : 'toegestaan'}`);
    }
    case 'reset-second-factor': {
      const result = resetSecondFactor(db, { actor, userId: id, now: contextOf(context).now });
      if (!result.ok) return refused(result.reason === 'unchanged' ? 'unchanged.mfa' : result.reason);
      return redirect(`${path}?melding=tweestap-gewist`);
    }
    case 'sign-out': {
      endUserSessions(db, { actor, userId: id });
      return redirect(`${path}?melding=uitgelogd`);
    }
    case 'link': {
      const created = createLinkForUser(db, { actor, userId: id });
      if (!created) return refused('disabled');
      const locale = getLocale(request);
      const municipality = getEnv().MUNICIPALITY_NAME;
      const target = getUserForAdmin(db, id);
      const link = `${publicOrigin()}/${created.purpose === 'invitation' ? 'uitnodiging' : 'wachtwoord-herstellen'}/${created.token}`;
      const mail =
        created.purpose === 'invitation'
          ? invitationMail(locale, { to: created.user.email, name: created.user.name, role: target?.role ?? 'staff', link, expiresAt: created.expiresAt, municipality, now: meta.now })
          : passwordResetMail(locale, { to: created.user.email, name: created.user.name, link, expiresAt: created.expiresAt, municipality, now: meta.now });
      await getMailer().send(mail);
      return redirect(`${path}?melding=link`, {
        headers: { 'Set-Cookie': setFlash(path, { userId: id, link, expiresAt: created.expiresAt.toISOString() }) },
      });
    }
  }
}

export default function UserDetail() {
  const { user, isSelf, organizations, oneTimeLink, history, notice, secondFactor } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, plural, locale } = useTranslation();
  const status = user.disabledAt ? 'disabled' : user.invited ? 'invited' : 'active';
  const errorsFor = (intent: string) => (actionData && actionData.intent === intent ? (actionData.result.error?.[''] ?? undefined) : undefined);
  return (
    <div className="sk-narrow">
      <Paragraph>
        <Link to="/beheer/gebruikers">{t('user.back')}</Link>
      </Paragraph>
      <Heading level={1}>{user.name}</Heading>
      {notice ? <Notice>{t(notice)}</Notice> : null}
      {oneTimeLink ? <OneTimeLink name={user.name} email={user.email} link={oneTimeLink.link} expiresAt={oneTimeLink.expiresAt} /> : null}

      <section className="sk-section" aria-labelledby="gegevens">
        <Heading level={2} id="gegevens">
          {t('user.details')}
        </Heading>
        <dl className="sk-dl">
          <dt>{t('account.email')}</dt>
          <dd>{user.email}</dd>
          <dt>{t('account.role')}</dt>
          <dd>{t(`role.${user.role}`)}</dd>
          {user.organizationName ? (
            <>
              <dt>{t('account.organization')}</dt>
              <dd>{user.organizationSlug ? <Link to={`/aanbieders/${user.organizationSlug}`}>{user.organizationName}</Link> : user.organizationName}</dd>
            </>
          ) : null}
          <dt>{t('user.status')}</dt>
          <dd>{t(`users.status.${status}`)}</dd>
          <dt>{t('user.created')}</dt>
          <dd>{formatDateTimeText(locale, user.createdAt)}</dd>
          <dt>{t('user.lastLogin')}</dt>
          <dd>{user.lastLoginAt ? formatDateTimeText(locale, user.lastLoginAt) : t('users.neverLoggedIn')}</dd>
          <dt>{t('user.sessions.label')}</dt>
          <dd>{plural('user.sessions.count', user.activeSessions)}</dd>
        </dl>
      </section>

      {isSelf ? (
        <Paragraph className="sk-muted">{t('user.refused.self')}</Paragraph>
      ) : (
        <>
          <RoleForm user={user} organizations={organizations} />
          <section className="sk-section" aria-labelledby="blokkeren">
            <Heading level={2} id="blokkeren">
              {t(user.disabledAt ? 'user.enable.title' : 'user.disable.title')}
            </Heading>
            <Paragraph>{t(user.disabledAt ? 'user.enable.text' : 'user.disable.text')}</Paragraph>
            <Form method="post">
              <FormErrors errors={errorsFor(user.disabledAt ? 'unblock' : 'block')} />
              <input type="hidden" name="intent" value={user.disabledAt ? 'unblock' : 'block'} />
              <Button type="submit" appearance={user.disabledAt ? 'primary' : 'secondary'}>
                {t(user.disabledAt ? 'user.enable.submit' : 'user.disable.submit')}
              </Button>
            </Form>
          </section>
        </>
      )}

      {user.disabledAt ? null : (
        <section className="sk-section" aria-labelledby="link">
          <Heading level={2} id="link">
            {t('user.link.title')}
          </Heading>
          <Paragraph>{t(user.invited ? 'user.link.text.invitation' : 'user.link.text.reset')}</Paragraph>
          <Form method="post">
            <FormErrors errors={errorsFor('link')} />
            <input type="hidden" name="intent" value="link" />
            <Button type="submit" appearance="secondary">
              {t(user.invited ? 'user.link.submit.invitation' : 'user.link.submit.reset')}
            </Button>
          </Form>
        </section>
      )}

      <SecondFactorSection secondFactor={secondFactor} isSelf={isSelf} errors={errorsFor('reset-second-factor')} />

      {user.activeSessions > 0 && !isSelf ? (
        <section className="sk-section" aria-labelledby="overal-uitloggen">
          <Heading level={2} id="overal-uitloggen">
            {t('user.sessions.title')}
          </Heading>
          <Paragraph>{t('user.sessions.text')}</Paragraph>
          <Form method="post">
            <input type="hidden" name="intent" value="sign-out" />
            <Button type="submit" appearance="secondary">
              {t('user.sessions.submit')}
            </Button>
          </Form>
        </section>
      ) : null}

      <AuditHistory entries={history} />
    </div>
  );
}


type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;

function RoleForm({ user, organizations }: { user: LoaderData['user']; organizations: LoaderData['organizations'] }) {
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useZodForm(roleChangeSchema, { id: 'rol-wijzigen', lastResult: actionData?.intent === 'role' ? actionData.result : undefined, constraint: true });
  return (
    <section className="sk-section" aria-labelledby="rol">
      <Heading level={2} id="rol">
        {t('user.role.title')}
      </Heading>
      <Paragraph>{t('user.role.note')}</Paragraph>
      <Form method="post" {...getFormProps(form)} className="sk-form">
        <FormErrors errors={form.errors} />
        <input type="hidden" name="intent" value="role" />
        <RoleSelect field={fields.role} choices={roles} defaultValue={user.role} />
        <OrganizationSelect field={fields.organizationId} organizations={organizations} defaultValue={user.organizationId ?? ''} />
        <Button type="submit">{t('user.role.submit')}</Button>
      </Form>
    </section>
  );
}

function SecondFactorSection({ secondFactor, isSelf, errors }: { secondFactor: LoaderData['secondFactor']; isSelf: boolean; errors: string[] | undefined }) {
  const { t, locale } = useTranslation();
  return (
    <section className="sk-section" aria-labelledby="tweestapsverificatie">
      <Heading level={2} id="tweestapsverificatie">
        {t('user.mfa.title')}
      </Heading>
      <Paragraph data-testid="user-mfa-status">
        {secondFactor.enrolled
          ? t('user.mfa.on', { date: secondFactor.confirmedAt ? formatDateTimeText(locale, secondFactor.confirmedAt) : '', count: secondFactor.recoveryCodesLeft })
          : t('user.mfa.off')}
        {!secondFactor.enrolled && secondFactor.required ? ` ${t('user.mfa.required')}` : ''}
      </Paragraph>
      {secondFactor.enrolled && !isSelf ? (
        <>
          <Paragraph>{t('user.mfa.resetText')}</Paragraph>
          <Form method="post">
            <FormErrors errors={errors} />
            <input type="hidden" name="intent" value="reset-second-factor" />
            <Button type="submit" appearance="secondary">
              {t('user.mfa.reset')}
            </Button>
          </Form>
        </>
      ) : null}
    </section>
  );
}
