/**
 * Rate limits in three tiers, counted by express-rate-limit: strict for signing in, registering
 * and password links, looser for other form posts, generous for reading. A request counts in one
 * tier only, chosen on the path as the router matches it (route-path.ts), so `/INLOGGEN` or
 * `/%69nloggen` counts as signing in. Signed-in visitors are counted per session (an office
 * behind one address is not locked out), others — and every sign-in attempt — per IP address
 * (IPv6 per /56). Over the limit:
 * 429 with Retry-After and a readable page. Per-account slowing down of password guessing lives
 * in the app (app/domain/sign-in-throttle.ts).
 */
import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit as expressRateLimit } from 'express-rate-limit';
import { translate } from '../../app/i18n';
import { formatWait } from '../../app/utils/time-format';
import { localeOf, simplePage } from './pages';
import { routePath } from './route-path';
import { liveSessionId } from './session-key';
import { primaryGone, rateLimitStore } from './rate-limit-store';

export interface RateLimitTier {
  name: string;
  methods: readonly string[];
  /** Whether a path (normalised by routePath) belongs to this tier. */
  matches: (path: string) => boolean;
  /** Requests per window; 0 switches the tier off. */
  limit: number;
  windowSeconds: number;
}

const WRITE = ['POST', 'PUT', 'PATCH', 'DELETE'];
const signInPaths = /^\/(?:inloggen(?:\/.*)?|registreren|wachtwoord-vergeten|(?:wachtwoord-herstellen|uitnodiging)\/[^/]+)$/;

export interface RateLimits {
  readsPerMinute: number;
  writesPerMinute: number;
  signInsPerMinute: number;
}

/** The tiers for limits per minute (RATE_LIMIT_*_PER_MINUTE in app/env.server.ts). */
export function tiersFor(limits: RateLimits): RateLimitTier[] {
  return [
    { name: 'auth', methods: WRITE, matches: (path) => signInPaths.test(path), limit: limits.signInsPerMinute, windowSeconds: 60 },
    { name: 'write', methods: WRITE, matches: () => true, limit: limits.writesPerMinute, windowSeconds: 60 },
    { name: 'read', methods: ['GET', 'HEAD'], matches: () => true, limit: limits.readsPerMinute, windowSeconds: 60 },
  ];
}

export const defaultTiers: readonly RateLimitTier[] = tiersFor({ readsPerMinute: 1200, writesPerMinute: 120, signInsPerMinute: 30 });

/** The tier a request counts in (the first that matches), by method and raw URL. */
export function tierFor(tiers: readonly RateLimitTier[], method: string, originalUrl: string): RateLimitTier | undefined {
  const path = routePath(originalUrl);
  const upper = method.toUpperCase();
  return tiers.find((tier) => tier.methods.includes(upper) && tier.matches(path));
}

const ipKey = (req: Request) => `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`;

/**
 * Who a request is counted as: its live session, else its IP address. Signing in is always
 * counted per address: each sign-in makes a new session, which would otherwise bring a fresh count.
 */
export function clientKey(req: Request): string {
  const session = liveSessionId(req.headers.cookie);
  return session ? `session:${session}` : ipKey(req);
}

function tooMany(req: Request, res: Response) {
  const locale = localeOf(req);
  const wait = Number(res.getHeader('Retry-After')) || 60;
  // The APIs (/api/v1, /api/hsds) answer their tools in JSON, refusals included.
  if (routePath(req.originalUrl).startsWith('/api/')) {
    res
      .status(429)
      .set({ 'Cache-Control': 'no-store', 'Retry-After': String(wait) })
      .json({ error: 'too_many_requests', detail: translate(locale, 'tooMany.text', { wait: formatWait(locale, wait) }), retry_after_seconds: wait });
    return;
  }
  res
    .status(429)
    .set({ 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': String(wait) })
    .send(simplePage(locale, res.locals.cspNonce as string | undefined, { title: 'tooMany.title', text: 'tooMany.text' }, { wait: formatWait(locale, wait) }));
}

export function rateLimit(tiers: readonly RateLimitTier[] = defaultTiers): RequestHandler {
  const limiters = new Map(
    tiers
      .filter((tier) => tier.limit > 0)
      .map((tier) => [
        tier,
        expressRateLimit({
          windowMs: tier.windowSeconds * 1000,
          limit: tier.limit,
          keyGenerator: tier.name === 'auth' ? ipKey : clientKey,
          // Shared by every worker of a cluster (rate-limit-store.ts); undefined: this process's memory.
          store: rateLimitStore(tier.name),
          handler: tooMany,
          standardHeaders: 'draft-7',
          legacyHeaders: false,
          // The key is checked here (ipKeyGenerator, live sessions); no console noise for odd addresses.
          validate: { ip: false, xForwardedForHeader: false, keyGeneratorIpFallback: false },
        }),
      ]),
  );
  return (req, res, next) => {
    const tier = tierFor(tiers, req.method, req.originalUrl);
    const limiter = tier && limiters.get(tier);
    if (!limiter) return next();
    return limiter(req, res, (error?: unknown) => {
      // A worker whose primary was killed cannot count: it drops the connection, as the killed server would.
      if (error && primaryGone()) return void req.socket.destroy();
      next(error);
    });
  };
}
