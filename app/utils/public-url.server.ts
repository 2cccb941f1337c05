/**
 * The origin for links in e-mails and share links: only from configuration, never from the
 * request (a forged Host or X-Forwarded-Host header would otherwise point a password-reset link
 * at another site). PUBLIC_URL when set; without it (development, tests, the local demo)
 * http://localhost:PORT. A real deployment cannot start without PUBLIC_URL (scripts/deployment-check.ts).
 */
import { getEnv, type Env } from '../env.server';

export function publicOrigin(env: Pick<Env, 'PUBLIC_URL' | 'PORT'> = getEnv()): string {
  return env.PUBLIC_URL ? new URL(env.PUBLIC_URL).origin : `http://localhost:${env.PORT}`;
}
