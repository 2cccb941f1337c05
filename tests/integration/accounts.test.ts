/**
 * Accounts against a real seeded database: signing in and out, sessions on the server, the
 * per-account throttle, registration, passwords and one-time links, and what an administrator
 * does with accounts — each with its audit-log entry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { action as signInAction, loader as signInLoader } from '../../app/routes/inloggen';
import { action as signOutAction } from '../../app/routes/uitloggen';
import { action as registerAction } from '../../app/routes/registreren';
import { action as accountAction, loader as accountLoader } from '../../app/routes/account';
import { action as forgotAction } from '../../app/routes/wachtwoord-vergeten';
import { action as resetAction, loader as resetLoader } from '../../app/routes/wachtwoord-herstellen.$token';
import { action as acceptAction, loader as acceptLoader } from '../../app/routes/uitnodiging.$token';
import { loader as adminHomeLoader } from '../../app/routes/beheer._index';
import { loader as usersLoader } from '../../app/routes/beheer.gebruikers._index';
import { action as inviteAction } from '../../app/routes/beheer.gebruikers.uitnodigen';
import { action as userAction, loader as userLoader } from '../../app/routes/beheer.gebruikers.$id';
import { getDb } from '../../app/db.server';
import { getEnv } from '../../app/env.server';
import { setMailer } from '../../app/mail/mailer.server';
import type { MailMessage } from '../../app/mail/message';
import { getUser } from '../../app/utils/auth.server';
import { sessionIdFor } from '../../app/models/session.server';
import { call, cookieFrom, getArgs, postArgs } from '../support/remix-calls';
import { TEST_NOW } from '../support/paths';
import { unixSeconds } from '../../app/domain/clock';

const PASSWORD = 'sociale-kaart-demo';
const db = () => getDb().$client;
let sent: MailMessage[] = [];

beforeEach(() => {
  sent = [];
  setMailer({ send: async (message) => (sent.push(message), { id: `test-${sent.length}` }) });
});
afterEach(() => setMailer(undefined));

async function signIn(email: string, password = PASSWORD, extra: Record<string, string> = {}, options: { cookie?: string; ip?: string } = {}) {
  return call(() => signInAction(postArgs('/inloggen', { email, password, ...extra }, options) as never));
}

async function sessionCookie(email: string): Promise<string> {
  const result = await signIn(email);
  expect(result.status, JSON.stringify(result.data)).toBe(302);
  return cookieFrom(result.headers.get('Set-Cookie'));
}

/** A fresh account with the demo password, so a test can change it without affecting others. */
function createUser(email: string, role = 'citizen'): number {
  return Number(
    db()
      .prepare("INSERT INTO users (email, name, password_hash, role) VALUES (?, 'Test Persoon', (SELECT password_hash FROM users WHERE email = 'medewerker@example.nl'), ?)")
      .run(email, role).lastInsertRowid,
  );
}

function auditRows(where: string, ...params: unknown[]) {
  return db().prepare(`SELECT * FROM audit_log WHERE ${where} ORDER BY id`).all(...params) as Record<string, unknown>[];
}

function linkFrom(message: MailMessage | undefined): string {
  const match = message?.text.match(/https?:\/\/\S+/);
  if (!match) throw new Error('no link in the e-mail');
  return new URL(match[0]).pathname;
}

