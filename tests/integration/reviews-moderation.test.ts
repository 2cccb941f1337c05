/**
 * Moderation, reports, provider replies, invitation codes made by staff and staff findings,
 * against a real seeded database; every decision is checked in the audit log.
 */
import { describe, expect, it } from 'vitest';
import { action as moderationAction, loader as moderationLoader } from '../../app/routes/beheer.moderatie';
import { action as reportAction, loader as reportLoader } from '../../app/routes/ervaringen.$id.melden';
import { action as replyAction, loader as replyLoader } from '../../app/routes/ervaringen.$id.reactie';
import { action as invitationAction, loader as invitationLoader } from '../../app/routes/beheer.uitnodigingen';
import { action as findingAction, loader as findingLoader } from '../../app/routes/aanbieders.$slug_.bevinding';
import { loader as listLoader } from '../../app/routes/aanbieders.$slug_.ervaringen';
import { loader as mineLoader } from '../../app/routes/mijn-ervaringen';
import { getDb } from '../../app/db.server';
import { hashInvitationCode } from '../../app/models/invitation.server';
import { decideModeration, listModerationQueue } from '../../app/models/review-moderation.server';
import { getReviewStatistics } from '../../app/models/review-read.server';
import { withdrawOwnReview } from '../../app/models/review-write.server';
import { getSearchIndex } from '../../app/search/index.server';
import { normalizeInvitationCode, REPORTS_PER_DAY } from '../../app/domain/reviews';
import { riskOf, type TriageItem } from '../../app/domain/moderation-queue';
import { answer, args, cookieFor, createOrganization, DAY, insertReview, nowSeconds, one, run, sql, USERS } from './reviews-support';
import { TEST_NOW } from '../support/paths';

const admin = () => cookieFor(USERS.admin);
const lastAudit = (entityType: string, entityId: number | string) =>
  sql<{ action: string; field: string | null; old_value: string | null; new_value: string | null; user_id: number | null }>(
    `SELECT action, field, old_value, new_value, user_id FROM audit_log WHERE entity_type = ? AND entity_id = ? ORDER BY id`,
    entityType,
    String(entityId),
  );

