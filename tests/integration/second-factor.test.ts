/**
 * The second factor against a real seeded database: enrolment required by role, the pending
 * session that gives no access, sign-in with a code from the app or a recovery code (each works
 * once), the slowdown of wrong codes, the administrator's reset, the demo exemption and the
 * audit log — and the per-account-and-source password throttle with its owner alert.
 */
import { TEST_NOW } from '../support/paths';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { action as signInAction } from '../../app/routes/inloggen';
import { action as codeAction, loader as codeLoader } from '../../app/routes/inloggen_.code';
import { action as enrolAction, loader as enrolLoader } from '../../app/routes/account_.tweestapsverificatie';
import { action as userAction, loader as userLoader } from '../../app/routes/beheer.gebruikers.$id';
import { loader as adminHomeLoader } from '../../app/routes/beheer._index';
import { getDb } from '../../app/db.server';
import { setMailer } from '../../app/mail/mailer.server';
import type { MailMessage } from '../../app/mail/message';
import { isDemoDatabase } from '../../app/models/demo.server';
import { sessionIdFor } from '../../app/models/session.server';
import { getUser } from '../../app/utils/auth.server';
import { totpCode } from '../../app/lib/totp.server';
import { call, cookieFrom, getArgs, postArgs, type CallArgs } from '../support/remix-calls';

const PASSWORD = 'sociale-kaart-demo';
const db = () => getDb().$client;
let sent: MailMessage[] = [];

beforeEach(() => {
  sent = [];
  setMailer({ send: async (message) => (sent.push(message), { id: `test-${sent.length}` }) });
});
afterEach(() => setMailer(undefined));

/** The request's instant, as the server passes it in the load context. */
function at<T extends CallArgs>(args: T, now: Date): T {
  return { ...args, context: { ...args.context, now } };
}

let counter = 0;
function createUser(role: string): { id: number; email: string } {
  const email = `mfa-${role}-${++counter}-${Date.now()}@example.nl`;
  const id = Number(
    db()
      .prepare("INSERT INTO users (email, name, password_hash, role) VALUES (?, 'Test Persoon', (SELECT password_hash FROM users WHERE email = 'medewerker@example.nl'), ?)")
      .run(email, role).lastInsertRowid,
  );
  return { id, email };
}

function auditRows(where: string, ...params: unknown[]) {
  return db().prepare(`SELECT * FROM audit_log WHERE ${where} ORDER BY id`).all(...params) as Record<string, unknown>[];
}

const cookieOf = (setCookies: string[], name = 'sk_session') => cookieFrom(setCookies.find((c) => c.startsWith(`${name}=`)) ?? null);

async function signIn(email: string, now: Date, ip = '192.0.2.10', password = PASSWORD) {
  return call(() => signInAction(at(postArgs('/inloggen', { email, password }, { ip }), now) as never));
}

/** Signs in and sets up the second factor; returns the secret, the recovery codes and a full session. */
async function enrol(email: string, now: Date) {
  const first = await signIn(email, now);
  const pendingCookie = cookieFrom(first.headers.get('Set-Cookie'));
  const page = await call(() => enrolLoader(at(getArgs('/account/tweestapsverificatie', { cookie: pendingCookie }), now) as never));
  const secret = (page.data.setup.secret as string).replace(/\s+/g, '');
  const confirmed = await call(() => enrolAction(at(postArgs('/account/tweestapsverificatie', { code: totpCode(secret, now) }, { cookie: pendingCookie }), now) as never));
  const setCookies = confirmed.headers.getSetCookie();
  const session = cookieOf(setCookies);
  const shown = await call(() => enrolLoader(at(getArgs('/account/tweestapsverificatie', { cookie: `${session}; ${cookieOf(setCookies, 'sk_flash')}` }), now) as never));
  return { first, pendingCookie, page, confirmed, session, secret, codes: shown.data.recoveryCodes.codes as string[] };
}

