/** The security middleware, in the order scripts/server.ts mounts them. */
export { cspNonce, contentSecurityPolicy } from './csp';
export { securityHeaders } from './headers';
export { methodGuard } from './methods';
export { requestUrlCheck } from './request-url';
export { bodyLimit, bodyLimitFor, FORM_BODY_LIMIT, UPLOAD_BODY_LIMIT } from './body-limit';
export { originCheck, crossSiteReason } from './origin-check';
export { rateLimit, defaultTiers, tiersFor, tierFor, type RateLimitTier, type RateLimits } from './rate-limit';
export { privateNoStore, isPrivateRequest } from './cache-control';
export { errorPage } from './errors';
export { routePath } from './route-path';
