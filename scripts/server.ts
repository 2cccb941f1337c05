/**
 * The Express server around the Remix build: compression, static files, one log line per
 * request (scripts/ops/request-log.ts), a 503 page when the database is unavailable
 * (scripts/ops/unavailable.ts), and the security middleware from scripts/security/ (CSP with a
 * nonce, security headers, rate limits, origin check on form posts, no-store for signed-in responses).
 */
import { createRequestHandler } from '@remix-run/express';
import type { ServerBuild } from '@remix-run/node';
import compression from 'compression';
import express from 'express';
import { resolve } from 'node:path';
import { databaseUnavailablePage } from './ops/unavailable';
import { requestContext } from './ops/request-log';
import { cspNonce, defaultTiers, originCheck, privateNoStore, rateLimit, securityHeaders, type RateLimitTier } from './security';

export interface ServerOptions {
  build: ServerBuild;
  mode: 'development' | 'production' | 'test';
  logRequests: boolean;
  root?: string;
  /** Rate-limit tiers (scripts/security/rate-limit.ts); tests may raise them. */
  rateLimits?: readonly RateLimitTier[];
}

/** One-time links carry a secret in the path; it stays out of the log. */
export function redactTokens(url: string): string {
  return url.replace(/^\/(wachtwoord-herstellen|uitnodiging|keuzelijst\/gedeeld)\/[^/?]+/, '/$1/[token]');
}

export function createApp({ build, mode, logRequests, root = process.cwd(), rateLimits = defaultTiers }: ServerOptions) {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  // Request id, per-request holder and the request log (scripts/ops/request-log.ts).
  app.use(requestContext({ log: logRequests }));
  app.use(compression());
  app.use(cspNonce());
  app.use(securityHeaders({ production: mode === 'production' }));
  // Fingerprinted assets from the Remix build may be cached for a year.
  app.use('/build', express.static(resolve(root, 'public/build'), { immutable: true, maxAge: '1y' }));
  app.use(express.static(resolve(root, 'public'), { maxAge: '1h' }));
  app.use(rateLimit(rateLimits));
  app.use(originCheck());
  app.use(privateNoStore());
  app.use(databaseUnavailablePage());
  app.all(
    '*',
    createRequestHandler({
      build,
      mode,
      getLoadContext: (req, res) => ({ clientIp: req.ip ?? null, cspNonce: String(res.locals.cspNonce ?? '') }),
    }),
  );
  return app;
}
