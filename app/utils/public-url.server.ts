/**
 * The origin for links in e-mails. PUBLIC_URL when set (production), so a forged Host header
 * cannot point a password-reset link at another site; the request's own origin otherwise.
 */
import { getEnv } from '../env.server';

export function publicOrigin(request: Request): string {
  const configured = getEnv().PUBLIC_URL;
  return configured ? new URL(configured).origin : new URL(request.url).origin;
}
