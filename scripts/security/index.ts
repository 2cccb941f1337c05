/** The security middleware, in the order scripts/server.ts mounts them. */
export { cspNonce, contentSecurityPolicy } from './csp';
export { securityHeaders } from './headers';
export { originCheck, crossSiteReason } from './origin-check';
export { rateLimit, defaultTiers, RateLimiter, type RateLimitTier } from './rate-limit';
export { privateNoStore, isPrivateRequest } from './cache-control';