describe('enrolment required by role', () => {
  it('sends a staff member to enrolment after the password; the pending session reaches nothing else', async () => {
    const now = new Date(TEST_NOW);
    const user = createUser('staff');
    const result = await signIn(user.email, now);
    expect(result.status).toBe(302);
    expect(result.location).toBe('/account/tweestapsverificatie?terug=%2Fbeheer');
    const cookie = cookieFrom(result.headers.get('Set-Cookie'));
    const token = cookie.split('=')[1]!;
    expect(db().prepare('SELECT pending_step, second_factor_at FROM sessions WHERE id = ?').get(sessionIdFor(token))).toEqual({ pending_step: 'enrol', second_factor_at: null });
    // No access: not a signed-in user anywhere; a professional page sends it back to enrolment.
    expect(await getUser(new Request('http://localhost/', { headers: { Cookie: cookie } }), { now: TEST_NOW })).toBeNull();
    const admin = await call(() => adminHomeLoader(getArgs('/beheer', { cookie }) as never));
    expect(admin.status).toBe(302);
    expect(admin.location).toBe('/account/tweestapsverificatie?terug=%2Fbeheer');
    // Nor the code step, which is for enrolled accounts.
    expect((await call(() => codeLoader(at(getArgs('/inloggen/code', { cookie }), now) as never))).location).toBe('/inloggen?melding=verlopen');
  });

  it('shows a QR code and the secret as text; the same secret after a reload', async () => {
    const now = new Date(TEST_NOW);
    const user = createUser('contract_manager');
    const cookie = cookieFrom((await signIn(user.email, now)).headers.get('Set-Cookie'));
    const page = await call(() => enrolLoader(at(getArgs('/account/tweestapsverificatie', { cookie }), now) as never));
    expect(page.status).toBe(200);
    expect(page.data.required).toBe(true);
    expect(page.data.pending).toBe(true);
    expect(page.data.setup.secret).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
    expect(page.data.setup.qrSvg).toMatch(/^<svg /);
    const again = await call(() => enrolLoader(at(getArgs('/account/tweestapsverificatie', { cookie }), now) as never));
    expect(again.data.setup.secret).toBe(page.data.setup.secret);
    // The secret is not in the database as text.
    const stored = db().prepare('SELECT secret_encrypted FROM second_factors WHERE user_id = ?').get(user.id) as { secret_encrypted: string };
    expect(stored.secret_encrypted).not.toContain(page.data.setup.secret.replace(/\s+/g, ''));
    expect(auditRows("action = 'mfa_enrol' AND entity_id = ?", String(user.id))).toHaveLength(1);
  });

  it('refuses a wrong first code at the field, turns it on with the right one and hands out ten recovery codes once', async () => {
    const now = new Date(TEST_NOW);
    const user = createUser('admin');
    const cookie = cookieFrom((await signIn(user.email, now)).headers.get('Set-Cookie'));
    const page = await call(() => enrolLoader(at(getArgs('/account/tweestapsverificatie', { cookie }), now) as never));
    const secret = (page.data.setup.secret as string).replace(/\s+/g, '');
    const wrong = await call(() => enrolAction(at(postArgs('/account/tweestapsverificatie', { code: '000000' === totpCode(secret, now) ? '111111' : '000000' }, { cookie }), now) as never));
    expect(wrong.status).toBe(400);
    expect(wrong.data.error).toEqual({ code: ['mfa.error.wrongCode'] });
    const right = await call(() => enrolAction(at(postArgs('/account/tweestapsverificatie', { code: totpCode(secret, now), terug: '/beheer/gebruikers' }, { cookie }), now) as never));
    expect(right.status).toBe(302);
    expect(right.location).toBe('/account/tweestapsverificatie?melding=aan');
    const setCookies = right.headers.getSetCookie();
    const session = cookieOf(setCookies);
    // A new session that records the second factor; the pending one is gone.
    expect(session).not.toBe(cookie);
    expect(db().prepare('SELECT count(*) AS n FROM sessions WHERE id = ?').get(sessionIdFor(cookie.split('=')[1]!))).toEqual({ n: 0 });
    const row = db().prepare('SELECT pending_step, second_factor_at FROM sessions WHERE id = ?').get(sessionIdFor(session.split('=')[1]!)) as { pending_step: null; second_factor_at: number };
    expect(row.pending_step).toBeNull();
    expect(row.second_factor_at).toBeGreaterThan(0);
    expect(await getUser(new Request('http://localhost/', { headers: { Cookie: session } }), { now: TEST_NOW })).toMatchObject({ id: user.id });
    // The codes: shown once through the flash cookie, stored only as hashes.
    const flash = cookieOf(setCookies, 'sk_flash');
    const shown = await call(() => enrolLoader(at(getArgs('/account/tweestapsverificatie', { cookie: `${session}; ${flash}` }), now) as never));
    const codes = shown.data.recoveryCodes.codes as string[];
    expect(codes).toHaveLength(10);
    expect(shown.data.recoveryCodes.next).toBe('/beheer/gebruikers');
    for (const code of codes) expect(code).toMatch(/^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$/);
    const hashes = db().prepare('SELECT code_hash FROM recovery_codes WHERE user_id = ?').all(user.id) as { code_hash: string }[];
    expect(hashes).toHaveLength(10);
    for (const { code_hash } of hashes) for (const code of codes) expect(code_hash).not.toContain(code.replace(/-/g, ''));
    expect(shown.headers.get('Set-Cookie')).toMatch(/^sk_flash=; Max-Age=0/);
    const later = await call(() => enrolLoader(at(getArgs('/account/tweestapsverificatie', { cookie: session }), now) as never));
    expect(later.data.recoveryCodes).toBeNull();
    expect(later.data.factor).toMatchObject({ enrolled: true, recoveryCodesLeft: 10 });
    expect(auditRows("action IN ('mfa_verify', 'mfa_confirm') AND entity_id = ?", String(user.id)).map((r) => [r.action, r.result])).toEqual([
      ['mfa_verify', 'failure'],
      ['mfa_confirm', 'success'],
    ]);
  });

  it('does not force a citizen or a provider; MFA_REQUIRED_ROLES names staff, contract managers and administrators', async () => {
    const now = new Date(TEST_NOW);
    const citizen = createUser('citizen');
    expect((await signIn(citizen.email, now)).location).toBe('/');
  });

  it('offers but does not force MFA to the demo accounts in a demo database', async () => {
    expect(isDemoDatabase(getDb())).toBe(true);
    const result = await signIn('beheerder@example.nl', new Date(TEST_NOW));
    expect(result.location).toBe('/beheer');
    const cookie = cookieFrom(result.headers.get('Set-Cookie'));
    const page = await call(() => enrolLoader(at(getArgs('/account/tweestapsverificatie', { cookie }), new Date(TEST_NOW)) as never));
    expect(page.data).toMatchObject({ required: false, pending: false });
    expect(page.data.setup.secret).toBeTruthy();
  });
});