describe('the moderation queue', () => {
  it('is for administrators only', async () => {
    expect((await answer(() => moderationLoader(args('/beheer/moderatie', { cookie: cookieFor(USERS.staff) })))).status).toBe(403);
    expect((await answer(() => moderationLoader(args('/beheer/moderatie', { cookie: cookieFor(USERS.citizen) })))).status).toBe(403);
    const anonymous = await answer(() => moderationLoader(args('/beheer/moderatie')));
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toMatch(/^\/inloggen\?terug=/);
    const post = await answer(() =>
      moderationAction(args('/beheer/moderatie', { cookie: cookieFor(USERS.staff), form: { intent: 'approve', reviewId: '1' } })),
    );
    expect(post.status).toBe(403);
  });

  it('lists pending and reported reviews, oldest first, with automatic flags', async () => {
    const org = createOrganization('wachtrij');
    const old = insertReview({
      organizationId: org.id,
      overall: 3,
      status: 'pending',
      createdAt: nowSeconds() - 400 * DAY,
      body: 'Bel mevrouw Jansen op 06-12345678 of mail jansen@zorg.nl, mijn BSN is 111222333. WAT EEN KUTZOOI IS DIT ZEG.',
    });
    const reported = insertReview({ organizationId: org.id, overall: 9, status: 'published', createdAt: nowSeconds() - 500 * DAY });
    run(
      `INSERT INTO review_reports (review_id, reason, created_at) VALUES (?, '[offensive] Dit is beledigend.', ?)`,
      reported,
      nowSeconds() - 300 * DAY,
    );
    const { data } = await answer(() => moderationLoader(args('/beheer/moderatie', { cookie: admin() })));
    const seeded = one<{ n: number }>(
      `SELECT count(*) AS n FROM reviews r WHERE r.status = 'pending' OR (r.status = 'published' AND EXISTS (SELECT 1 FROM review_reports p WHERE p.review_id = r.id AND p.resolved_at IS NULL))`,
    ).n;
    expect(data.total).toBe(seeded);
    // Ordered by when each entered the queue: the pending review 400 days ago, the report 300 days ago.
    const ids = data.items.map((i: { id: number }) => i.id);
    expect(ids.slice(0, 2)).toEqual([old, reported]);
    const queuedAt = data.items.map((i: { queuedAt: string }) => i.queuedAt);
    expect([...queuedAt].sort()).toEqual(queuedAt);
    const first = data.items[0];
    expect(first.flags.map((f: { kind: string }) => f.kind)).toEqual(
      expect.arrayContaining(['staffName', 'phone', 'email', 'bsn', 'swearing', 'capitals']),
    );
    expect(data.items[1].reports).toEqual([{ reason: { rule: 'offensive', text: 'Dit is beledigend.' }, createdAt: expect.any(String) }]);
    // Nothing that identifies an author leaves the server.
    expect(JSON.stringify(data)).not.toMatch(/userId|submittedIpHash|user_id/);
  });

  it('flags a near-duplicate of another review of the same provider', () => {
    const org = createOrganization('dubbel');
    const body = 'De thuiszorg kwam steeds te laat en belde nooit af. Ik heb drie keer gebeld en niemand nam op.';
    const original = insertReview({ organizationId: org.id, overall: 3, body });
    const copy = insertReview({ organizationId: org.id, overall: 3, status: 'pending', body: `${body} Echt jammer.` });
    const item = listModerationQueue(getDb(), { page: 1, perPage: 500 }).items.find((i) => i.id === copy);
    expect(item?.flags).toContainEqual(expect.objectContaining({ kind: 'nearDuplicate', otherReviewId: original }));
  });
});

describe('triage of the queue', () => {
  it('filters by signal, provider, verified and reported with counts, sorts by risk, and marks the flagged text', async () => {
    const org = createOrganization('triage');
    const phone = insertReview({ organizationId: org.id, overall: 3, status: 'pending', body: 'Bel mij gerust op 06-12345678 als u vragen heeft over de zorg die ik kreeg.' });
    const calm = insertReview({ organizationId: org.id, overall: 8, status: 'pending', body: 'Vriendelijke mensen en goede afspraken, ik ben tevreden over de begeleiding.' });
    const all = (await answer(() => moderationLoader(args('/beheer/moderatie?sortering=risico', { cookie: admin() })))).data;
    // Risk first: signals (and reports) before quiet items, the highest risk on top.
    const risks = all.items.map((i: TriageItem) => riskOf(i));
    expect(risks).toEqual([...risks].sort((a, b) => b - a));
    expect(risks[0]).toBeGreaterThan(0);
    expect(all.counts.signaal.phone).toBeGreaterThan(0);
    expect(all.queued).toBe(all.total);

    const mine = (await answer(() => moderationLoader(args(`/beheer/moderatie?aanbieder=${org.id}`, { cookie: admin() })))).data;
    expect(mine.items.map((i: { id: number }) => i.id).sort()).toEqual([phone, calm].sort());
    expect(mine.items[0].id).toBe(phone);
    expect(mine.counts.signaal.phone).toBe(1);
    expect(mine.counts.signaal.geen).toBe(1);
    expect(mine.total).toBe(2);
    expect(mine.queued).toBe(all.queued);

    const phones = (await answer(() => moderationLoader(args(`/beheer/moderatie?aanbieder=${org.id}&signaal=phone`, { cookie: admin() })))).data;
    expect(phones.items.map((i: { id: number }) => i.id)).toEqual([phone]);
    // The provider's count follows the other filters.
    expect(phones.counts.aanbieder.find((p: { id: string }) => p.id === org.id).count).toBe(1);
    const unverified = (await answer(() => moderationLoader(args(`/beheer/moderatie?aanbieder=${org.id}&geverifieerd=ja`, { cookie: admin() })))).data;
    expect(unverified.total).toBe(0);
    const reported = (await answer(() => moderationLoader(args('/beheer/moderatie?gemeld=ja', { cookie: admin() })))).data;
    expect(reported.items.every((i: { reports: unknown[] }) => i.reports.length > 0)).toBe(true);
    const oldest = (await answer(() => moderationLoader(args('/beheer/moderatie?sortering=oudste', { cookie: admin() })))).data;
    const times = oldest.items.map((i: { queuedAt: string }) => i.queuedAt);
    expect(times).toEqual([...times].sort());
  });

  it('after a decision goes to the next item of the same view, keeping filters and sort', async () => {
    const org = createOrganization('volgende');
    const ids = [0, 1, 2].map((i) => insertReview({ organizationId: org.id, overall: 6, status: 'pending', body: `Ervaring nummer ${i} over deze aanbieder, met genoeg woorden voor de regels.`, createdAt: nowSeconds() - (10 - i) * DAY }));
    const weergave = `aanbieder=${org.id}&sortering=oudste`;
    const result = await answer(() =>
      moderationAction(args('/beheer/moderatie', { cookie: admin(), form: { intent: 'approve', reviewId: String(ids[0]), weergave } })),
    );
    expect(result.status).toBe(302);
    expect(result.location).toBe(`/beheer/moderatie?${weergave}&besluit=goedgekeurd&ervaring=${ids[0]}&volgende=${ids[1]}#ervaring-${ids[1]}`);
    const next = (await answer(() => moderationLoader(args(result.location!.split('#')[0]!, { cookie: admin() })))).data;
    expect(next.next).toBe(ids[1]);
    expect(next.items.map((i: { id: number }) => i.id)).toEqual([ids[1], ids[2]]);
  });
});

