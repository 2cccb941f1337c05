/**
 * Writing reviews against a real seeded database: the form, validation at each field, one review
 * per person per provider per 12 months, daily limits per account and IP, the honeypot,
 * invitation codes (verified reviews without an account), editing and withdrawal.
 */
import { describe, expect, it } from 'vitest';
import { action as writeAction, loader as writeLoader } from '../../app/routes/aanbieders.$slug_.ervaring-schrijven';
import { action as editAction, loader as editLoader } from '../../app/routes/ervaringen.$id.bewerken';
import { action as withdrawAction } from '../../app/routes/ervaringen.$id.intrekken';
import { loader as listLoader } from '../../app/routes/aanbieders.$slug_.ervaringen';
import { loader as mineLoader } from '../../app/routes/mijn-ervaringen';
import { getDb } from '../../app/db.server';
import { createInvitation, hashInvitationCode } from '../../app/models/invitation.server';
import { hashIp } from '../../app/models/review-common.server';
import { getReviewStatistics } from '../../app/models/review-read.server';
import { submitReview } from '../../app/models/review-write.server';
import { reviewFormSchema } from '../../app/domain/review-schema';
import { REVIEWS_PER_ACCOUNT_PER_DAY, REVIEWS_PER_IP_PER_DAY } from '../../app/domain/reviews';
import {
  answer,
  args,
  cookieFor,
  createOrganization,
  DAY,
  insertReview,
  lastMonth,
  nowSeconds,
  one,
  run,
  sql,
  USERS,
  validReview,
} from './reviews-support';
import { TEST_NOW } from '../support/paths';
import { unixSeconds } from '../../app/domain/clock';

const count = (table: string) => one<{ n: number }>(`SELECT count(*) AS n FROM ${table}`).n;

/** An active organisation with services that citizen `userId` has not reviewed. */
function freshTarget(userId: number, offset = 0) {
  return one<{ id: string; slug: string }>(
    `SELECT o.id, o.slug FROM organizations o WHERE o.status = 'active'
       AND EXISTS (SELECT 1 FROM services s WHERE s.organization_id = o.id AND s.status <> 'inactive')
       AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.organization_id = o.id AND r.user_id = ?)
     ORDER BY o.slug LIMIT 1 OFFSET ?`,
    userId,
    offset,
  );
}

function newCitizen(email: string): number {
  return Number(run(`INSERT INTO users (email, name, role) VALUES (?, 'Test Inwoner', 'citizen')`, email).lastInsertRowid);
}

describe('the review form', () => {
  it('shows anonymous visitors the form with the invitation code, the services and 37 months', async () => {
    const target = freshTarget(USERS.citizen);
    const { status, data } = await answer(() =>
      writeLoader(args(`/aanbieders/${target.slug}/ervaring-schrijven?code=abcd-efgh`, { params: { slug: target.slug } })),
    );
    expect(status).toBe(200);
    expect(data.signedIn).toBe(false);
    expect(data.months).toHaveLength(37);
    expect(data.services.length).toBeGreaterThan(0);
    expect(data.defaults.code).toBe('abcd-efgh');
    expect(data.existing).toBeNull();
  });

  it('refuses professionals and providers (403) and unknown providers (404)', async () => {
    const target = freshTarget(USERS.citizen);
    for (const user of [USERS.staff, USERS.provider, USERS.admin]) {
      const cookie = cookieFor(user);
      expect((await answer(() => writeLoader(args('/x', { params: { slug: target.slug }, cookie })))).status).toBe(403);
      expect((await answer(() => writeAction(args('/x', { params: { slug: target.slug }, cookie, form: validReview() })))).status).toBe(
        403,
      );
    }
    expect((await answer(() => writeLoader(args('/x', { params: { slug: 'bestaat-niet' } })))).status).toBe(404);
  });
});

