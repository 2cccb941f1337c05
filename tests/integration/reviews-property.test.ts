/**
 * Property tests: arbitrary and hostile input thrown at the review, reply, report and moderation
 * actions. Whatever arrives, the answer is a success (redirect) or a 4xx whose every message is a
 * key of the catalogue (so it is shown in the reader's language) — never an unhandled error (a
 * 500) — and a refused request writes nothing: no partial review, reply, report or decision.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nl } from '../../app/i18n/catalogue';
import { action as writeAction } from '../../app/routes/aanbieders.$slug_.ervaring-schrijven';
import { action as replyAction } from '../../app/routes/ervaringen.$id.reactie';
import { action as reportAction } from '../../app/routes/ervaringen.$id.melden';
import { action as moderationAction } from '../../app/routes/beheer.moderatie';
import { action as editAction } from '../../app/routes/ervaringen.$id.bewerken';
import { answer, args, cookieFor, createOrganization, insertReview, one, run, USERS, validReview } from './reviews-support';

const RUNS = 60;

/** Strings a form may carry: ordinary, huge, any Unicode, control characters, markup, SQL, number-likes. */
const hostileString = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', minLength: 1400, maxLength: 1700 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\r\n\r\n',
    '<script>alert(1)</script>',
    "'; DROP TABLE reviews; --",
    '1e1',
    '-0',
    'NaN',
    'Infinity',
    '7.5',
    ' 7 ',
    '٧',
    '0x0A',
    '9007199254740993',
    '2026-13',
    '1999-01',
    '9999-12',
    'yes',
    'on',
    'approve',
    'reject',
    '__proto__',
    'ABCD-EFGH',
    'x'.repeat(100_000),
  ),
  fc.integer({ min: -5, max: 15 }).map(String),
);

/** A field may be missing, sent once, or sent several times (a repeated field arrives as an array). */
const fieldValue = fc.oneof(
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 4, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.array(hostileString, { minLength: 2, maxLength: 3 }) },
);

/** The form a browser would send for these fields (a repeated field once per value). */
function formOf(fields: Record<string, string | string[] | undefined>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) for (const v of [value].flat()) form.append(key, v);
  return form;
}

/**
 * A valid form with some fields replaced or removed, and sometimes extra, odd fields added. One in
 * five keeps every field valid, so the accepted path is explored too, not only the refusals.
 */
function mutatedForm(base: Record<string, string | string[]>, names: readonly string[]) {
  return fc
    .record({
      changes: fc.oneof(
        { weight: 1, arbitrary: fc.constant({}) },
        { weight: 4, arbitrary: fc.dictionary(fc.constantFrom(...names), fieldValue, { maxKeys: names.length }) },
      ),
      extra: fc.dictionary(
        fc.constantFrom('__proto__', 'constructor', 'overall[0]', 'body.length', 'intent', 'status', 'verified', 'userId'),
        hostileString,
        { maxKeys: 3 },
      ),
    })
    .map(({ changes, extra }) => {
      const form = formOf({ ...base, ...changes });
      for (const [key, value] of Object.entries(extra)) form.append(key, value);
      return form;
    });
}

function expectReadableFailure(status: number, errors: Record<string, string[] | null> | undefined | null) {
  expect([400, 403, 404, 409, 429]).toContain(status);
  const messages = Object.values(errors ?? {}).flatMap((list) => list ?? []);
  expect(messages.length, `a ${status} without a message`).toBeGreaterThan(0);
  for (const message of messages) expect(Object.keys(nl), `"${message}" is not a message key`).toContain(message);
}

/**
 * Both outcomes must occur, or the property proved nothing about one of them. Each property also
 * runs two fixed examples first — the untouched valid form and an empty one — so this holds for
 * every seed, not only for most (a random run without a single success failed CI once).
 */
function outcomes() {
  const seen = new Set<number>();
  return {
    add: (status: number) => seen.add(status),
    expectBoth: () => {
      expect(seen.has(302), `no successful request among ${[...seen].join(', ')}`).toBe(true);
      expect(
        [...seen].some((s) => s >= 400 && s < 500),
        'no refused request',
      ).toBe(true);
    },
  };
}

const counts = () =>
  one<{ reviews: number; replies: number; reports: number; used: number; findings: number; decided: string }>(
    `SELECT (SELECT count(*) FROM reviews) AS reviews, (SELECT count(*) FROM review_replies) AS replies,
            (SELECT count(*) FROM review_reports) AS reports, (SELECT count(*) FROM review_invitations WHERE used_at IS NOT NULL) AS used,
            (SELECT count(*) FROM staff_findings) AS findings,
            (SELECT group_concat(id || status || coalesce(moderation_reason, ''), ',') FROM reviews WHERE status IN ('pending', 'rejected')) AS decided`,
  );