describe('moderation decisions', () => {
  it('approve: the review is published, counts in the averages, and the decision is audited', async () => {
    const org = createOrganization('goedkeuren');
    insertReview({ organizationId: org.id, overall: 8 });
    const pending = insertReview({ organizationId: org.id, overall: 4, status: 'pending' });
    expect(getReviewStatistics(getDb(), org.id, new Date(TEST_NOW)).summary).toMatchObject({ count: 1, average: 8 });
    const result = await answer(() =>
      moderationAction(
        args('/beheer/moderatie', { cookie: admin(), form: { intent: 'approve', reviewId: String(pending) }, ip: '10.0.0.5' }),
      ),
    );
    expect(result.status).toBe(302);
    expect(result.location).toMatch(new RegExp(`^/beheer/moderatie\\?(?:pagina=\\d+&)?besluit=goedgekeurd&ervaring=${pending}&volgende=(\\d+)#ervaring-\\1$`));
    expect(one('SELECT status, moderated_by_user_id, moderation_reason FROM reviews WHERE id = ?', pending)).toEqual({
      status: 'published',
      moderated_by_user_id: USERS.admin,
      moderation_reason: null,
    });
    expect(getReviewStatistics(getDb(), org.id, new Date(TEST_NOW)).summary).toMatchObject({ count: 2, average: 6 });
    expect(lastAudit('review', pending)).toEqual([
      { action: 'moderate', field: 'status', old_value: 'pending', new_value: 'published', user_id: USERS.admin },
    ]);
    const list = await answer(() => listLoader(args('/aanbieders/goedkeuren/ervaringen', { params: { slug: 'goedkeuren' } })));
    expect(list.data.reviews[0].id).toBe(pending);
  });

  it('reject: needs a rule and a reason at the fields; the author then reads the statement of reasons', async () => {
    const org = createOrganization('afwijzen');
    const pending = insertReview({ organizationId: org.id, overall: 4, status: 'pending', userId: USERS.citizen });
    const missing = await answer(() =>
      moderationAction(
        args('/beheer/moderatie', { cookie: admin(), form: { intent: 'reject', reviewId: String(pending), reason: 'kort' } }),
      ),
    );
    expect(missing.status).toBe(400);
    expect(missing.data).toMatchObject({
      reviewId: pending,
      result: { error: { rule: ['reviews.error.ruleRequired'], reason: ['reviews.error.reasonTooShort'] } },
    });
    expect(one('SELECT status FROM reviews WHERE id = ?', pending)).toEqual({ status: 'pending' });

    const reason = 'U noemt de naam van een medewerker. Haal die naam weg, dan plaatsen we uw ervaring graag.';
    const result = await answer(() =>
      moderationAction(
        args('/beheer/moderatie', {
          cookie: admin(),
          form: { intent: 'reject', reviewId: String(pending), rule: 'personal_data', reason },
        }),
      ),
    );
    expect(result.location).toMatch(new RegExp(`^/beheer/moderatie\\?(?:pagina=\\d+&)?besluit=afgewezen&ervaring=${pending}&volgende=\\d+#ervaring-\\d+$`));
    expect(one('SELECT status FROM reviews WHERE id = ?', pending)).toEqual({ status: 'rejected' });
    expect(lastAudit('review', pending).map((a) => [a.field, a.new_value])).toEqual([
      ['status', 'rejected'],
      ['moderation_reason', `[personal_data] ${reason}`],
    ]);
    const mine = await answer(() => mineLoader(args('/mijn-ervaringen', { cookie: cookieFor(USERS.citizen) })));
    const rejected = mine.data.reviews.find((r: { id: number }) => r.id === pending);
    expect(rejected).toMatchObject({ status: 'rejected', moderationReason: { rule: 'personal_data', text: reason } });
    expect(rejected.moderatedAt).not.toBeNull();
  });

  it('refuses a second decision on the same review (409) and an unknown review (404)', async () => {
    const org = createOrganization('tweemaal');
    const pending = insertReview({ organizationId: org.id, overall: 6, status: 'pending' });
    expect(
      (await answer(() => moderationAction(args('/x', { cookie: admin(), form: { intent: 'approve', reviewId: String(pending) } }))))
        .status,
    ).toBe(302);
    const again = await answer(() =>
      moderationAction(
        args('/x', {
          cookie: admin(),
          form: { intent: 'reject', reviewId: String(pending), rule: 'other', reason: 'Toch maar niet plaatsen.' },
        }),
      ),
    );
    expect(again.status).toBe(409);
    expect(again.data.result.error['']).toEqual(['reviews.error.alreadyDecided']);
    expect(one('SELECT status FROM reviews WHERE id = ?', pending)).toEqual({ status: 'published' });
    // The refused decision is in the log as refused, next to the approval that won.
    expect(sql('SELECT field, old_value, new_value, result FROM audit_log WHERE entity_type = ? AND entity_id = ? AND action = ? ORDER BY id', 'review', String(pending), 'moderate')).toEqual([
      { field: 'status', old_value: 'pending', new_value: 'published', result: 'success' },
      { field: 'status', old_value: null, new_value: 'rejected', result: 'failure' },
    ]);
    const logged = one<{ n: number }>('SELECT count(*) AS n FROM audit_log');
    expect(
      (await answer(() => moderationAction(args('/x', { cookie: admin(), form: { intent: 'approve', reviewId: '999999999' } })))).status,
    ).toBe(404);
    expect(one('SELECT count(*) AS n FROM audit_log')).toEqual(logged);
  });
});