describe('signing in', () => {
  it('starts a server-side session in an HttpOnly, SameSite=Lax cookie and records it', async () => {
    const result = await signIn('medewerker@example.nl', PASSWORD, {}, { ip: '198.51.100.7' });
    expect(result.status).toBe(302);
    expect(result.location).toBe('/beheer');
    const setCookie = result.headers.get('Set-Cookie') ?? '';
    expect(setCookie).toMatch(/^sk_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/);
    const token = cookieFrom(setCookie).split('=')[1]!;
    // The database holds an HMAC of the token, not the token.
    const row = db().prepare('SELECT id, user_id, ip FROM sessions WHERE id = ?').get(sessionIdFor(token)) as { id: string; user_id: number; ip: string };
    expect(row).toMatchObject({ user_id: 2, ip: '198.51.100.7' });
    expect(row.id).not.toBe(token);
    expect(db().prepare('SELECT count(*) AS n FROM sessions WHERE id = ?').get(token)).toEqual({ n: 0 });
    const user = await getUser(new Request('http://localhost/', { headers: { Cookie: cookieFrom(setCookie) } }), { now: TEST_NOW });
    expect(user).toMatchObject({ email: 'medewerker@example.nl', role: 'staff' });
    const entry = auditRows("action = 'sign_in' AND entity_id = 'medewerker@example.nl'").at(-1);
    expect(entry).toMatchObject({ user_id: 2, actor: 'medewerker@example.nl', ip: '198.51.100.7', result: 'success', entity_type: 'account' });
  });

  it('gives a new session id at every sign-in and ends the session the browser still had', async () => {
    const first = await sessionCookie('inwoner@example.nl');
    const second = await signIn('inwoner@example.nl', PASSWORD, {}, { cookie: first });
    const secondCookie = cookieFrom(second.headers.get('Set-Cookie'));
    expect(secondCookie).not.toBe(first);
    expect(await getUser(new Request('http://localhost/', { headers: { Cookie: first } }), { now: TEST_NOW })).toBeNull();
    expect(await getUser(new Request('http://localhost/', { headers: { Cookie: secondCookie } }), { now: TEST_NOW })).not.toBeNull();
  });

  it('answers a wrong password and an unknown address with the same message', async () => {
    const wrong = await signIn('contractmanager@example.nl', 'niet-het-goede-wachtwoord');
    const unknown = await signIn('bestaat-niet@example.nl', 'niet-het-goede-wachtwoord');
    for (const result of [wrong, unknown]) {
      expect(result.status).toBe(400);
      expect(result.data.error).toEqual({ password: ['signIn.failed'] });
      expect(result.headers.get('Set-Cookie')).toBeNull();
    }
    // The typed password is never sent back.
    expect(JSON.stringify(wrong.data)).not.toContain('niet-het-goede-wachtwoord');
    expect(auditRows("action = 'sign_in' AND result = 'failure' AND entity_id = 'bestaat-niet@example.nl'")).toHaveLength(1);
  });

  it('shows each field error for bad input', async () => {
    const result = await signIn('geen-e-mailadres', '');
    expect(result.status).toBe(400);
    expect(result.data.error).toMatchObject({ email: ['form.error.emailInvalid'], password: ['form.error.passwordRequired'] });
  });

  it('slows down password guessing after five wrong attempts, even with the right password', async () => {
    createUser('geraden@example.nl', 'staff');
    for (let i = 0; i < 5; i++) {
      const result = await signIn('geraden@example.nl', `fout-wachtwoord-${i}`);
      expect(result.status).toBe(400);
    }
    const blocked = await signIn('geraden@example.nl', PASSWORD);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(blocked.data.error.password[0]).toMatch(/^U heeft te vaak een verkeerd wachtwoord ingevuld\. Wacht \d+ seconden/);
    expect(blocked.headers.get('Set-Cookie')).toBeNull();
    expect(auditRows("action = 'sign_in' AND entity_id = 'geraden@example.nl' AND new_value = 'throttled'")).toHaveLength(1);
    // Another account is not affected.
    expect((await signIn('contractmanager@example.nl')).status).toBe(302);
  });

  it('goes back only to a path on this site', async () => {
    const back = await signIn('inwoner@example.nl', PASSWORD, { terug: '/aanbieders/jeugdzorg-baken' });
    expect(back.location).toBe('/aanbieders/jeugdzorg-baken');
    for (const evil of ['//evil.example', 'https://evil.example/', '/\\evil.example']) {
      const result = await signIn('inwoner@example.nl', PASSWORD, { terug: evil });
      expect(result.location).toBe('/');
    }
  });

  it('sends a signed-in visitor of the sign-in page on', async () => {
    const cookie = await sessionCookie('inwoner@example.nl');
    const result = await call(() => signInLoader(getArgs('/inloggen?terug=%2Faccount', { cookie }) as never));
    expect(result.status).toBe(302);
    expect(result.location).toBe('/account');
  });
});

