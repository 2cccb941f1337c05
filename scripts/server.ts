/**
 * The Express server around the Remix build: compression, static files, one log line per
 * request (scripts/ops/request-log.ts), a 503 page when the database is unavailable
 * (scripts/ops/unavailable.ts), and the security middleware from scripts/security/ (helmet's
 * headers with a CSP nonce, allowed methods, rate limits, body-size limits, origin check on form
 * posts, no-store for signed-in responses, an error page without stack traces).
 */
import { createRequestHandler } from '@remix-run/express';
import type { ServerBuild } from '@remix-run/node';
import express from 'express';
import { resolve } from 'node:path';
import { systemClock, type Clock } from '../app/domain/clock';
import { bodyLimit, cspNonce, defaultTiers, errorPage, methodGuard, originCheck, requestUrlCheck, privateNoStore, rateLimit, securityHeaders, type RateLimitTier } from './security';
import { databaseUnavailablePage } from './ops/unavailable';
import { requestContext } from './ops/request-log';
import { publicFiles, responseCompression } from './ops/responses';
import { hsdsApiAnswers } from './hsds-api';
import { DEFAULT_PAGE_CACHE_MB, pageCache } from './cache/page-cache';
import { getDb } from '../app/db.server';
import { pacedStarts } from './ops/paced-starts';

export interface ServerOptions {
  build: ServerBuild;
  mode: 'development' | 'production' | 'test';
  logRequests: boolean;
  root?: string;
  /** Rate-limit tiers (scripts/security/rate-limit.ts); tests may raise them. */
  rateLimits?: readonly RateLimitTier[];
  /** The one clock (app/domain/clock.ts), read once per request; tests and CLOCK_NOW freeze it. */
  clock?: Clock;
  /** Byte budget of the anonymous page cache (scripts/cache/page-cache.ts); 0 turns it off. */
  pageCacheBytes?: number;
}

export function createApp({ build, mode, logRequests, root = process.cwd(), rateLimits = defaultTiers, clock = systemClock, pageCacheBytes = DEFAULT_PAGE_CACHE_MB * 2 ** 20 }: ServerOptions) {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  // Request id, per-request holder and the request log (scripts/ops/request-log.ts).
  app.use(requestContext({ log: logRequests }));
  app.use(responseCompression());
  app.use(cspNonce());
  app.use(securityHeaders({ production: mode === 'production' }));
  app.use(methodGuard());
  app.use(requestUrlCheck());
  // Fingerprinted assets from the Remix build may be cached for a year.
  app.use('/build', express.static(resolve(root, 'public/build'), { immutable: true, maxAge: '1y' }));
  app.use(publicFiles(resolve(root, 'public'), { maxAge: '1h' }));
  app.use('/api/hsds', hsdsApiAnswers());
  app.use(rateLimit(rateLimits));
  app.use(bodyLimit());
  app.use(originCheck());
  app.use(privateNoStore());
  app.use(databaseUnavailablePage());
  app.use(pageCache({ maxBytes: pageCacheBytes, clock, database: () => getDb().$client }));
  // Rendered requests start one per event-loop turn, so a busy worker stays responsive (ADR 025).
  app.use(pacedStarts());
  app.all(
    '*',
    createRequestHandler({
      build,
      // Remix's production mode in every mode: its error responses never carry a stack trace.
      mode: 'production',
      getLoadContext: (req, res) => ({ clientIp: req.ip ?? null, cspNonce: String(res.locals.cspNonce ?? ''), now: clock.now(), routes: build.routes }),
    }),
  );
  app.use(errorPage());
  return app;
}