describe('the search numbers', () => {
  it('follow approval and withdrawal at once (the mark on cards, the mark facet and the rating sort)', () => {
    const index = getSearchIndex(TEST_NOW);
    const org = one<{ id: string }>(
      `SELECT DISTINCT s.organization_id AS id FROM services s JOIN organizations o ON o.id = s.organization_id
        WHERE o.status = 'active' AND s.status = 'active' ORDER BY s.organization_id LIMIT 1 OFFSET 3`,
    );
    expect(index.marks.has(org.id)).toBe(true);
    const before = index.marks.get(org.id)!.count;
    const reviewId = insertReview({ organizationId: org.id, overall: 10, status: 'pending', userId: USERS.citizen });
    const moderator = { id: USERS.admin, email: 'beheerder@example.nl' };
    expect(decideModeration(getDb(), moderator, reviewId, { intent: 'approve' }, null, new Date(TEST_NOW))).toMatchObject({ ok: true });
    expect(getSearchIndex(TEST_NOW).marks.get(org.id)!.count).toBe(before + 1);
    expect(getSearchIndex(TEST_NOW).marks.get(org.id)).toEqual(getReviewStatistics(getDb(), org.id, new Date(TEST_NOW)).summary);
    expect(withdrawOwnReview(getDb(), { id: USERS.citizen, email: 'inwoner@example.nl' }, reviewId, null, new Date(TEST_NOW))).toMatchObject({
      ok: true,
    });
    expect(getSearchIndex(TEST_NOW).marks.get(org.id)!.count).toBe(before);
  });
});