describe('session lifetime', () => {
  it('ends a professional session after 30 minutes without activity, and says so at sign-in', async () => {
    const cookie = await sessionCookie('medewerker@example.nl');
    const token = cookie.split('=')[1]!;
    db()
      .prepare(`UPDATE sessions SET last_seen_at = ${unixSeconds(TEST_NOW)} - 31 * 60 WHERE id = ?`)
      .run(sessionIdFor(token));
    const result = await call(() => adminHomeLoader(getArgs('/beheer', { cookie }) as never));
    expect(result.status).toBe(302);
    expect(result.location).toBe('/inloggen?terug=%2Fbeheer&melding=verlopen');
    expect(result.headers.get('Set-Cookie')).toMatch(/^sk_session=; .*Max-Age=0/);
    expect(db().prepare('SELECT count(*) AS n FROM sessions WHERE id = ?').get(sessionIdFor(token))).toEqual({ n: 0 });
    const page = await call(() => signInLoader(getArgs('/inloggen?terug=%2Fbeheer&melding=verlopen') as never));
    expect(page.data.notice).toBe('signIn.notice.expired');
  });

  it('keeps a resident signed in after 30 minutes, and ends any session at its absolute expiry', async () => {
    const cookie = await sessionCookie('inwoner@example.nl');
    const id = sessionIdFor(cookie.split('=')[1]!);
    db().prepare(`UPDATE sessions SET last_seen_at = ${unixSeconds(TEST_NOW)} - 31 * 60 WHERE id = ?`).run(id);
    expect(await getUser(new Request('http://localhost/', { headers: { Cookie: cookie } }), { now: TEST_NOW })).not.toBeNull();
    db().prepare(`UPDATE sessions SET expires_at = ${unixSeconds(TEST_NOW)} - 1 WHERE id = ?`).run(id);
    expect(await getUser(new Request('http://localhost/', { headers: { Cookie: cookie } }), { now: TEST_NOW })).toBeNull();
  });
});

describe('signing out', () => {
  it('ends the session on the server and clears the cookie', async () => {
    const cookie = await sessionCookie('medewerker@example.nl');
    const result = await call(() => signOutAction(postArgs('/uitloggen', {}, { cookie }) as never));
    expect(result.status).toBe(302);
    expect(result.location).toBe('/inloggen?melding=uitgelogd');
    expect(result.headers.get('Set-Cookie')).toMatch(/^sk_session=; Path=\/; HttpOnly; SameSite=Lax; Max-Age=0/);
    // The old cookie is worthless now, even if someone kept a copy.
    expect(await getUser(new Request('http://localhost/', { headers: { Cookie: cookie } }), { now: TEST_NOW })).toBeNull();
    expect(auditRows("action = 'sign_out' AND user_id = 2").length).toBeGreaterThan(0);
  });
});

