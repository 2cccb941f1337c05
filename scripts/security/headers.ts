/**
 * Security headers on every response, set by helmet: the Content-Security-Policy with this
 * response's nonce (csp.ts makes the nonce), no sniffing, no framing, a strict referrer policy,
 * same-origin opener and resources, and HSTS in production only (it needs HTTPS to mean anything).
 */
import type { RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { cspDirectives } from './csp';

export function securityHeaders({ production }: { production: boolean }): RequestHandler {
  const nonce = (_req: unknown, res: unknown) => `'nonce-${String((res as Response).locals.cspNonce ?? '')}'`;
  const helmetMiddleware = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(nonce) },
    crossOriginEmbedderPolicy: false,
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: production ? { maxAge: 63_072_000, includeSubDomains: true } : false,
    xFrameOptions: { action: 'deny' },
    xContentTypeOptions: true,
    xPoweredBy: false,
  });
  return (req, res, next) => {
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()');
    helmetMiddleware(req, res, next);
  };
}
