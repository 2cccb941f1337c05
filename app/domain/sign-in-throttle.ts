/**
 * Slowing down password guessing for one account: five wrong attempts are free, then each next
 * attempt has to wait, twice as long each time (30 s, 1 min, 2 min … at most 15 min). Counted
 * per e-mail address AND source (IP address) over the last 15 minutes, since the last successful
 * sign-in from that source: a stranger's wrong passwords do not make the owner wait elsewhere.
 * At a much higher count from all sources together the owner gets an e-mail. Pure.
 */

export const FREE_FAILURES = 5;
export const FAILURE_WINDOW_SECONDS = 15 * 60;
export const FIRST_DELAY_SECONDS = 30;
export const MAX_DELAY_SECONDS = 15 * 60;

/** The wait after `failures` failed attempts (0 while they are free). */
export function delayAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** (failures - FREE_FAILURES));
}

/**
 * Seconds to wait before the next attempt may be checked (0: go ahead). `failureTimes` are the
 * unix seconds of recent failed attempts (refused attempts during a wait do not count).
 */
export function secondsUntilNextAttempt(failureTimes: readonly number[], nowSeconds: number): number {
  const recent = failureTimes.filter((t) => nowSeconds - t < FAILURE_WINDOW_SECONDS);
  if (recent.length < FREE_FAILURES) return 0;
  const last = Math.max(...recent);
  return Math.max(0, last + delayAfter(recent.length) - nowSeconds);
}

/** Wrong passwords for one account, from all sources together, that make us tell the owner. */
export const OWNER_ALERT_FAILURES = 20;
/** Counted over this period; at most one alert per period. */
export const OWNER_ALERT_WINDOW_SECONDS = 24 * 60 * 60;

/** Whether the owner should get an e-mail now: the count is reached and no alert went out this period. */
export function ownerAlertDue(failuresInWindow: number, alertsInWindow: number): boolean {
  return failuresInWindow >= OWNER_ALERT_FAILURES && alertsInWindow === 0;
}
