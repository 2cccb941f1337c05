/**
 * When is catalogue information stale? One place for the rules of the "Actualiteit" dashboard.
 * Dates are ISO calendar days (YYYY-MM-DD) in the Europe/Amsterdam zone. Pure.
 */

/** Verified longer ago than this (or never): check the entry again. */
export const VERIFY_AFTER_MONTHS = 12;
/** A waiting time reported longer ago than this is probably out of date. */
export const WAITING_TIME_STALE_MONTHS = 3;
/** Contracts that end within this many days need a follow-up. */
export const CONTRACT_ENDING_DAYS = 60;

/** Today as YYYY-MM-DD in the Netherlands. */
export function isoToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Adds (or with a negative number subtracts) calendar months; the 31st becomes the month's last day. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export interface StalenessCutoffs {
  today: string;
  /** Verified before this day (or never): stale. */
  verifiedBefore: string;
  /** Waiting time reported before this day: stale. */
  waitingReportedBefore: string;
  /** Contracts ending on or before this day (and not before today): ending soon. */
  contractsEndingBy: string;
}

export function stalenessCutoffs(today: string): StalenessCutoffs {
  return {
    today,
    verifiedBefore: addMonths(today, -VERIFY_AFTER_MONTHS),
    waitingReportedBefore: addMonths(today, -WAITING_TIME_STALE_MONTHS),
    contractsEndingBy: addDays(today, CONTRACT_ENDING_DAYS),
  };
}

export function isVerificationStale(assuredDate: string | null, cutoffs: StalenessCutoffs): boolean {
  return assuredDate === null || assuredDate < cutoffs.verifiedBefore;
}

export function isWaitingTimeStale(reportedOn: string | null, cutoffs: StalenessCutoffs): boolean {
  return reportedOn !== null && reportedOn < cutoffs.waitingReportedBefore;
}

export function isContractEndingSoon(validTo: string | null, cutoffs: StalenessCutoffs): boolean {
  return validTo !== null && validTo >= cutoffs.today && validTo <= cutoffs.contractsEndingBy;
}

/** The moment a calendar day starts in the Netherlands (for "from" / "to" filters on moments). */
export function startOfDayInAmsterdam(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(guess));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? '0');
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return new Date(guess - (wall - guess));
}