const reviewFields = [
  'overall',
  'treatment',
  'expertise',
  'appointments',
  'reachability',
  'say',
  'result',
  'recommend',
  'body',
  'experienceMonth',
  'serviceId',
  'authorName',
  'consent',
  'code',
  'website',
] as const;

describe('writing a review with arbitrary input', () => {
  it('answers a redirect or a 4xx with readable messages, and never stores a partial review', async () => {
    const org = createOrganization('eigenschap');
    let userNumber = 0;
    const seen = outcomes();
    await fc.assert(
      fc.asyncProperty(mutatedForm(validReview(), reviewFields), fc.boolean(), async (form, signedIn) => {
        userNumber += 1;
        const cookie = signedIn
          ? cookieFor(
              Number(
                run(`INSERT INTO users (email, name, role) VALUES (?, 'P', 'citizen')`, `prop${userNumber}@example.nl`).lastInsertRowid,
              ),
            )
          : undefined;
        const before = counts();
        const result = await answer(() =>
          writeAction(args('/x', { params: { slug: 'eigenschap' }, cookie, form, ip: `100.64.${userNumber % 250}.${userNumber % 200}` })),
        );
        seen.add(result.status);
        const after = counts();
        if (result.status === 302) {
          expect(after.reviews).toBe(before.reviews + 1);
          const row = one<Record<string, unknown>>('SELECT * FROM reviews ORDER BY id DESC LIMIT 1');
          expect(row.status).toBe('pending');
          expect(row.organization_id).toBe(org.id);
          expect(String(row.body).length).toBeGreaterThanOrEqual(50);
          expect(String(row.body).length).toBeLessThanOrEqual(1500);
          for (const column of [
            'overall',
            'mark_treatment',
            'mark_expertise',
            'mark_appointments',
            'mark_reachability',
            'mark_say',
            'mark_result',
          ]) {
            expect(Number.isInteger(row[column]) && (row[column] as number) >= 1 && (row[column] as number) <= 10, column).toBe(true);
          }
        } else {
          expectReadableFailure(result.status, result.data?.error);
          expect(after).toEqual(before);
        }
      }),
      { numRuns: RUNS, examples: [[formOf(validReview()), true], [formOf({}), false]] },
    );
    seen.expectBoth();
  });

  it('edits of one’s own review behave the same', async () => {
    const org = createOrganization('eigenschap-bewerken');
    const cookie = cookieFor(USERS.citizen);
    const reviewId = insertReview({ organizationId: org.id, overall: 6, userId: USERS.citizen });
    const seen = outcomes();
    await fc.assert(
      fc.asyncProperty(mutatedForm(validReview(), reviewFields), async (form) => {
        const before = one<Record<string, unknown>>('SELECT * FROM reviews WHERE id = ?', reviewId);
        const result = await answer(() => editAction(args('/x', { params: { id: String(reviewId) }, cookie, form })));
        seen.add(result.status);
        const after = one<Record<string, unknown>>('SELECT * FROM reviews WHERE id = ?', reviewId);
        if (result.status === 302) {
          expect(after.status).toBe('pending');
          expect(String(after.body).length).toBeLessThanOrEqual(1500);
        } else {
          expectReadableFailure(result.status, result.data?.error);
          expect(after).toEqual(before);
        }
      }),
      { numRuns: RUNS, examples: [[formOf(validReview())], [formOf({})]] },
    );
    seen.expectBoth();
  });
});

