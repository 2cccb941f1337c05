/**
 * Rules for shortlists (keuzelijsten). Pure. The resident's version carries no amounts, so a
 * note that staff write for the resident may not contain one either; a list's name is a free
 * label, never a citizen service number (BSN).
 */

export const SHORTLIST_TITLE_MAX = 120;
export const SHORTLIST_NOTE_MAX = 1000;

/** A euro amount in free text: "€ 60", "60 euro", "EUR 60,00". */
export function containsAmount(text: string): boolean {
  return /€|\beuro'?s?\b|\beur\b/i.test(text);
}

/** Nine digits in a row, or grouped like 123.456.789, look like a BSN. Dates (23-11-2026) do not. */
export function containsPersonalNumber(text: string): boolean {
  return /(^|\D)\d{9,}(\D|$)/.test(text) || /(^|\D)\d{3}[ .-]\d{2,3}[ .-]\d{3,4}(\D|$)/.test(text);
}

/** The title a list gets when staff add a provider without choosing a list first. */
export function defaultShortlistTitle(day: string): string {
  return `Keuzelijst ${day.slice(8, 10)}-${day.slice(5, 7)}-${day.slice(0, 4)}`;
}

/** Where a list's share link stands. */
export type ShareState = 'none' | 'active' | 'expired' | 'revoked';

export function shareState(list: { shareTokenHash: string | null; shareExpiresAt: Date | null; shareRevokedAt: Date | null }, now: Date): ShareState {
  if (!list.shareTokenHash) return 'none';
  if (list.shareRevokedAt) return 'revoked';
  if (!list.shareExpiresAt || list.shareExpiresAt.getTime() <= now.getTime()) return 'expired';
  return 'active';
}
