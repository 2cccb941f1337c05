/**
 * Nothing personal in a shared cache: `Cache-Control: no-store` on every response to a signed-in
 * browser (professional pages included) and on the account and management pages, whatever a
 * route set. Public pages vary by cookie, so a cache never mixes the two views.
 */
import type { RequestHandler } from 'express';
import { routePath } from './route-path';

const SESSION_COOKIE = /(?:^|;\s*)(?:__Host-)?sk_session=[^;]/;
const privatePaths = /^\/(?:beheer|account|inloggen|uitloggen|registreren|wachtwoord-vergeten|wachtwoord-herstellen|uitnodiging)(?:[./]|$)/;

export function isPrivateRequest(path: string, cookieHeader: string | undefined): boolean {
  return privatePaths.test(routePath(path)) || SESSION_COOKIE.test(cookieHeader ?? '');
}

export function privateNoStore(): RequestHandler {
  return (req, res, next) => {
    const privateResponse = isPrivateRequest(req.originalUrl, req.headers.cookie);
    const writeHead = res.writeHead;
    // Set last, just before the headers go out, so a route cannot loosen it by accident.
    res.writeHead = function patchedWriteHead(this: typeof res, ...args: Parameters<typeof writeHead>) {
      if (privateResponse || res.getHeader('Set-Cookie')) {
        res.setHeader('Cache-Control', 'no-store');
        res.removeHeader('ETag');
      }
      const vary = String(res.getHeader('Vary') ?? '');
      if (!/\bcookie\b/i.test(vary)) res.setHeader('Vary', vary ? `${vary}, Cookie` : 'Cookie');
      return writeHead.apply(this, args);
    } as typeof writeHead;
    next();
  };
}
