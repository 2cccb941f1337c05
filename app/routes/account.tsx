import { useServerForm } from '../components/form-server';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { FormErrors, Notice, TextField } from '../components/account-forms';
import { Button } from '../components/form';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { hasPermission } from '../domain/permissions';
import { describeUserAgent } from '../domain/user-agent';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { accountActions, actorOf, audit } from '../models/audit.server';
import { deleteSession, listUserSessions } from '../models/session.server';
import { changeOwnPassword } from '../models/user.server';
import { getUserForAdmin } from '../models/user-admin.server';
import { secondFactorStatus } from '../models/second-factor.server';
import { requirePermission } from '../utils/auth.server';
import { requestMeta } from '../utils/request-meta.server';
import { clearSessionCookie } from '../utils/session-cookie.server';
import { formatDateTime } from '../utils/time-format';
import { withInit } from '../utils/respond.server';
import { forwardHeaders } from '../utils/forward-headers';
import { parseForm, readFormData } from '../utils/form.server';
import type { PageMessages } from '../i18n/messages';
import { accountIntentSchema as intentSchema, accountPasswordSchema as passwordSchema } from '../utils/citizen-schemas.server';
import type { AccountPasswordSchema } from '../utils/citizen-schemas.server';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['account', 'cr.unknownField', 'duration', 'form', 'mfa.accountLink', 'mfa.error', 'mfa.status', 'mfa.title', 'own.title', 'password', 'reviews.error', 'reviews.mine', 'role', 'v'];

const notices = {
  'wachtwoord-gewijzigd': 'account.notice.passwordChanged',
  'apparaat-uitgelogd': 'account.notice.sessionEnded',
  'andere-apparaten-uitgelogd': 'account.notice.othersEnded',
  welkom: 'account.notice.welcome',
} as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, context, 'read:account:own');
  const db = getDb();
  const account = getUserForAdmin(db, user.id);
  const notice = new URL(request.url).searchParams.get('melding');
  return {
    title: translate(getLocale(request), 'account.title'),
    account: { name: user.name, email: user.email, role: user.role, organizationName: account?.organizationName ?? null },
    secondFactorOn: secondFactorStatus(db, user.id).enrolled,
    sessions: listUserSessions(db, user.id).map((session) => ({
      id: session.id,
      current: session.id === user.sessionId,
      createdAt: session.createdAt.toISOString(),
      lastSeenAt: session.lastSeenAt.toISOString(),
      ip: session.ip,
      ...describeUserAgent(session.userAgent),
    })),
    notice: notice && notice in notices ? notices[notice as keyof typeof notices] : null,
  };
}

/** Retry-After, Set-Cookie and Cache-Control from the loader or action reach the HTML response too. */
export const headers = forwardHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, context, 'read:account:own');
  const formData = await readFormData(request);
  const intent = intentSchema.safeParse(Object.fromEntries(formData));
  if (!intent.success) throw new Response('Bad request', { status: 400 });
  const db = getDb();
  const meta = requestMeta(request, context);

  if (intent.data.intent === 'sign-out-device') {
    if (deleteSession(db, user.id, intent.data.sessionId)) {
      audit(db, { actor: actorOf(user, meta.ip, meta.now), action: accountActions.endSessions, entityType: 'user', entityId: user.id, newValue: 1 });
    }
    if (intent.data.sessionId === user.sessionId) {
      return redirect('/inloggen?melding=uitgelogd', { headers: { 'Set-Cookie': clearSessionCookie() } });
    }
    return redirect('/account?melding=apparaat-uitgelogd');
  }
  if (intent.data.intent === 'sign-out-others') {
    let ended = 0;
    for (const session of listUserSessions(db, user.id)) if (session.id !== user.sessionId && deleteSession(db, user.id, session.id)) ended += 1;
    audit(db, { actor: actorOf(user, meta.ip, meta.now), action: accountActions.endSessions, entityType: 'user', entityId: user.id, newValue: ended });
    return redirect('/account?melding=andere-apparaten-uitgelogd');
  }

  const submission = parseForm(formData, passwordSchema);
  if (submission.status !== 'success') {
    return withInit({ intent: 'password' as const, result: submission.reply({ hideFields: ['currentPassword', 'password', 'passwordRepeat'] }) }, { status: 400 });
  }
  const result = await changeOwnPassword(db, user, { currentPassword: submission.value.currentPassword, newPassword: submission.value.password }, meta);
  if (!result.ok) {
    return withInit(
      {
        intent: 'password' as const,
        result: submission.reply({ fieldErrors: { currentPassword: ['account.password.wrongCurrent'] }, hideFields: ['currentPassword', 'password', 'passwordRepeat'] }),
      },
      { status: 400 },
    );
  }
  return redirect('/account?melding=wachtwoord-gewijzigd');
}

