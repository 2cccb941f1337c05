/**
 * The Express server around the Remix build: compression, static files, one log line per
 * request, and the security middleware from scripts/security/ (CSP with a nonce, security
 * headers, rate limits, origin check on form posts, no-store for signed-in responses).
 */
import { createRequestHandler } from '@remix-run/express';
import type { ServerBuild } from '@remix-run/node';
import compression from 'compression';
import express, { type RequestHandler } from 'express';
import { resolve } from 'node:path';
import { hsdsApiAnswers } from './hsds-api';
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

/** One line per request: method, path, status, duration. */
export function requestLogger(write: (line: string) => void = (line) => process.stdout.write(line)): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      write(`${req.method} ${redactTokens(req.originalUrl)} ${res.statusCode} ${ms.toFixed(1)}ms\n`);
    });
    next();
  };
}

export function createApp({ build, mode, logRequests, root = process.cwd(), rateLimits = defaultTiers }: ServerOptions) {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(compression());
  if (logRequests) app.use(requestLogger());
  app.use(cspNonce());
  app.use(securityHeaders({ production: mode === 'production' }));
  // Fingerprinted assets from the Remix build may be cached for a year.
  app.use('/build', express.static(resolve(root, 'public/build'), { immutable: true, maxAge: '1y' }));
  app.use(express.static(resolve(root, 'public'), { maxAge: '1h' }));
  app.use('/api/hsds', hsdsApiAnswers());
  app.use(rateLimit(rateLimits));
  app.use(originCheck());
  app.use(privateNoStore());
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
