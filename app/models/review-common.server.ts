/**
 * What the review modules share: the outcome type of a refused write (`Failure`, with message
 * keys for the form), the mark columns, the keyed IP hash and the audit actor of a resident.
 * Outcomes are values, not exceptions: `{ ok: false, status, formError | fieldErrors }` carries
 * message keys that the route hands to the form (conform's `submission.reply`).
 */
import { createHmac } from 'node:crypto';
import { and, eq, ne, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { reviews } from '../../db/schema';
import type { ReviewDimension, ReviewStatus } from '../domain/enums';
import { getEnv } from '../env.server';
import type { AuditActor } from './audit.server';

/** What a withdrawn review keeps of its text: nothing (right to erasure). */
export const WITHDRAWN_BODY = '[ingetrokken]';

export const dimensionColumn = {
  treatment: reviews.markTreatment,
  expertise: reviews.markExpertise,
  appointments: reviews.markAppointments,
  reachability: reviews.markReachability,
  say: reviews.markSay,
  result: reviews.markResult,
} as const satisfies Record<ReviewDimension, unknown>;

/** What a reader sees of a review: the author's name, the marks, the recommendation, the text, when and whether verified. */
export const reviewContentColumns = {
  authorName: reviews.authorName,
  overall: reviews.overall,
  ...dimensionColumn,
  wouldRecommend: reviews.wouldRecommend,
  body: reviews.body,
  experienceMonth: reviews.experienceMonth,
  verified: reviews.verified,
} as const;

export type Failure = {
  ok: false;
  status: 400 | 403 | 404 | 409 | 429;
  formError?: string;
  fieldErrors?: Record<string, string[]>;
  /** For "you already wrote one": the review to edit instead. */
  existingReviewId?: number;
};

export const fail = (status: Failure['status'], formError: string, extra: Partial<Failure> = {}): Failure => ({
  ok: false,
  status,
  formError,
  ...extra,
});
export const fieldFail = (status: Failure['status'], field: string, key: string): Failure => ({
  ok: false,
  status,
  fieldErrors: { [field]: [key] },
});

export const seconds = (date: Date) => Math.floor(date.getTime() / 1000);
export const asTx = (tx: unknown) => tx as Db;

/** What a write needs to know of the review it changes. */
export interface ReviewHead {
  id: number;
  organizationId: string;
  status: ReviewStatus;
}

/** The resident's own review that they may still change: theirs and not withdrawn. */
export const ownReview = (userId: number): SQL => and(eq(reviews.userId, userId), ne(reviews.status, 'withdrawn'))!;

/**
 * The head of every write to one review: in one transaction, find review `reviewId` within
 * `scope` and hand it to `write`; when there is none, `missing` answers (inside the same
 * transaction, so it may audit a refusal).
 */
export function inReviewTransaction<R>(db: Db, reviewId: number, scope: SQL, missing: (t: Db) => Failure, write: (t: Db, review: ReviewHead) => R): R | Failure {
  return db.transaction((tx) => {
    const t = asTx(tx);
    const review = t
      .select({ id: reviews.id, organizationId: reviews.organizationId, status: reviews.status })
      .from(reviews)
      .where(and(eq(reviews.id, reviewId), scope))
      .get();
    return review ? write(t, review) : missing(t);
  });
}

/** A keyed hash of the client's IP address: enough for the daily limit, useless to anyone else. */
export function hashIp(ip: string | null | undefined): string | null {
  if (!ip) return null;
  return createHmac('sha256', getEnv().SESSION_SECRET).update(`review-ip:${ip}`).digest('base64url');
}

/** Who acted, for the audit log. Residents are logged by the keyed hash of their IP, never the address. */
export function residentActor(user: { id: number; email: string } | null, ipHash: string | null, at: Date, label = 'anonymous'): AuditActor {
  return { userId: user?.id ?? null, label: user?.email ?? label, ip: ipHash ? `hmac:${ipHash}` : null, at };
}