describe('registration', () => {
  const form = { name: 'Nina Nieuw', email: 'Nina.Nieuw@Example.nl' };

  it('mails a new address a link to choose a password, and the account works after that', async () => {
    const result = await call(() => registerAction(postArgs('/registreren', form) as never));
    expect(result.status).toBe(200);
    expect(result.data.sentTo).toBe('nina.nieuw@example.nl');
    expect(result.headers.get('Set-Cookie')).toBeNull();
    const user = db().prepare("SELECT id, role, password_hash FROM users WHERE email = 'nina.nieuw@example.nl'").get() as { id: number; role: string; password_hash: string | null };
    expect(user).toMatchObject({ role: 'citizen', password_hash: null });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: 'nina.nieuw@example.nl', kind: 'registration' });
    const link = linkFrom(sent[0]);
    expect(link).toMatch(/^\/uitnodiging\//);
    const chosen = await call(() => acceptAction(postArgs(link, { password: 'paraplu fiets wolk 7', passwordRepeat: 'paraplu fiets wolk 7' }, { params: { token: link.split('/')[2]! } }) as never));
    expect(chosen.location).toBe('/inloggen?melding=wachtwoord-opgeslagen');
    const signedIn = await signIn('nina.nieuw@example.nl', 'paraplu fiets wolk 7');
    expect(signedIn.location).toBe('/');
    expect(auditRows("action = 'register' AND entity_type = 'user' AND entity_id = ?", String(user.id))).toHaveLength(1);
  });

  it('answers an address that has an account exactly the same, and tells its owner by e-mail', async () => {
    const fresh = await call(() => registerAction(postArgs('/registreren', { name: 'Ed Echt', email: 'ed.echt@example.nl' }) as never));
    const taken = await call(() => registerAction(postArgs('/registreren', { name: 'Ed Echt', email: 'medewerker@example.nl' }) as never));
    expect(taken.status).toBe(fresh.status);
    expect(Object.keys(taken.data)).toEqual(Object.keys(fresh.data));
    expect(taken.data.result).toEqual(fresh.data.result);
    expect(taken.headers.get('Set-Cookie')).toBe(fresh.headers.get('Set-Cookie'));
    expect(JSON.stringify(taken.data)).not.toMatch(/emailTaken|al een account/);
    // The owner of the address hears about it; nothing changed on the account.
    const warning = sent.find((m) => m.to === 'medewerker@example.nl');
    expect(warning).toMatchObject({ kind: 'registration_taken', subject: 'Iemand wilde een account maken met uw e-mailadres' });
    expect(warning?.text).toContain('/wachtwoord-vergeten');
    expect(db().prepare("SELECT role FROM users WHERE email = 'medewerker@example.nl'").get()).toEqual({ role: 'staff' });
    expect(auditRows("action = 'register' AND entity_id = 'medewerker@example.nl' AND new_value = 'address_taken'").length).toBeGreaterThan(0);
  });

  it('shows field errors for bad input', async () => {
    const bad = await call(() => registerAction(postArgs('/registreren', { name: '', email: 'geen-adres' }) as never));
    expect(bad.status).toBe(400);
    expect(bad.data.result.error).toEqual({ name: ['form.error.nameRequired'], email: ['form.error.emailInvalid'] });
    expect(sent).toHaveLength(0);
  });

  it('limits requests per address the same whether or not it has an account', async () => {
    for (const email of ['inwoner@example.nl', 'nog.niemand@example.nl']) {
      for (let i = 0; i < 5; i++) expect((await call(() => registerAction(postArgs('/registreren', { ...form, email }) as never))).status).toBe(200);
      const blocked = await call(() => registerAction(postArgs('/registreren', { ...form, email }) as never));
      expect(blocked.status).toBe(429);
      expect(blocked.data.result.error.email[0]).toMatch(/^Er kwamen in korte tijd veel verzoeken/);
      expect(Number(blocked.headers.get('Retry-After'))).toBeGreaterThan(0);
    }
    // Five mails each, then no more (no mail bombing of an address).
    expect(sent.filter((m) => m.to === 'inwoner@example.nl')).toHaveLength(5);
  });

  it('quietly ignores a bot that fills in the hidden field', async () => {
    const result = await call(() => registerAction(postArgs('/registreren', { ...form, email: 'bot@example.nl', website: 'http://spam.example' }) as never));
    expect(result.status).toBe(302);
    expect(db().prepare("SELECT count(*) AS n FROM users WHERE email = 'bot@example.nl'").get()).toEqual({ n: 0 });
  });
});