describe('a signed-in citizen writes a review', () => {
  it('stores it as pending, unverified, with a keyed hash of the IP, and shows it nowhere yet', async () => {
    const userId = newCitizen('schrijver@example.nl');
    const cookie = cookieFor(userId);
    const target = freshTarget(userId);
    const before = getReviewStatistics(getDb(), target.id, new Date(TEST_NOW));
    const result = await answer(() =>
      writeAction(
        args(`/aanbieders/${target.slug}/ervaring-schrijven`, {
          params: { slug: target.slug },
          cookie,
          form: validReview(),
          ip: '203.0.113.7',
        }),
      ),
    );
    expect(result.status).toBe(302);
    expect(result.location).toBe('/mijn-ervaringen?melding=verstuurd');
    const row = one<Record<string, unknown>>('SELECT * FROM reviews WHERE user_id = ? AND organization_id = ?', userId, target.id);
    expect(row).toMatchObject({
      status: 'pending',
      verified: 0,
      overall: 9,
      mark_reachability: 7,
      would_recommend: 1,
      experience_month: lastMonth(),
    });
    expect(row.submitted_ip_hash).toBe(hashIp('203.0.113.7'));
    expect(String(row.submitted_ip_hash)).not.toContain('203.0.113.7');
    const auditRow = one<{ action: string; new_value: string; ip: string }>(
      `SELECT action, new_value, ip FROM audit_log WHERE entity_type = 'review' AND entity_id = ? ORDER BY id DESC`,
      String(row.id),
    );
    expect(auditRow).toMatchObject({ action: 'create', new_value: 'pending' });
    expect(auditRow.ip).not.toContain('203.0.113.7');
    // Pre-moderated: not on the page and not in the averages.
    expect(getReviewStatistics(getDb(), target.id, new Date(TEST_NOW))).toEqual(before);
    const list = await answer(() => listLoader(args(`/aanbieders/${target.slug}/ervaringen`, { params: { slug: target.slug } })));
    expect(list.data.reviews.map((r: { id: number }) => r.id)).not.toContain(row.id);
    // The author sees it, waiting to be checked.
    const mine = await answer(() => mineLoader(args('/mijn-ervaringen?melding=verstuurd', { cookie })));
    expect(mine.data.notice).toBe('reviews.mine.sent');
    expect(mine.data.reviews[0]).toMatchObject({ id: row.id, status: 'pending' });
  });

  it('puts each error at its field, keeps the input and stores nothing', async () => {
    const userId = newCitizen('fouten@example.nl');
    const cookie = cookieFor(userId);
    const target = freshTarget(userId);
    const before = count('reviews');
    const form = validReview({ overall: '', treatment: '0', body: 'Te kort.', experienceMonth: '2099-01', consent: '' });
    const result = await answer(() => writeAction(args('/x', { params: { slug: target.slug }, cookie, form })));
    expect(result.status).toBe(400);
    expect(result.data.error).toEqual({
      overall: ['reviews.error.overallRequired'],
      treatment: ['reviews.error.markRange'],
      body: ['reviews.error.bodyTooShort'],
      experienceMonth: ['reviews.error.month.future'],
      consent: ['reviews.error.consentRequired'],
    });
    expect(result.data.initialValue).toMatchObject({ body: 'Te kort.', expertise: '8', authorName: 'Testpersoon' });
    expect(count('reviews')).toBe(before);
  });

  it('refuses an experience older than 3 years and a service of another provider', async () => {
    const userId = newCitizen('oud@example.nl');
    const cookie = cookieFor(userId);
    const target = freshTarget(userId);
    const old = new Date(TEST_NOW);
    old.setUTCDate(1);
    old.setUTCMonth(old.getUTCMonth() - 37);
    const tooOld = await answer(() =>
      writeAction(
        args('/x', { params: { slug: target.slug }, cookie, form: validReview({ experienceMonth: old.toISOString().slice(0, 7) }) }),
      ),
    );
    expect(tooOld.status).toBe(400);
    expect(tooOld.data.error.experienceMonth).toEqual(['reviews.error.month.tooOld']);
    const foreign = one<{ id: string }>(`SELECT id FROM services WHERE organization_id <> ? AND status = 'active' LIMIT 1`, target.id);
    const wrongService = await answer(() =>
      writeAction(args('/x', { params: { slug: target.slug }, cookie, form: validReview({ serviceId: foreign.id }) })),
    );
    expect(wrongService.status).toBe(400);
    expect(wrongService.data.error.serviceId).toEqual(['reviews.error.serviceUnknown']);
    expect(one<{ n: number }>('SELECT count(*) AS n FROM reviews WHERE user_id = ?', userId).n).toBe(0);
  });

  it('refuses a filled-in honeypot with a message and stores nothing', async () => {
    const cookie = cookieFor(newCitizen('bot@example.nl'));
    const target = freshTarget(USERS.citizen);
    const before = count('reviews');
    const result = await answer(() =>
      writeAction(args('/x', { params: { slug: target.slug }, cookie, form: validReview({ website: 'http://spam.example' }) })),
    );
    expect(result.status).toBe(400);
    expect(result.data.error['']).toEqual(['reviews.error.rejectedSubmission']);
    expect(count('reviews')).toBe(before);
  });
});