describe('signing in with the second factor', () => {
  it('asks for the code after the password and accepts a fresh code once', async () => {
    const t0 = new Date(TEST_NOW);
    const user = createUser('staff');
    const { secret } = await enrol(user.email, t0);
    const t1 = new Date(t0.getTime() + 60_000);
    const first = await signIn(user.email, t1);
    expect(first.location).toBe('/inloggen/code?terug=%2Fbeheer');
    const pending = cookieFrom(first.headers.get('Set-Cookie'));
    expect(await getUser(new Request('http://localhost/', { headers: { Cookie: pending } }), { now: TEST_NOW })).toBeNull();
    expect((await call(() => codeLoader(at(getArgs('/inloggen/code', { cookie: pending }), t1) as never))).status).toBe(200);
    const code = totpCode(secret, t1);
    const ok = await call(() => codeAction(at(postArgs('/inloggen/code', { code, terug: '/beheer' }, { cookie: pending }), t1) as never));
    expect(ok.status).toBe(302);
    expect(ok.location).toBe('/beheer');
    const session = cookieFrom(ok.headers.get('Set-Cookie'));
    expect(await getUser(new Request('http://localhost/', { headers: { Cookie: session } }), { now: TEST_NOW })).toMatchObject({ id: user.id });
    // The same code again (a replay, even within its 30 seconds) does not work.
    const again = cookieFrom((await signIn(user.email, t1)).headers.get('Set-Cookie'));
    const replay = await call(() => codeAction(at(postArgs('/inloggen/code', { code }, { cookie: again }), t1) as never));
    expect(replay.status).toBe(400);
    expect(replay.data.error).toEqual({ code: ['mfa.error.wrongCode'] });
    expect(auditRows("action = 'mfa_verify' AND entity_id = ? AND new_value = 'totp'", String(user.id)).map((r) => r.result)).toEqual(['success', 'failure']);
  });

  it('accepts a recovery code once, however it is typed, and says how many are left', async () => {
    const t0 = new Date(TEST_NOW);
    const user = createUser('contract_manager');
    const { codes } = await enrol(user.email, t0);
    const pending = cookieFrom((await signIn(user.email, t0)).headers.get('Set-Cookie'));
    const ok = await call(() => codeAction(at(postArgs('/inloggen/code', { code: codes[3]!.toLowerCase().replace(/-/g, ' ') }, { cookie: pending }), t0) as never));
    expect(ok.status).toBe(302);
    expect(ok.location).toBe('/account/tweestapsverificatie?melding=herstelcode');
    const session = cookieFrom(ok.headers.get('Set-Cookie'));
    const page = await call(() => enrolLoader(at(getArgs(ok.location!, { cookie: session }), t0) as never));
    expect(page.data).toMatchObject({ recoveryUsed: true, factor: { recoveryCodesLeft: 9 } });
    const second = cookieFrom((await signIn(user.email, t0)).headers.get('Set-Cookie'));
    const reused = await call(() => codeAction(at(postArgs('/inloggen/code', { code: codes[3]! }, { cookie: second }), t0) as never));
    expect(reused.status).toBe(400);
    expect(auditRows("action = 'mfa_recovery_code_used' AND entity_id = ?", String(user.id))).toHaveLength(1);
    expect(auditRows("action = 'mfa_recovery_code_used' AND entity_id = ?", String(user.id))[0]).toMatchObject({ new_value: '9 left', user_id: user.id });
  });

  it('slows down wrong codes per account: after five, even the right code waits', async () => {
    const t0 = new Date(TEST_NOW);
    const user = createUser('staff');
    const { secret } = await enrol(user.email, t0);
    const t1 = new Date(t0.getTime() + 60_000);
    const pending = cookieFrom((await signIn(user.email, t1)).headers.get('Set-Cookie'));
    const wrong = totpCode(secret, t1) === '123456' ? '654321' : '123456';
    for (let i = 0; i < 5; i++) {
      expect((await call(() => codeAction(at(postArgs('/inloggen/code', { code: wrong }, { cookie: pending }), t1) as never))).status).toBe(400);
    }
    const blocked = await call(() => codeAction(at(postArgs('/inloggen/code', { code: totpCode(secret, t1) }, { cookie: pending }), t1) as never));
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(blocked.data.error.code[0]).toMatch(/^U heeft te vaak een verkeerde code ingevuld\. Wacht \d+ seconden/);
    // After the wait the right code works.
    const t2 = new Date(t1.getTime() + 31_000);
    const ok = await call(() => codeAction(at(postArgs('/inloggen/code', { code: totpCode(secret, t2) }, { cookie: pending }), t2) as never));
    expect(ok.status).toBe(302);
  });

  it('ends a pending sign-in after ten minutes', async () => {
    const t0 = new Date(TEST_NOW);
    const user = createUser('staff');
    await enrol(user.email, t0);
    const pending = cookieFrom((await signIn(user.email, t0)).headers.get('Set-Cookie'));
    const late = await call(() => codeLoader(at(getArgs('/inloggen/code', { cookie: pending }), new Date(t0.getTime() + 11 * 60_000)) as never));
    expect(late.location).toBe('/inloggen?melding=verlopen');
  });
});