describe('replies, reports and moderation with arbitrary input', () => {
  it('a provider reply is published, edited or refused with a message, never half', async () => {
    const org = one<{ id: string }>('SELECT organization_id AS id FROM users WHERE id = ?', USERS.provider);
    const reviewId = insertReview({ organizationId: org.id, overall: 5 });
    const cookie = cookieFor(USERS.provider);
    const replyForm = { body: 'Dank voor uw ervaring, wij bellen u.' };
    const seen = outcomes();
    await fc.assert(
      fc.asyncProperty(mutatedForm(replyForm, ['body']), async (form) => {
        const before = one<Record<string, unknown> | undefined>('SELECT * FROM review_replies WHERE review_id = ?', reviewId);
        const result = await answer(() => replyAction(args('/x', { params: { id: String(reviewId) }, cookie, form })));
        seen.add(result.status);
        const after = one<Record<string, unknown> | undefined>('SELECT * FROM review_replies WHERE review_id = ?', reviewId);
        if (result.status === 302) {
          const length = String(after?.body).length;
          expect(length >= 10 && length <= 1500).toBe(true);
        } else {
          expectReadableFailure(result.status, result.data?.error);
          expect(after).toEqual(before);
        }
        expect(one<{ n: number }>('SELECT count(*) AS n FROM review_replies WHERE review_id = ?', reviewId).n).toBeLessThanOrEqual(1);
      }),
      { numRuns: RUNS, examples: [[formOf(replyForm)], [formOf({})]] },
    );
    seen.expectBoth();
  });

  it('a report is stored whole or refused with a message', async () => {
    const org = createOrganization('eigenschap-melden');
    const reviewId = insertReview({ organizationId: org.id, overall: 3 });
    const reportForm = { category: 'offensive', explanation: 'Er staan scheldwoorden in.', website: '' };
    let n = 0;
    const seen = outcomes();
    await fc.assert(
      fc.asyncProperty(
        mutatedForm(reportForm, [
          'category',
          'explanation',
          'website',
        ]),
        async (form) => {
          n += 1;
          const before = counts();
          const result = await answer(() =>
            reportAction(args('/x', { params: { id: String(reviewId) }, form, ip: `100.65.${n % 250}.1` })),
          );
          seen.add(result.status);
          const after = counts();
          if (result.status === 302) {
            expect(after.reports).toBe(before.reports + 1);
            const reason = one<{ reason: string }>('SELECT reason FROM review_reports ORDER BY id DESC LIMIT 1').reason;
            expect(reason).toMatch(/^\[(personal_data|offensive|not_own_experience|advertising|false|other)\] /);
          } else {
            expectReadableFailure(result.status, result.data?.error);
            expect(after).toEqual(before);
          }
        },
      ),
      { numRuns: RUNS, examples: [[formOf(reportForm)], [formOf({})]] },
    );
    seen.expectBoth();
  });

  it('a moderation decision is taken whole or refused with a message', async () => {
    const org = createOrganization('eigenschap-moderatie');
    const pending = Array.from({ length: 8 }, () => insertReview({ organizationId: org.id, overall: 5, status: 'pending' }));
    const cookie = cookieFor(USERS.admin);
    const reviewIdValue = fc.oneof(fc.constantFrom(...pending.map(String)), hostileString);
    const decisionForm = { intent: 'reject', reviewId: String(pending[0]), rule: 'personal_data', reason: 'Er staat een telefoonnummer in.' };
    const seen = outcomes();
    await fc.assert(
      fc.asyncProperty(
        mutatedForm(decisionForm, [
          'intent',
          'reviewId',
          'rule',
          'reason',
        ]),
        reviewIdValue,
        async (form, id) => {
          if (!form.getAll('reviewId').length) form.set('reviewId', id);
          const before = counts();
          const auditBefore = one<{ n: number }>('SELECT count(*) AS n FROM audit_log').n;
          const result = await answer(() => moderationAction(args('/x', { cookie, form })));
          seen.add(result.status);
          const after = counts();
          if (result.status === 302) {
            expect(result.location).toMatch(/^\/beheer\/moderatie\?(?:pagina=\d+&)?besluit=(goedgekeurd|afgewezen)&ervaring=\d+/);
            expect(one<{ n: number }>('SELECT count(*) AS n FROM audit_log').n).toBeGreaterThan(auditBefore);
          } else {
            expectReadableFailure(result.status, result.data?.result?.error);
            expect(after).toEqual(before);
            // A decision someone else already took is refused, and the refusal is logged (as refused).
            const refused = result.status === 409 ? 1 : 0;
            expect(one<{ n: number }>('SELECT count(*) AS n FROM audit_log').n).toBe(auditBefore + refused);
            if (refused) expect(one<{ result: string }>('SELECT result FROM audit_log ORDER BY id DESC LIMIT 1').result).toBe('failure');
          }
          // A rejection always carries its statement of reasons.
          expect(
            one<{ n: number }>(
              `SELECT count(*) AS n FROM reviews WHERE organization_id = ? AND status = 'rejected' AND moderation_reason IS NULL`,
              org.id,
            ).n,
          ).toBe(0);
        },
      ),
      { numRuns: RUNS, examples: [[formOf(decisionForm), String(pending[0])], [formOf({}), 'x']] },
    );
    seen.expectBoth();
  });
});