export default function Account() {
  const { account, sessions, notice, secondFactorOn } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="sk-narrow">
      <Heading level={1}>{t('account.title')}</Heading>
      {notice ? <Notice>{t(notice)}</Notice> : null}
      <section className="sk-section" aria-labelledby="gegevens">
        <Heading level={2} id="gegevens">
          {t('account.details')}
        </Heading>
        <dl className="sk-dl">
          <dt>{t('account.name')}</dt>
          <dd>{account.name}</dd>
          <dt>{t('account.email')}</dt>
          <dd>{account.email}</dd>
          <dt>{t('account.role')}</dt>
          <dd>{t(`role.${account.role}`)}</dd>
          {account.organizationName ? (
            <>
              <dt>{t('account.organization')}</dt>
              <dd>{account.organizationName}</dd>
            </>
          ) : null}
          <dt>{t('mfa.title')}</dt>
          <dd>
            {t(secondFactorOn ? 'mfa.status.on' : 'mfa.status.off')} · <Link to="/account/tweestapsverificatie">{t('mfa.accountLink')}</Link>
          </dd>
        </dl>
        {hasPermission(account.role, 'create:review:any') || hasPermission(account.role, 'propose:change:own') ? (
          <ul className="utrecht-unordered-list" data-testid="account-shortcuts">
            <li>
              {hasPermission(account.role, 'create:review:any') ? (
                <Link to="/mijn-ervaringen">{t('reviews.mine.title')}</Link>
              ) : (
                <Link to="/mijn-organisatie">{t('own.title')}</Link>
              )}
            </li>
          </ul>
        ) : null}
      </section>
      <PasswordSection />
      <SessionsSection sessions={sessions} />
    </div>
  );
}

function PasswordSection() {
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useServerForm<AccountPasswordSchema>({ id: 'wachtwoord-wijzigen', lastResult: actionData?.intent === 'password' ? actionData.result : undefined });
  return (
    <section className="sk-section" aria-labelledby="wachtwoord">
      <Heading level={2} id="wachtwoord">
        {t('account.password.title')}
      </Heading>
      <Form method="post" {...form.props} className="sk-form">
        <FormErrors errors={form.errors} />
        <input type="hidden" name="intent" value="password" />
        <TextField field={fields.currentPassword} label={t('account.password.current')} type="password" autoComplete="current-password" />
        <TextField field={fields.password} label={t('account.password.new')} description={t('password.hint')} type="password" autoComplete="new-password" />
        <TextField field={fields.passwordRepeat} label={t('account.password.repeat')} type="password" autoComplete="new-password" />
        <Button type="submit">{t('account.password.submit')}</Button>
      </Form>
    </section>
  );
}

type SessionRow = ReturnType<typeof useLoaderData<typeof loader>>['sessions'][number];

function SessionsSection({ sessions }: { sessions: SessionRow[] }) {
  const { t, locale } = useTranslation();
  const others = sessions.filter((session) => !session.current);
  return (
    <section className="sk-section" aria-labelledby="apparaten">
      <Heading level={2} id="apparaten">
        {t('account.sessions.title')}
      </Heading>
      <Paragraph>{t('account.sessions.intro')}</Paragraph>
      <ul className="sk-plain-list">
        {sessions.map((session) => {
          const label = session.current ? t('account.sessions.thisDevice') : t('account.sessions.otherDevice');
          const browser = [session.browser, session.system].filter(Boolean).join(' · ');
          return (
            <li key={session.id} className="sk-card">
              <Heading level={3}>{label}</Heading>
              <Paragraph small>
                {t('account.sessions.started', { date: formatDateTime(locale, session.createdAt) })}
                <br />
                {t('account.sessions.lastSeen', { date: formatDateTime(locale, session.lastSeenAt) })}
                {browser ? (
                  <>
                    <br />
                    {t('account.sessions.browser', { browser })}
                  </>
                ) : null}
                {session.ip ? (
                  <>
                    <br />
                    {t('account.sessions.ip', { ip: session.ip })}
                  </>
                ) : null}
              </Paragraph>
              {session.current ? null : (
                <Form method="post">
                  <input type="hidden" name="intent" value="sign-out-device" />
                  <input type="hidden" name="sessionId" value={session.id} />
                  <Button type="submit" appearance="secondary">
                    {t('account.sessions.end')}
                    <span className="sk-visually-hidden"> ({formatDateTime(locale, session.createdAt)})</span>
                  </Button>
                </Form>
              )}
            </li>
          );
        })}
      </ul>
      {others.length > 1 ? (
        <Form method="post">
          <input type="hidden" name="intent" value="sign-out-others" />
          <Button type="submit" appearance="secondary">
            {t('account.sessions.endOthers')}
          </Button>
        </Form>
      ) : others.length === 0 ? (
        <Paragraph className="sk-muted">{t('account.sessions.none')}</Paragraph>
      ) : null}
    </section>
  );
}
