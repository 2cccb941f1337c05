/**
 * The one clock. Code never calls `new Date()` or `Date.now()` for "now": the server reads the
 * clock once per request and passes that instant to loaders and actions in the load context
 * (`contextOf(context).now`), and models take `now` as a parameter. Tests freeze the clock with
 * `fixedClock`; the e2e harness freezes the server's clock with `CLOCK_NOW` (test mode only).
 */
export interface Clock {
  now(): Date;
}

/** The machine's clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that always answers `at` (tests, and the server when `CLOCK_NOW` is set in test mode). */
export function fixedClock(at: Date | string): Clock {
  const time = (typeof at === 'string' ? new Date(at) : at).getTime();
  if (Number.isNaN(time)) throw new RangeError(`fixedClock: not a date: ${String(at)}`);
  return { now: () => new Date(time) };
}

/** Unix seconds of an instant, as the database stores timestamps. */
export function unixSeconds(at: Date): number {
  return Math.floor(at.getTime() / 1000);
}