describe('the account page', () => {
  it('lists the own sessions and ends another one', async () => {
    const here = await sessionCookie('contractmanager@example.nl');
    const elsewhere = await sessionCookie('contractmanager@example.nl');
    const page = await call(() => accountLoader(getArgs('/account', { cookie: here }) as never));
    expect(page.data.account).toMatchObject({ email: 'contractmanager@example.nl', role: 'contract_manager' });
    // Earlier tests may have left other sessions of this account: pick the one made above.
    const elsewhereId = sessionIdFor(elsewhere.slice(elsewhere.indexOf('=') + 1));
    const other = page.data.sessions.find((s: { id: string }) => s.id === elsewhereId);
    expect(other).toMatchObject({ current: false });
    expect(page.data.sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(other.browser).toBe('Firefox');
    const result = await call(() => accountAction(postArgs('/account', { intent: 'sign-out-device', sessionId: other.id }, { cookie: here }) as never));
    expect(result.location).toBe('/account?melding=apparaat-uitgelogd');
    expect(await getUser(new Request('http://localhost/', { headers: { Cookie: elsewhere } }), { now: TEST_NOW })).toBeNull();
    expect(await getUser(new Request('http://localhost/', { headers: { Cookie: here } }), { now: TEST_NOW })).not.toBeNull();
  });

  it('changes the password after checking the current one, and signs out other devices', async () => {
    const id = createUser('wisselaar@example.nl');
    const here = await sessionCookie('wisselaar@example.nl');
    const elsewhere = await sessionCookie('wisselaar@example.nl');
    const wrong = await call(() =>
      accountAction(postArgs('/account', { intent: 'password', currentPassword: 'fout-fout-fout', password: 'nieuw lang wachtwoord', passwordRepeat: 'nieuw lang wachtwoord' }, { cookie: here }) as never),
    );
    expect(wrong.status).toBe(400);
    expect(wrong.data.result.error).toEqual({ currentPassword: ['account.password.wrongCurrent'] });
    const mismatch = await call(() =>
      accountAction(postArgs('/account', { intent: 'password', currentPassword: PASSWORD, password: 'nieuw lang wachtwoord', passwordRepeat: 'anders' }, { cookie: here }) as never),
    );
    expect(mismatch.data.result.error).toEqual({ passwordRepeat: ['password.error.mismatch'] });
    const ok = await call(() =>
      accountAction(postArgs('/account', { intent: 'password', currentPassword: PASSWORD, password: 'nieuw lang wachtwoord', passwordRepeat: 'nieuw lang wachtwoord' }, { cookie: here }) as never),
    );
    expect(ok.location).toBe('/account?melding=wachtwoord-gewijzigd');
    expect(await getUser(new Request('http://localhost/', { headers: { Cookie: elsewhere } }), { now: TEST_NOW })).toBeNull();
    expect(await getUser(new Request('http://localhost/', { headers: { Cookie: here } }), { now: TEST_NOW })).not.toBeNull();
    expect((await signIn('wisselaar@example.nl', PASSWORD)).status).toBe(400);
    expect((await signIn('wisselaar@example.nl', 'nieuw lang wachtwoord')).status).toBe(302);
    expect(auditRows("action = 'password_change' AND user_id = ? AND result = 'success'", id)).toHaveLength(1);
  });

  it('is for signed-in users only', async () => {
    const result = await call(() => accountLoader(getArgs('/account') as never));
    expect(result.status).toBe(302);
    expect(result.location).toBe('/inloggen?terug=%2Faccount');
  });
});

describe('password reset', () => {
  it('mails a one-time link that sets a new password once and ends all sessions', async () => {
    createUser('vergeten@example.nl');
    const oldSession = await sessionCookie('vergeten@example.nl');
    const result = await call(() => forgotAction(postArgs('/wachtwoord-vergeten', { email: 'vergeten@example.nl' }) as never));
    expect(result.location).toBe('/wachtwoord-vergeten?verstuurd');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: 'vergeten@example.nl', kind: 'password_reset', subject: 'Nieuw wachtwoord voor de Sociale Kaart' });
    const path = linkFrom(sent[0]);
    expect(path).toMatch(/^\/wachtwoord-herstellen\/r\.\d+\.\d+\.[\w-]{43}$/);
    const token = path.split('/')[2]!;

    const page = await call(() => resetLoader(getArgs(path, { params: { token } }) as never));
    expect(page.status).toBe(200);
    expect(page.data.account.email).toBe('vergeten@example.nl');
    const weak = await call(() => resetAction(postArgs(path, { password: 'vergeten@example.nl', passwordRepeat: 'vergeten@example.nl' }, { params: { token } }) as never));
    expect(weak.data.error).toEqual({ password: ['password.problem.containsEmail'] });
    const done = await call(() => resetAction(postArgs(path, { password: 'zonnebloem op het balkon', passwordRepeat: 'zonnebloem op het balkon' }, { params: { token } }) as never));
    expect(done.location).toBe('/inloggen?melding=wachtwoord-opgeslagen');
    expect(await getUser(new Request('http://localhost/', { headers: { Cookie: oldSession } }), { now: TEST_NOW })).toBeNull();
    expect((await signIn('vergeten@example.nl', 'zonnebloem op het balkon')).status).toBe(302);

    // Used once: the link no longer works.
    const again = await call(() => resetLoader(getArgs(path, { params: { token } }) as never));
    expect(again.status).toBe(410);
    expect(again.data.account).toBeNull();
    const replay = await call(() => resetAction(postArgs(path, { password: 'nog een ander wachtwoord', passwordRepeat: 'nog een ander wachtwoord' }, { params: { token } }) as never));
    expect(replay.location).toBe(path);
    expect((await signIn('vergeten@example.nl', 'nog een ander wachtwoord')).status).toBe(400);
    expect(auditRows("action = 'password_reset' AND entity_id = (SELECT id FROM users WHERE email = 'vergeten@example.nl')")).toHaveLength(1);
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const result = await call(() => forgotAction(postArgs('/wachtwoord-vergeten', { email: 'onbekend@example.nl' }) as never));
    expect(result.location).toBe('/wachtwoord-vergeten?verstuurd');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent).toHaveLength(0);
  });

  it('writes the mail to the development outbox by default', async () => {
    setMailer(undefined);
    await call(() => forgotAction(postArgs('/wachtwoord-vergeten', { email: 'aanbieder@example.nl' }) as never));
    const outbox = join(getEnv().DATA_DIR, 'outbox');
    let file: string | undefined;
    for (let i = 0; i < 50 && !file; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      try {
        file = readdirSync(outbox)
          .map((name) => join(outbox, name))
          .find((path) => readFileSync(path, 'utf8').includes('To: aanbieder@example.nl'));
      } catch {
        // not created yet
      }
    }
    expect(file).toBeDefined();
    const text = readFileSync(file!, 'utf8');
    expect(text).toContain('Subject: Nieuw wachtwoord voor de Sociale Kaart');
    expect(text).toMatch(/http:\/\/localhost:3000\/wachtwoord-herstellen\/r\.4\.\d+\./);
  });
});