describe('an administrator resets a second factor', () => {
  it('clears it, ends the sessions, audits who did it; the next sign-in enrols again', async () => {
    const t0 = new Date(TEST_NOW);
    const user = createUser('staff');
    const { session } = await enrol(user.email, t0);
    const admin = cookieFrom((await signIn('beheerder@example.nl', t0)).headers.get('Set-Cookie'));
    const before = await call(() => userLoader(getArgs(`/beheer/gebruikers/${user.id}`, { cookie: admin, params: { id: String(user.id) } }) as never));
    expect(before.data.secondFactor).toMatchObject({ enrolled: true, required: true, recoveryCodesLeft: 10 });
    const reset = await call(() => userAction(at(postArgs(`/beheer/gebruikers/${user.id}`, { intent: 'reset-second-factor' }, { cookie: admin, params: { id: String(user.id) } }), t0) as never));
    expect(reset.status).toBe(302);
    expect(reset.location).toBe(`/beheer/gebruikers/${user.id}?melding=tweestap-gewist`);
    expect(db().prepare('SELECT count(*) AS n FROM second_factors WHERE user_id = ?').get(user.id)).toEqual({ n: 0 });
    expect(db().prepare('SELECT count(*) AS n FROM recovery_codes WHERE user_id = ?').get(user.id)).toEqual({ n: 0 });
    expect(await getUser(new Request('http://localhost/', { headers: { Cookie: session } }), { now: TEST_NOW })).toBeNull();
    expect(auditRows("action = 'mfa_reset' AND entity_id = ?", String(user.id))).toEqual([
      expect.objectContaining({ user_id: 5, actor: 'beheerder@example.nl', field: 'second_factor', old_value: 'on', new_value: 'off', result: 'success' }),
    ]);
    expect((await signIn(user.email, t0)).location).toBe('/account/tweestapsverificatie?terug=%2Fbeheer');
    // Nothing to reset any more: a clear refusal.
    const again = await call(() => userAction(at(postArgs(`/beheer/gebruikers/${user.id}`, { intent: 'reset-second-factor' }, { cookie: admin, params: { id: String(user.id) } }), t0) as never));
    expect(again.status).toBe(400);
    expect(again.data.result.error['']).toEqual(['user.refused.unchanged.mfa']);
  });

  it('is for administrators only', async () => {
    const user = createUser('staff');
    const staff = cookieFrom((await signIn('medewerker@example.nl', new Date(TEST_NOW))).headers.get('Set-Cookie'));
    const refused = await call(() => userAction(postArgs(`/beheer/gebruikers/${user.id}`, { intent: 'reset-second-factor' }, { cookie: staff, params: { id: String(user.id) } }) as never));
    expect(refused.status).toBe(403);
  });
});