describe('one review per person per provider per 12 months', () => {
  it('offers the edit of the first review instead of a second one', async () => {
    const userId = newCitizen('tweemaal@example.nl');
    const cookie = cookieFor(userId);
    const target = freshTarget(userId);
    expect((await answer(() => writeAction(args('/x', { params: { slug: target.slug }, cookie, form: validReview() })))).status).toBe(302);
    const first = one<{ id: number }>('SELECT id FROM reviews WHERE user_id = ?', userId);
    const page = await answer(() => writeLoader(args('/x', { params: { slug: target.slug }, cookie })));
    expect(page.data.existing).toMatchObject({ id: first.id });
    const again = await answer(() => writeAction(args('/x', { params: { slug: target.slug }, cookie, form: validReview() })));
    expect(again.status).toBe(409);
    expect(again.data.error['']).toEqual(['reviews.error.alreadyReviewed']);
    expect(one<{ n: number }>('SELECT count(*) AS n FROM reviews WHERE user_id = ?', userId).n).toBe(1);
  });

  it('counts from the day the first review was written: after 12 months a new one is welcome', async () => {
    const userId = newCitizen('jaarlater@example.nl');
    const cookie = cookieFor(userId);
    const target = freshTarget(userId);
    const reviewId = insertReview({ organizationId: target.id, overall: 6, userId, createdAt: nowSeconds() - 340 * DAY });
    expect((await answer(() => writeAction(args('/x', { params: { slug: target.slug }, cookie, form: validReview() })))).status).toBe(409);
    run('UPDATE reviews SET created_at = ? WHERE id = ?', nowSeconds() - 370 * DAY, reviewId);
    expect((await answer(() => writeAction(args('/x', { params: { slug: target.slug }, cookie, form: validReview() })))).status).toBe(302);
  });

  it('does not count a withdrawn review', async () => {
    const userId = newCitizen('ingetrokken@example.nl');
    const target = freshTarget(userId);
    insertReview({ organizationId: target.id, overall: 6, userId, status: 'withdrawn' });
    const result = await answer(() =>
      writeAction(args('/x', { params: { slug: target.slug }, cookie: cookieFor(userId), form: validReview() })),
    );
    expect(result.status).toBe(302);
  });
});

describe('daily limits', () => {
  it(`allow ${REVIEWS_PER_ACCOUNT_PER_DAY} new reviews per account per 24 hours, then answer 429 with a message`, async () => {
    const userId = newCitizen('veelschrijver@example.nl');
    const cookie = cookieFor(userId);
    for (let i = 0; i < REVIEWS_PER_ACCOUNT_PER_DAY; i++) {
      const target = freshTarget(userId, i);
      const result = await answer(() =>
        writeAction(args('/x', { params: { slug: target.slug }, cookie, form: validReview(), ip: `198.51.100.${i}` })),
      );
      expect(result.status, `review ${i + 1}`).toBe(302);
    }
    const target = freshTarget(userId);
    const before = count('reviews');
    const blocked = await answer(() =>
      writeAction(args('/x', { params: { slug: target.slug }, cookie, form: validReview(), ip: '198.51.100.99' })),
    );
    expect(blocked.status).toBe(429);
    expect(blocked.data.error['']).toEqual(['reviews.error.limitAccount']);
    expect(blocked.data.initialValue.body).toBe(validReview().body);
    expect(count('reviews')).toBe(before);
    // A day later the account may write again.
    run('UPDATE reviews SET created_at = created_at - ? WHERE user_id = ?', 2 * DAY, userId);
    expect(
      (await answer(() => writeAction(args('/x', { params: { slug: target.slug }, cookie, form: validReview(), ip: '198.51.100.99' }))))
        .status,
    ).toBe(302);
  });

  it(`allow ${REVIEWS_PER_IP_PER_DAY} new reviews per IP address per 24 hours`, async () => {
    const ip = '203.0.113.200';
    for (let i = 0; i < REVIEWS_PER_IP_PER_DAY; i++) {
      const userId = newCitizen(`gedeeld${i}@example.nl`);
      const target = freshTarget(userId, i);
      const result = await answer(() =>
        writeAction(args('/x', { params: { slug: target.slug }, cookie: cookieFor(userId), form: validReview(), ip })),
      );
      expect(result.status, `review ${i + 1}`).toBe(302);
    }
    const userId = newCitizen('gedeeld-laatste@example.nl');
    const target = freshTarget(userId);
    const blocked = await answer(() =>
      writeAction(args('/x', { params: { slug: target.slug }, cookie: cookieFor(userId), form: validReview(), ip })),
    );
    expect(blocked.status).toBe(429);
    expect(blocked.data.error['']).toEqual(['reviews.error.limitIp']);
    expect(one<{ n: number }>('SELECT count(*) AS n FROM reviews WHERE submitted_ip_hash = ?', hashIp(ip)).n).toBe(REVIEWS_PER_IP_PER_DAY);
  });
});

