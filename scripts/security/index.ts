/** The security middleware, in the order scripts/server.ts mounts them. */
export { cspNonce } from './csp';
export { securityHeaders } from './headers';
export { methodGuard } from './methods';
export { requestUrlCheck } from './request-url';
export { bodyLimit } from './body-limit';
export { originCheck } from './origin-check';
export { rateLimit, defaultTiers, type RateLimitTier } from './rate-limit';
export { privateNoStore } from './cache-control';
export { errorPage } from './errors';