describe('reporting a published review', () => {
  it('anyone may report; the review stays visible and returns to the queue until a moderator keeps it', async () => {
    const org = createOrganization('melden');
    const reviewId = insertReview({ organizationId: org.id, overall: 2 });
    const page = await answer(() => reportLoader(args(`/ervaringen/${reviewId}/melden`, { params: { id: String(reviewId) } })));
    expect(page.data.review).toMatchObject({ id: reviewId, organizationSlug: 'melden' });
    expect(JSON.stringify(page.data)).not.toContain('organizationId');

    const result = await answer(() =>
      reportAction(
        args('/x', {
          params: { id: String(reviewId) },
          form: { category: 'personal_data', explanation: 'Er staat een volledige naam van een cliënt in.', website: '' },
        }),
      ),
    );
    expect(result.location).toBe('/aanbieders/melden/ervaringen?melding=gemeld');
    expect(sql('SELECT reason, resolved_at FROM review_reports WHERE review_id = ?', reviewId)).toEqual([
      { reason: '[personal_data] Er staat een volledige naam van een cliënt in.', resolved_at: null },
    ]);
    // Still visible and still counted.
    const list = await answer(() => listLoader(args('/x?melding=gemeld', { params: { slug: 'melden' } })));
    expect(list.data.notice).toBe('gemeld');
    expect(list.data.reviews.map((r: { id: number }) => r.id)).toContain(reviewId);
    expect(getReviewStatistics(getDb(), org.id, new Date(TEST_NOW)).summary.count).toBe(1);
    expect(listModerationQueue(getDb(), { page: 1, perPage: 1000 }).items.some((i) => i.id === reviewId)).toBe(true);

    const keep = await answer(() =>
      moderationAction(args('/x', { cookie: admin(), form: { intent: 'approve', reviewId: String(reviewId) } })),
    );
    expect(keep.status).toBe(302);
    expect(one('SELECT status FROM reviews WHERE id = ?', reviewId)).toEqual({ status: 'published' });
    expect(
      one<{ resolved_at: number | null }>('SELECT resolved_at FROM review_reports WHERE review_id = ?', reviewId).resolved_at,
    ).not.toBeNull();
    expect(listModerationQueue(getDb(), { page: 1, perPage: 1000 }).items.some((i) => i.id === reviewId)).toBe(false);
    expect(lastAudit('review', reviewId).map((a) => a.action)).toEqual(['report', 'moderate', 'moderate']);
  });

  it('a reported review that is rejected leaves the page and the averages', async () => {
    const org = createOrganization('melden-weg');
    const reviewId = insertReview({ organizationId: org.id, overall: 1 });
    await answer(() =>
      reportAction(
        args('/x', {
          params: { id: String(reviewId) },
          form: { category: 'offensive', explanation: 'Scheldwoorden over de medewerkers.', website: '' },
        }),
      ),
    );
    await answer(() =>
      moderationAction(
        args('/x', {
          cookie: admin(),
          form: { intent: 'reject', reviewId: String(reviewId), rule: 'respect', reason: 'Deze ervaring bevat scheldwoorden.' },
        }),
      ),
    );
    expect(one('SELECT status FROM reviews WHERE id = ?', reviewId)).toEqual({ status: 'rejected' });
    expect(getReviewStatistics(getDb(), org.id, new Date(TEST_NOW)).summary.count).toBe(0);
  });

  it('refuses a report without a reason, on a pending review, from a bot, or past the daily limit', async () => {
    const org = createOrganization('melden-fout');
    const published = insertReview({ organizationId: org.id, overall: 7 });
    const pending = insertReview({ organizationId: org.id, overall: 7, status: 'pending' });
    const noReason = await answer(() =>
      reportAction(args('/x', { params: { id: String(published) }, form: { category: '', explanation: '', website: '' } })),
    );
    expect(noReason.status).toBe(400);
    expect(noReason.data.error).toEqual({
      category: ['reviews.error.reportCategoryRequired'],
      explanation: ['reviews.error.reasonRequired'],
    });
    expect((await answer(() => reportLoader(args('/x', { params: { id: String(pending) } })))).status).toBe(404);
    const onPending = await answer(() =>
      reportAction(
        args('/x', { params: { id: String(pending) }, form: { category: 'other', explanation: 'Iets klopt hier niet.', website: '' } }),
      ),
    );
    expect(onPending.status).toBe(404);
    const bot = await answer(() =>
      reportAction(
        args('/x', { params: { id: String(published) }, form: { category: 'other', explanation: 'Iets klopt hier niet.', website: 'x' } }),
      ),
    );
    expect(bot.status).toBe(400);
    expect(sql('SELECT * FROM review_reports WHERE review_id IN (?, ?)', published, pending)).toEqual([]);

    const ip = '198.51.100.250';
    for (let i = 0; i < REPORTS_PER_DAY; i++) {
      const r = await answer(() =>
        reportAction(
          args('/x', {
            params: { id: String(published) },
            form: { category: 'other', explanation: `Melding nummer ${i}.`, website: '' },
            ip,
          }),
        ),
      );
      expect(r.status).toBe(302);
    }
    const limited = await answer(() =>
      reportAction(
        args('/x', { params: { id: String(published) }, form: { category: 'other', explanation: 'Nog een melding.', website: '' }, ip }),
      ),
    );
    expect(limited.status).toBe(429);
    expect(limited.data.error['']).toEqual(['reviews.error.limitReports']);
  });
});

