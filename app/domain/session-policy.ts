/** How long a session lives, per role. Pure. */
import type { Role } from './enums';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface SessionPolicy {
  /** Seconds without a request after which the session ends. */
  idleSeconds: number;
  /** Seconds after sign-in after which the session ends regardless. */
  absoluteSeconds: number;
}

export function sessionPolicy(role: Role): SessionPolicy {
  switch (role) {
    case 'staff':
    case 'contract_manager':
    case 'policy':
    case 'admin':
      return { idleSeconds: 30 * MINUTE, absoluteSeconds: 12 * HOUR };
    case 'provider':
      return { idleSeconds: 2 * HOUR, absoluteSeconds: 7 * DAY };
    case 'citizen':
      return { idleSeconds: 7 * DAY, absoluteSeconds: 30 * DAY };
  }
}

/** Whether a session is still valid at `nowSeconds`. */
export function sessionIsAlive(
  session: { createdAt: number; lastSeenAt: number; expiresAt: number },
  role: Role,
  nowSeconds: number,
): boolean {
  const policy = sessionPolicy(role);
  return (
    nowSeconds < session.expiresAt &&
    nowSeconds - session.lastSeenAt < policy.idleSeconds &&
    nowSeconds - session.createdAt < policy.absoluteSeconds
  );
}
