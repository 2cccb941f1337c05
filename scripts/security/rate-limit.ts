/**
 * Rate limits per client IP in tiers: strict for signing in, registering and password links,
 * looser for other form posts, generous for reading. A fixed window per tier and IP, kept in
 * memory (one server process). Over the limit: 429 with Retry-After and a readable page.
 * Per-account slowing down of password guessing lives in the app (app/domain/sign-in-throttle.ts).
 */
import type { RequestHandler } from 'express';
import { formatWait } from '../../app/utils/time-format';
import { localeOf, simplePage } from './pages';

export interface RateLimitTier {
  name: string;
  methods: readonly string[];
  /** Whether a path (with `.data` for Remix data requests) belongs to this tier. */
  matches: (path: string) => boolean;
  limit: number;
  windowSeconds: number;
}

const WRITE = ['POST', 'PUT', 'PATCH', 'DELETE'];
const authPaths = /^\/(?:(?:inloggen|registreren|wachtwoord-vergeten)(?:\.data)?\/?|(?:wachtwoord-herstellen|uitnodiging)\/[^/]+(?:\.data)?\/?)$/;

export const defaultTiers: readonly RateLimitTier[] = [
  { name: 'auth', methods: WRITE, matches: (path) => authPaths.test(path), limit: 30, windowSeconds: 60 },
  { name: 'write', methods: WRITE, matches: () => true, limit: 120, windowSeconds: 60 },
  { name: 'read', methods: ['GET', 'HEAD'], matches: () => true, limit: 1200, windowSeconds: 60 },
];

interface Bucket {
  count: number;
  resetAt: number;
}

/** The counting, separate from Express so it can be tested with a clock. */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly tiers: readonly RateLimitTier[],
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 100_000,
  ) {}

  tierFor(method: string, path: string): RateLimitTier | undefined {
    return this.tiers.find((tier) => tier.methods.includes(method.toUpperCase()) && tier.matches(path));
  }

  /** Counts one request; returns the seconds to wait when it is over the limit, else 0. */
  hit(method: string, path: string, client: string): number {
    const tier = this.tierFor(method, path);
    if (!tier) return 0;
    const now = this.now();
    const key = `${tier.name}|${client}`;
    let bucket = this.buckets.get(key);
    if (!bucket || bucket.resetAt <= now) {
      if (this.buckets.size >= this.maxKeys) this.prune(now);
      bucket = { count: 0, resetAt: now + tier.windowSeconds * 1000 };
      this.buckets.set(key, bucket);
    }
    bucket.count += 1;
    return bucket.count > tier.limit ? Math.max(1, Math.ceil((bucket.resetAt - now) / 1000)) : 0;
  }

  private prune(now: number) {
    for (const [key, bucket] of this.buckets) if (bucket.resetAt <= now) this.buckets.delete(key);
    // Still full (an attack from very many addresses): start over rather than grow without bound.
    if (this.buckets.size >= this.maxKeys) this.buckets.clear();
  }
}

export function rateLimit(tiers: readonly RateLimitTier[] = defaultTiers): RequestHandler {
  const limiter = new RateLimiter(tiers);
  return (req, res, next) => {
    const wait = limiter.hit(req.method, req.path, req.ip ?? 'unknown');
    if (wait === 0) return next();
    const locale = localeOf(req);
    res
      .status(429)
      .set({ 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': String(wait) })
      .send(simplePage(locale, res.locals.cspNonce as string | undefined, { title: 'tooMany.title', text: 'tooMany.text' }, { wait: formatWait(locale, wait) }));
  };
}