describe('provider replies', () => {
  const providerOrg = () =>
    one<{ id: string; slug: string }>(
      'SELECT o.id, o.slug FROM organizations o JOIN users u ON u.organization_id = o.id WHERE u.id = ?',
      USERS.provider,
    );

  it('a provider publishes one reply to a review of its own organisation, edits it, and it shows with its date', async () => {
    const org = providerOrg();
    const reviewId = insertReview({ organizationId: org.id, overall: 5 });
    const cookie = cookieFor(USERS.provider);
    const page = await answer(() => replyLoader(args('/x', { params: { id: String(reviewId) }, cookie })));
    expect(page.data.reply).toBeNull();
    const body = 'Dank voor uw eerlijke ervaring. Wij nemen graag contact met u op om het te bespreken.';
    const created = await answer(() => replyAction(args('/x', { params: { id: String(reviewId) }, cookie, form: { body } })));
    expect(created.location).toBe(`/aanbieders/${org.slug}/ervaringen?melding=gereageerd#ervaring-${reviewId}`);
    const list = await answer(() => listLoader(args('/x', { params: { slug: org.slug }, cookie })));
    const shown = list.data.reviews.find((r: { id: number }) => r.id === reviewId);
    expect(shown).toMatchObject({ replyBody: body, canReply: true });
    expect(shown.replyCreatedAt).toEqual(expect.any(String));

    const edited = 'Dank voor uw ervaring. Inmiddels hebben we met u gesproken en afspraken gemaakt.';
    expect((await answer(() => replyAction(args('/x', { params: { id: String(reviewId) }, cookie, form: { body: edited } })))).status).toBe(
      302,
    );
    expect(sql('SELECT body FROM review_replies WHERE review_id = ?', reviewId)).toEqual([{ body: edited }]);
    expect(lastAudit('review_reply', reviewId).map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('refuses a reply to another organisation’s review (403), a pending review (404), a citizen (403) and a short text (400)', async () => {
    const org = providerOrg();
    const cookie = cookieFor(USERS.provider);
    const foreign = insertReview({ organizationId: createOrganization('ander').id, overall: 4 });
    expect((await answer(() => replyLoader(args('/x', { params: { id: String(foreign) }, cookie })))).status).toBe(403);
    expect(
      (
        await answer(() =>
          replyAction(args('/x', { params: { id: String(foreign) }, cookie, form: { body: 'Wij zijn het hier niet mee eens.' } })),
        )
      ).status,
    ).toBe(403);
    const pending = insertReview({ organizationId: org.id, overall: 4, status: 'pending' });
    expect(
      (
        await answer(() =>
          replyAction(args('/x', { params: { id: String(pending) }, cookie, form: { body: 'Wij zijn het hier niet mee eens.' } })),
        )
      ).status,
    ).toBe(404);
    const own = insertReview({ organizationId: org.id, overall: 4 });
    expect(
      (
        await answer(() =>
          replyAction(
            args('/x', { params: { id: String(own) }, cookie: cookieFor(USERS.citizen), form: { body: 'Ik ben geen aanbieder.' } }),
          ),
        )
      ).status,
    ).toBe(403);
    const short = await answer(() => replyAction(args('/x', { params: { id: String(own) }, cookie, form: { body: 'Oké' } })));
    expect(short.status).toBe(400);
    expect(short.data.error.body).toEqual(['reviews.error.replyTooShort']);
    expect(sql('SELECT * FROM review_replies WHERE review_id IN (?, ?, ?)', foreign, pending, own)).toEqual([]);
  });
});

describe('invitation codes made by staff', () => {
  it('staff find a provider and get a printable single-use code; only its hash is stored', async () => {
    const cookie = cookieFor(USERS.staff);
    const target = one<{ id: string; slug: string; name: string }>(
      `SELECT id, slug, name FROM organizations WHERE status = 'active' ORDER BY name LIMIT 1`,
    );
    const page = await answer(() =>
      invitationLoader(args(`/beheer/uitnodigingen?zoek=${encodeURIComponent(target.name.slice(0, 6))}`, { cookie })),
    );
    expect(page.data.organizations.map((o: { id: string }) => o.id)).toContain(target.id);
    const bySlug = await answer(() => invitationLoader(args(`/beheer/uitnodigingen?aanbieder=${target.slug}`, { cookie })));
    expect(bySlug.data.organizations).toEqual([{ id: target.id, name: target.name, slug: target.slug }]);

    const result = await answer(() => invitationAction(args('/beheer/uitnodigingen', { cookie, form: { organizationId: target.id } })));
    expect(result.status).toBe(200);
    const created = result.data.created;
    expect(created.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(created.path).toBe(`/aanbieders/${target.slug}/ervaring-schrijven?code=${created.code}`);
    const row = one<{ id: number; created_by_user_id: number; organization_id: string }>(
      'SELECT id, created_by_user_id, organization_id FROM review_invitations WHERE code_hash = ?',
      hashInvitationCode(normalizeInvitationCode(created.code)),
    );
    expect(row).toMatchObject({ created_by_user_id: USERS.staff, organization_id: target.id });
    expect(JSON.stringify(sql('SELECT * FROM review_invitations WHERE id = ?', row.id))).not.toContain(created.code.replace('-', ''));
    expect(lastAudit('review_invitation', row.id)).toEqual([
      { action: 'create', field: 'organization_id', old_value: null, new_value: target.id, user_id: USERS.staff },
    ]);
    const after = await answer(() => invitationLoader(args('/beheer/uitnodigingen', { cookie })));
    expect(after.data.recent[0]).toMatchObject({ organizationName: target.name, usedAt: null });
  });

  it('is refused to citizens and providers, and to an unknown organisation', async () => {
    for (const user of [USERS.citizen, USERS.provider]) {
      expect((await answer(() => invitationLoader(args('/x', { cookie: cookieFor(user) })))).status).toBe(403);
      expect((await answer(() => invitationAction(args('/x', { cookie: cookieFor(user), form: { organizationId: 'x' } })))).status).toBe(
        403,
      );
    }
    const before = one<{ n: number }>('SELECT count(*) AS n FROM review_invitations').n;
    const unknown = await answer(() =>
      invitationAction(args('/x', { cookie: cookieFor(USERS.staff), form: { organizationId: 'bestaat-niet' } })),
    );
    expect(unknown.status).toBe(400);
    expect(unknown.data.error).toBe('reviews.error.organizationRequired');
    expect(one<{ n: number }>('SELECT count(*) AS n FROM review_invitations').n).toBe(before);
  });
});

describe('staff findings', () => {
  it('a professional records a finding with four marks; it is audited and reaches professionals only', async () => {
    const org = createOrganization('bevinding');
    const cookie = cookieFor(USERS.staff);
    expect((await answer(() => findingLoader(args('/x', { params: { slug: 'bevinding' }, cookie })))).status).toBe(200);
    const form = {
      cooperation: '8',
      clientResult: '7',
      reporting: '5',
      valueForMoney: '6',
      body: 'Goede samenwerking, maar de rapportages komen vaak te laat binnen.',
    };
    const result = await answer(() => findingAction(args('/x', { params: { slug: 'bevinding' }, cookie, form })));
    expect(result.location).toBe('/aanbieders/bevinding/bevinding?melding=opgeslagen');
    const row = one<Record<string, unknown>>('SELECT * FROM staff_findings WHERE organization_id = ?', org.id);
    expect(row).toMatchObject({
      mark_cooperation: 8,
      mark_client_result: 7,
      mark_reporting: 5,
      mark_value_for_money: 6,
      user_id: USERS.staff,
      author_name: 'Mehmet Medewerker',
    });
    expect(lastAudit('staff_finding', Number(row.id))).toHaveLength(1);

    for (const user of [USERS.citizen, USERS.provider]) {
      expect((await answer(() => findingLoader(args('/x', { params: { slug: 'bevinding' }, cookie: cookieFor(user) })))).status).toBe(403);
      expect((await answer(() => findingAction(args('/x', { params: { slug: 'bevinding' }, cookie: cookieFor(user), form })))).status).toBe(
        403,
      );
    }
    expect((await answer(() => findingLoader(args('/x', { params: { slug: 'bevinding' } })))).status).toBe(302);
  });

  it('puts each error at its field and stores nothing', async () => {
    const org = createOrganization('bevinding-fout');
    const result = await answer(() =>
      findingAction(
        args('/x', {
          params: { slug: 'bevinding-fout' },
          cookie: cookieFor(USERS.staff),
          form: { cooperation: '11', clientResult: '', reporting: '5', valueForMoney: '6', body: 'Kort' },
        }),
      ),
    );
    expect(result.status).toBe(400);
    expect(result.data.error).toEqual({
      cooperation: ['reviews.error.markRange'],
      clientResult: ['reviews.error.markRequired'],
      body: ['reviews.error.findingTooShort'],
    });
    expect(sql('SELECT * FROM staff_findings WHERE organization_id = ?', org.id)).toEqual([]);
  });
});