describe('verified reviews with an invitation code', () => {
  const db = () => getDb();
  const staff = { id: USERS.staff, email: 'medewerker@example.nl' };

  it('lets a resident without an account write a verified review once', async () => {
    const target = freshTarget(USERS.citizen, 3);
    const invitation = createInvitation(db(), staff, target.id, '127.0.0.1', new Date(TEST_NOW));
    if (!invitation.ok) throw new Error('no invitation');
    const stored = one<{ code_hash: string; expires_at: number; used_at: number | null }>(
      'SELECT code_hash, expires_at, used_at FROM review_invitations WHERE code_hash = ?',
      hashInvitationCode(invitation.code),
    );
    expect(stored.code_hash).not.toContain(invitation.code);
    expect(stored.expires_at - nowSeconds()).toBeGreaterThan(89 * DAY);
    expect(stored.expires_at - nowSeconds()).toBeLessThanOrEqual(90 * DAY);
    // Typed as a resident would: lower case with a dash.
    const typed = `${invitation.code.slice(0, 4)}-${invitation.code.slice(4)}`.toLowerCase();
    const result = await answer(() =>
      writeAction(args('/x', { params: { slug: target.slug }, form: validReview({ code: typed }), ip: '192.0.2.55' })),
    );
    expect(result.status).toBe(302);
    expect(result.location).toBe(`/ervaringen/verstuurd?aanbieder=${target.slug}`);
    const review = one<{ verified: number; user_id: number | null; status: string; invitation_id: number }>(
      'SELECT verified, user_id, status, invitation_id FROM reviews ORDER BY id DESC LIMIT 1',
    );
    expect(review).toMatchObject({ verified: 1, user_id: null, status: 'pending' });
    expect(
      one<{ used_at: number | null }>('SELECT used_at FROM review_invitations WHERE id = ?', review.invitation_id).used_at,
    ).not.toBeNull();
    // Single use.
    const again = await answer(() =>
      writeAction(args('/x', { params: { slug: target.slug }, form: validReview({ code: invitation.code }), ip: '192.0.2.56' })),
    );
    expect(again.status).toBe(400);
    expect(again.data.error.code).toEqual(['reviews.error.code.used']);
  });

  it('explains a missing, unknown, expired or other provider’s code at the code field', async () => {
    const target = freshTarget(USERS.citizen, 4);
    const other = freshTarget(USERS.citizen, 5);
    const before = count('reviews');
    const post = (code: string | undefined, ip: string) =>
      answer(() => writeAction(args('/x', { params: { slug: target.slug }, form: validReview(code === undefined ? {} : { code }), ip })));
    expect((await post(undefined, '192.0.2.60')).data.error.code).toEqual(['reviews.error.codeRequired']);
    expect((await post('ZZZZ-ZZZZ', '192.0.2.61')).data.error.code).toEqual(['reviews.error.code.unknown']);
    expect((await post('niet-een-code', '192.0.2.62')).data.error.code).toEqual(['reviews.error.code.unknown']);
    const expired = createInvitation(getDb(), staff, target.id, null, new Date(TEST_NOW.getTime() - 91 * DAY * 1000));
    if (!expired.ok) throw new Error('no invitation');
    expect((await post(expired.code, '192.0.2.63')).data.error.code).toEqual(['reviews.error.code.expired']);
    const elsewhere = createInvitation(getDb(), staff, other.id, null, new Date(TEST_NOW));
    if (!elsewhere.ok) throw new Error('no invitation');
    expect((await post(elsewhere.code, '192.0.2.64')).data.error.code).toEqual(['reviews.error.code.otherProvider']);
    expect(count('reviews')).toBe(before);
    // The other provider's code still works there.
    expect(
      one<{ used_at: number | null }>('SELECT used_at FROM review_invitations WHERE code_hash = ?', hashInvitationCode(elsewhere.code))
        .used_at,
    ).toBeNull();
  });

  it('warns about a used code as soon as the link from the letter is opened, and alongside other errors', async () => {
    const target = freshTarget(USERS.citizen, 8);
    const invitation = createInvitation(getDb(), staff, target.id, null, new Date(TEST_NOW));
    if (!invitation.ok) throw new Error('no invitation');
    const fresh = await answer(() => writeLoader(args(`/x?code=${invitation.code}`, { params: { slug: target.slug }, ip: '192.0.2.70' })));
    expect(fresh.data.codeError).toBeNull();
    run(`UPDATE review_invitations SET used_at = ${unixSeconds(TEST_NOW)} WHERE code_hash = ?`, hashInvitationCode(invitation.code));
    const used = await answer(() => writeLoader(args(`/x?code=${invitation.code}`, { params: { slug: target.slug }, ip: '192.0.2.70' })));
    expect(used.data.codeError).toBe('reviews.error.code.used');
    const both = await answer(() =>
      writeAction(
        args('/x', { params: { slug: target.slug }, form: validReview({ code: invitation.code, body: 'kort' }), ip: '192.0.2.70' }),
      ),
    );
    expect(both.status).toBe(400);
    expect(both.data.error).toMatchObject({ body: ['reviews.error.bodyTooShort'], code: ['reviews.error.code.used'] });
    // An old letter is not a guess: it does not count towards the limit on wrong codes.
    expect(
      one<{ n: number }>(`SELECT count(*) AS n FROM audit_log WHERE action = 'invitation_check' AND ip = ?`, `hmac:${hashIp('192.0.2.70')}`)
        .n,
    ).toBe(0);
  });

  it('stops guessing codes after 20 wrong tries per IP per day', async () => {
    const target = freshTarget(USERS.citizen, 6);
    const ip = '192.0.2.99';
    for (let i = 0; i < 20; i++) {
      const r = await answer(() =>
        writeAction(args('/x', { params: { slug: target.slug }, form: validReview({ code: `ABCD${'EFGH'.slice(0, 4)}` }), ip })),
      );
      expect(r.data.error.code).toEqual(['reviews.error.code.unknown']);
    }
    const blocked = await answer(() =>
      writeAction(args('/x', { params: { slug: target.slug }, form: validReview({ code: 'ABCDEFGH' }), ip })),
    );
    expect(blocked.status).toBe(429);
    expect(blocked.data.error.code).toEqual(['reviews.error.codeTooManyAttempts']);
  });

  it('marks a signed-in citizen’s review verified when a valid code is given', () => {
    const userId = newCitizen('metcode@example.nl');
    const target = freshTarget(userId);
    const invitation = createInvitation(getDb(), staff, target.id, null, new Date(TEST_NOW));
    if (!invitation.ok) throw new Error('no invitation');
    const values = reviewFormSchema(new Date(TEST_NOW)).parse({
      ...validReview({ code: invitation.code }),
      overall: 8,
      treatment: 8,
      expertise: 8,
      appointments: 8,
      reachability: 8,
      say: 8,
      result: 8,
      consent: true,
    });
    const outcome = submitReview(getDb(), {
      organizationId: target.id,
      user: { id: userId, email: 'metcode@example.nl' },
      values,
      ipHash: null,
      now: new Date(TEST_NOW),
    });
    expect(outcome).toMatchObject({ ok: true, verified: true });
  });
});

