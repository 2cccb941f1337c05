/**
 * Where the rate-limit counts live (ADR 019). One process: in its memory (express-rate-limit's
 * MemoryStore). Several node:cluster workers behind one port: in the primary, which every worker
 * asks per request (@express-rate-limit/cluster-memory-store, over the cluster's IPC channel), so a
 * visitor's limit is the configured limit whichever worker answers — not that times the workers.
 */
import cluster from 'node:cluster';
import { ClusterMemoryStorePrimary, ClusterMemoryStoreWorker } from '@express-rate-limit/cluster-memory-store';
import type { Store } from 'express-rate-limit';

/** In the primary, before forking: keeps the counts for all workers. */
export function shareRateLimitsAcrossWorkers(): void {
  new ClusterMemoryStorePrimary().init();
}

/** The store of one tier: the primary's counts in a cluster worker, else undefined (this process's memory). */
export function rateLimitStore(tierName: string): Store | undefined {
  return cluster.isWorker ? new ClusterMemoryStoreWorker({ prefix: `tier:${tierName}` }) : undefined;
}

/**
 * Whether a worker has lost its primary (it was killed): the counts are out of reach, and the
 * worker itself drains and exits (scripts/ops/workers.ts `drainWhenPrimaryGone`).
 */
export function primaryGone(): boolean {
  return cluster.isWorker && !process.connected;
}