describe('administration', () => {
  it('is closed to residents (403) and to visitors (sign in first)', async () => {
    const citizen = await sessionCookie('inwoner@example.nl');
    for (const run of [
      () => adminHomeLoader(getArgs('/beheer', { cookie: citizen }) as never),
      () => usersLoader(getArgs('/beheer/gebruikers', { cookie: citizen }) as never),
      () => userAction(postArgs('/beheer/gebruikers/2', { intent: 'block' }, { cookie: citizen, params: { id: '2' } }) as never),
    ]) {
      expect((await call(run)).status).toBe(403);
    }
    const anonymous = await call(() => adminHomeLoader(getArgs('/beheer') as never));
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toBe('/inloggen?terug=%2Fbeheer');
  });

  it('shows staff the management home without the user administration', async () => {
    const staff = await sessionCookie('medewerker@example.nl');
    const home = await call(() => adminHomeLoader(getArgs('/beheer', { cookie: staff }) as never));
    expect(home.data.areas.map((a: { to: string }) => a.to)).not.toContain('/beheer/gebruikers');
    expect((await call(() => usersLoader(getArgs('/beheer/gebruikers', { cookie: staff }) as never))).status).toBe(403);
    const admin = await sessionCookie('beheerder@example.nl');
    const adminHome = await call(() => adminHomeLoader(getArgs('/beheer', { cookie: admin }) as never));
    expect(adminHome.data.areas.map((a: { to: string }) => a.to)).toContain('/beheer/gebruikers');
  });

  it('lists and filters users', async () => {
    const admin = await sessionCookie('beheerder@example.nl');
    const staffOnly = await call(() => usersLoader(getArgs('/beheer/gebruikers?rol=staff', { cookie: admin }) as never));
    expect(staffOnly.data.total).toBeGreaterThan(0);
    expect(staffOnly.data.users.every((u: { role: string }) => u.role === 'staff')).toBe(true);
    const search = await call(() => usersLoader(getArgs('/beheer/gebruikers?q=Beheerder', { cookie: admin }) as never));
    expect(search.data.users.map((u: { email: string }) => u.email)).toContain('beheerder@example.nl');
    const bogus = await call(() => usersLoader(getArgs('/beheer/gebruikers?rol=koning&pagina=-1', { cookie: admin }) as never));
    expect(bogus.data.params).toMatchObject({ rol: undefined, pagina: 1 });
  });

  it('invites a professional with a one-time link, shown once and mailed', async () => {
    const admin = await sessionCookie('beheerder@example.nl');
    const invalid = await call(() => inviteAction(postArgs('/beheer/gebruikers/uitnodigen', { name: 'P', email: 'p@example.nl', role: 'provider' }, { cookie: admin }) as never));
    expect(invalid.status).toBe(400);
    expect(invalid.data.error).toEqual({ organizationId: ['form.error.organizationRequired'] });

    const result = await call(() =>
      inviteAction(postArgs('/beheer/gebruikers/uitnodigen', { name: 'Wim Wijkteam', email: 'wim@example.nl', role: 'staff' }, { cookie: admin, ip: '203.0.113.5' }) as never),
    );
    expect(result.status).toBe(302);
    const created = db().prepare("SELECT id, role, password_hash FROM users WHERE email = 'wim@example.nl'").get() as { id: number; role: string; password_hash: string | null };
    expect(created).toMatchObject({ role: 'staff', password_hash: null });
    expect(result.location).toBe(`/beheer/gebruikers/${created.id}?melding=uitgenodigd`);
    expect(sent[0]).toMatchObject({ to: 'wim@example.nl', kind: 'invitation' });
    const path = linkFrom(sent[0]);
    expect(auditRows("action = 'invite' AND entity_id = ?", String(created.id))[0]).toMatchObject({ user_id: 5, ip: '203.0.113.5', new_value: 'staff' });

    // The admin sees the link once, on the next page, from a flash cookie.
    const flash = cookieFrom(result.headers.get('Set-Cookie'));
    const detail = await call(() => userLoader(getArgs(`/beheer/gebruikers/${created.id}`, { cookie: `${admin}; ${flash}`, params: { id: String(created.id) } }) as never));
    expect(detail.data.oneTimeLink.link).toBe(`http://localhost:3000${path}`);
    expect(detail.headers.get('Set-Cookie')).toMatch(/^sk_flash=; Max-Age=0/);
    const again = await call(() => userLoader(getArgs(`/beheer/gebruikers/${created.id}`, { cookie: admin, params: { id: String(created.id) } }) as never));
    expect(again.data.oneTimeLink).toBeNull();
    const forged = await call(() => userLoader(getArgs(`/beheer/gebruikers/${created.id}`, { cookie: `${admin}; sk_flash=eyJ4IjoxfQ.bad`, params: { id: String(created.id) } }) as never));
    expect(forged.data.oneTimeLink).toBeNull();

    const token = path.split('/')[2]!;
    const page = await call(() => acceptLoader(getArgs(path, { params: { token } }) as never));
    expect(page.data.account).toEqual({ email: 'wim@example.nl', role: 'staff' });
    const done = await call(() => acceptAction(postArgs(path, { password: 'wijkteam op de fiets', passwordRepeat: 'wijkteam op de fiets' }, { params: { token } }) as never));
    expect(done.location).toBe('/inloggen?melding=wachtwoord-opgeslagen');
    // Staff must set up a second factor (MFA_REQUIRED_ROLES) before anything else.
    expect((await signIn('wim@example.nl', 'wijkteam op de fiets')).location).toBe('/account/tweestapsverificatie?terug=%2Fbeheer');
    expect((await call(() => acceptLoader(getArgs(path, { params: { token } }) as never))).status).toBe(410);
  });

  it('changes a role: the old sessions end and the audit log has who, what, old and new', async () => {
    const admin = await sessionCookie('beheerder@example.nl');
    const staffSession = await sessionCookie('medewerker@example.nl');
    const noOrg = await call(() => userAction(postArgs('/beheer/gebruikers/2', { intent: 'role', role: 'provider' }, { cookie: admin, params: { id: '2' } }) as never));
    expect(noOrg.data.result.error).toEqual({ organizationId: ['form.error.organizationRequired'] });
    const result = await call(() => userAction(postArgs('/beheer/gebruikers/2', { intent: 'role', role: 'contract_manager' }, { cookie: admin, params: { id: '2' }, ip: '203.0.113.9' }) as never));
    expect(result.location).toBe('/beheer/gebruikers/2?melding=rol-gewijzigd');
    expect(db().prepare('SELECT role FROM users WHERE id = 2').get()).toEqual({ role: 'contract_manager' });
    expect(await getUser(new Request('http://localhost/', { headers: { Cookie: staffSession } }), { now: TEST_NOW })).toBeNull();
    expect(auditRows("action = 'role_change' AND entity_id = '2'")[0]).toMatchObject({
      user_id: 5,
      actor: 'beheerder@example.nl',
      ip: '203.0.113.9',
      entity_type: 'user',
      field: 'role',
      old_value: 'staff',
      new_value: 'contract_manager',
      result: 'success',
    });
    const self = await call(() => userAction(postArgs('/beheer/gebruikers/5', { intent: 'role', role: 'staff' }, { cookie: admin, params: { id: '5' } }) as never));
    expect(self.data.result.error).toEqual({ '': ['user.refused.self'] });
  });

  it('disables an account: its sessions end and it cannot sign in; enabling lets it back', async () => {
    const admin = await sessionCookie('beheerder@example.nl');
    const providerSession = await sessionCookie('aanbieder@example.nl');
    const result = await call(() => userAction(postArgs('/beheer/gebruikers/4', { intent: 'block' }, { cookie: admin, params: { id: '4' } }) as never));
    expect(result.location).toBe('/beheer/gebruikers/4?melding=geblokkeerd');
    expect(await getUser(new Request('http://localhost/', { headers: { Cookie: providerSession } }), { now: TEST_NOW })).toBeNull();
    const refused = await signIn('aanbieder@example.nl');
    expect(refused.status).toBe(400);
    expect(refused.data.error).toEqual({ password: ['signIn.failed'] });
    expect(auditRows("action = 'disable' AND entity_id = '4'")[0]).toMatchObject({ user_id: 5, field: 'disabled_at', old_value: 'active', new_value: 'disabled' });
    expect(auditRows("action = 'sign_in' AND entity_id = 'aanbieder@example.nl' AND new_value = 'disabled'")).toHaveLength(1);
    const again = await call(() => userAction(postArgs('/beheer/gebruikers/4', { intent: 'unblock' }, { cookie: admin, params: { id: '4' } }) as never));
    expect(again.location).toBe('/beheer/gebruikers/4?melding=toegestaan');
    expect((await signIn('aanbieder@example.nl')).status).toBe(302);
    const self = await call(() => userAction(postArgs('/beheer/gebruikers/5', { intent: 'block' }, { cookie: admin, params: { id: '5' } }) as never));
    expect(self.status).toBe(400);
  });

  it('keeps the audit log append-only', () => {
    expect(() => db().prepare("UPDATE audit_log SET actor = 'someone else'").run()).toThrow(/append-only/);
    expect(() => db().prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });
});