describe('wrong passwords per account and source', () => {
  it("does not make the owner wait because of a stranger's wrong passwords elsewhere", async () => {
    const user = createUser('citizen');
    for (let i = 0; i < 6; i++) await signIn(user.email, new Date(TEST_NOW), '203.0.113.66', 'verkeerd wachtwoord');
    const stranger = await signIn(user.email, new Date(TEST_NOW), '203.0.113.66');
    expect(stranger.status).toBe(429);
    const owner = await signIn(user.email, new Date(TEST_NOW), '198.51.100.20');
    expect(owner.status).toBe(302);
    expect(owner.location).toBe('/');
  });

  it('tells the owner by e-mail once, at twenty wrong passwords in a day from anywhere', async () => {
    const user = createUser('citizen');
    for (let i = 0; i < 19; i++) await signIn(user.email, new Date(TEST_NOW), `203.0.113.${100 + Math.floor(i / 4)}`, 'verkeerd wachtwoord');
    expect(sent).toHaveLength(0);
    await signIn(user.email, new Date(TEST_NOW), '203.0.113.200', 'verkeerd wachtwoord');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: user.email, kind: 'sign_in_alert', subject: 'Veel mislukte inlogpogingen op uw account' });
    expect(sent[0]!.text).toContain('20 keer');
    await signIn(user.email, new Date(TEST_NOW), '203.0.113.201', 'verkeerd wachtwoord');
    expect(sent).toHaveLength(1);
    expect(auditRows("action = 'sign_in_alert' AND entity_id = ?", user.email)).toHaveLength(1);
    // The owner can still sign in.
    expect((await signIn(user.email, new Date(TEST_NOW), '198.51.100.21')).status).toBe(302);
  });
});
