/**
 * The first scheduled cleanup on a freshly seeded demo: deleteSpentInvitations removes the
 * spent invitation codes of the seed (about 1,200) in one statement. Each deletion sets
 * reviews.invitation_id to NULL (ON DELETE SET NULL); migration 0006 indexes that column so
 * SQLite finds the referring reviews by index instead of scanning every review per code.
 * What is deleted and what is kept, on the real seeded database; no timing.
 */
import { describe, expect, it } from 'vitest';
import { getDb } from '../../app/db.server';
import { deleteSpentInvitations, INVITATION_GRACE_DAYS } from '../../app/models/retention.server';
import { TEST_NOW } from '../support/paths';

const sqlite = () => getDb().$client;
// Two weeks after the seed's reference date: most seeded codes are spent, codes used in the last
// 30 days are not.
const now = TEST_NOW;
const cutoff = Math.floor(now.getTime() / 1000) - INVITATION_GRACE_DAYS * 86_400;

describe('deleteSpentInvitations on the seeded demo', () => {
  it('removes exactly the codes used or expired before the grace period, keeps the rest, and keeps the reviews that used them', () => {
    const db = sqlite();
    // The seed's codes are all used; an open one must stay too.
    const org = db.prepare('SELECT id FROM organizations LIMIT 1').pluck().get() as string;
    const nowSeconds = Math.floor(now.getTime() / 1000);
    db.prepare('INSERT INTO review_invitations (code_hash, organization_id, created_at, expires_at, used_at) VALUES (?, ?, ?, ?, NULL)').run('retention-open', org, nowSeconds - 86_400, nowSeconds + 60 * 86_400);
    const spentWhere = '(used_at IS NOT NULL AND used_at < @cutoff) OR expires_at < @cutoff';
    const spentIds = db.prepare(`SELECT id FROM review_invitations WHERE ${spentWhere} ORDER BY id`).pluck().all({ cutoff }) as number[];
    const keptIds = db.prepare(`SELECT id FROM review_invitations WHERE NOT (${spentWhere}) ORDER BY id`).pluck().all({ cutoff }) as number[];
    // The seed must give both kinds, and reviews on both, or this test proves nothing.
    expect(spentIds.length).toBeGreaterThan(100);
    expect(keptIds.length).toBeGreaterThan(0);
    const reviewsOn = (ids: number[]) =>
      db
        .prepare(`SELECT id, invitation_id AS invitationId, verified, status FROM reviews WHERE invitation_id IN (SELECT value FROM json_each(?)) ORDER BY id`)
        .all(JSON.stringify(ids)) as { id: number; invitationId: number | null; verified: number; status: string }[];
    const reviewsOnSpent = reviewsOn(spentIds);
    const reviewsOnKept = reviewsOn(keptIds);
    expect(reviewsOnSpent.length).toBeGreaterThan(0);
    expect(reviewsOnKept.length).toBeGreaterThan(0);
    const reviewCount = db.prepare('SELECT count(*) FROM reviews').pluck().get() as number;

    expect(deleteSpentInvitations(getDb(), now)).toBe(spentIds.length);

    expect(db.prepare('SELECT id FROM review_invitations ORDER BY id').pluck().all()).toEqual(keptIds);
    // No review is lost; those on a removed code lose only the link and keep their "verified" mark.
    expect(db.prepare('SELECT count(*) FROM reviews').pluck().get()).toBe(reviewCount);
    const after = db.prepare('SELECT id, invitation_id AS invitationId, verified, status FROM reviews WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id');
    expect(after.all(JSON.stringify(reviewsOnSpent.map((r) => r.id)))).toEqual(reviewsOnSpent.map((r) => ({ ...r, invitationId: null })));
    expect(after.all(JSON.stringify(reviewsOnKept.map((r) => r.id)))).toEqual(reviewsOnKept);
    expect(db.pragma('foreign_key_check')).toEqual([]);

    // A second run finds nothing more to do.
    expect(deleteSpentInvitations(getDb(), now)).toBe(0);
  });

  it('finds the reviews of a deleted code through an index, not by scanning all reviews', () => {
    const plan = sqlite()
      .prepare('EXPLAIN QUERY PLAN DELETE FROM review_invitations WHERE (used_at IS NOT NULL AND used_at < ?) OR expires_at < ?')
      .all(cutoff, cutoff) as { detail: string }[];
    const details = plan.map((row) => row.detail);
    expect(details).toContain('SEARCH reviews USING COVERING INDEX reviews_invitation_idx (invitation_id=?)');
    expect(details.some((detail) => /^SCAN reviews\b/.test(detail))).toBe(false);
  });
});
