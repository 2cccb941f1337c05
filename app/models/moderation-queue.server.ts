/**
 * The moderation queue as a moderator triages it: every waiting review with its signals and
 * reports (app/models/review.server.ts), filtered, counted and ordered by
 * app/domain/moderation-queue.ts.
 */
import type { Db } from '../../db/client';
import { triageQueue, type QueueQuery } from '../domain/moderation-queue';
import { listModerationQueue } from './review-moderation.server';

export function moderationQueueView(db: Db, query: QueueQuery) {
  const all = listModerationQueue(db, { page: 1, perPage: 1_000_000 });
  const view = triageQueue(all.items, query);
  return {
    /** Everything waiting, whatever the filters. */
    queued: all.total,
    /** What the filters leave. */
    total: view.ordered.length,
    page: view.page,
    pages: view.pages,
    items: view.items,
    counts: view.counts,
    orderedIds: view.ordered.map((item) => item.id),
  };
}