describe('the author edits or withdraws', () => {
  it('sends an edited published review back to moderation: off the page and out of the averages until approved', async () => {
    const userId = newCitizen('aanpasser@example.nl');
    const cookie = cookieFor(userId);
    const org = createOrganization('aanpassen');
    const reviewId = insertReview({ organizationId: org.id, overall: 2, userId });
    const before = getReviewStatistics(getDb(), org.id, new Date(TEST_NOW));
    expect(before.summary).toMatchObject({ count: 1, average: 2 });
    const page = await answer(() => editLoader(args(`/ervaringen/${reviewId}/bewerken`, { params: { id: String(reviewId) }, cookie })));
    expect(page.data.defaults).toMatchObject({ overall: 2, recommend: 'yes' });
    const result = await answer(() =>
      editAction(
        args('/x', {
          params: { id: String(reviewId) },
          cookie,
          form: validReview({ overall: '7', body: 'Na een gesprek is het veel beter gegaan. Ik pas mijn ervaring daarom graag aan.' }),
        }),
      ),
    );
    expect(result.status).toBe(302);
    expect(result.location).toBe('/mijn-ervaringen?melding=aangepast');
    expect(one('SELECT status, overall, body FROM reviews WHERE id = ?', reviewId)).toMatchObject({ status: 'pending', overall: 7 });
    expect(getReviewStatistics(getDb(), org.id, new Date(TEST_NOW)).summary).toMatchObject({ count: 0, average: null });
    expect(
      one<{ n: number }>(
        `SELECT count(*) AS n FROM audit_log WHERE entity_type = 'review' AND entity_id = ? AND action = 'update'`,
        String(reviewId),
      ).n,
    ).toBe(1);
  });

  it('does not let anyone else edit or withdraw it (404)', async () => {
    const org = createOrganization('vreemd');
    const reviewId = insertReview({ organizationId: org.id, overall: 5, userId: USERS.citizen });
    const stranger = cookieFor(newCitizen('vreemde@example.nl'));
    expect((await answer(() => editLoader(args('/x', { params: { id: String(reviewId) }, cookie: stranger })))).status).toBe(404);
    expect(
      (await answer(() => editAction(args('/x', { params: { id: String(reviewId) }, cookie: stranger, form: validReview() })))).status,
    ).toBe(404);
    expect((await answer(() => withdrawAction(args('/x', { params: { id: String(reviewId) }, cookie: stranger, form: {} })))).status).toBe(
      404,
    );
    expect(one('SELECT status FROM reviews WHERE id = ?', reviewId)).toMatchObject({ status: 'published' });
  });

  it('withdrawal erases the text and takes the review off the page and out of the averages at once', async () => {
    const userId = newCitizen('wissen@example.nl');
    const cookie = cookieFor(userId);
    const org = createOrganization('wissen');
    insertReview({ organizationId: org.id, overall: 8 });
    const reviewId = insertReview({
      organizationId: org.id,
      overall: 2,
      userId,
      body: 'Mijn persoonlijke verhaal over mijn gezondheid en mijn situatie thuis, dat ik wil laten wissen.',
    });
    run(`INSERT INTO review_replies (review_id, body) VALUES (?, 'Dank voor uw ervaring, wij nemen contact op.')`, reviewId);
    run(`INSERT INTO review_reports (review_id, reason) VALUES (?, '[other] test')`, reviewId);
    expect(getReviewStatistics(getDb(), org.id, new Date(TEST_NOW)).summary).toMatchObject({ count: 2, average: 5 });

    const result = await answer(() => withdrawAction(args('/x', { params: { id: String(reviewId) }, cookie, form: {} })));
    expect(result.location).toBe('/mijn-ervaringen?melding=ingetrokken');
    const row = one<{ status: string; body: string; author_name: string }>(
      'SELECT status, body, author_name FROM reviews WHERE id = ?',
      reviewId,
    );
    expect(row.status).toBe('withdrawn');
    expect(row.body).not.toContain('gezondheid');
    expect(row.author_name).toBe('');
    expect(sql('SELECT * FROM review_replies WHERE review_id = ?', reviewId)).toEqual([]);
    expect(sql('SELECT * FROM review_reports WHERE review_id = ?', reviewId)).toEqual([]);
    expect(getReviewStatistics(getDb(), org.id, new Date(TEST_NOW)).summary).toMatchObject({ count: 1, average: 8 });
    const list = await answer(() => listLoader(args('/aanbieders/wissen/ervaringen', { params: { slug: 'wissen' } })));
    expect(list.data.reviews.map((r: { id: number }) => r.id)).not.toContain(reviewId);
    // The erased text is in no audit entry either.
    expect(JSON.stringify(sql(`SELECT * FROM audit_log WHERE entity_id = ?`, String(reviewId)))).not.toContain('gezondheid');
    expect(
      one(
        `SELECT action, old_value, new_value FROM audit_log WHERE entity_type = 'review' AND entity_id = ? ORDER BY id DESC`,
        String(reviewId),
      ),
    ).toEqual({
      action: 'withdraw',
      old_value: 'published',
      new_value: 'withdrawn',
    });
    // Withdrawing twice finds nothing.
    expect((await answer(() => withdrawAction(args('/x', { params: { id: String(reviewId) }, cookie, form: {} })))).status).toBe(404);
  });
});
