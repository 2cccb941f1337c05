/**
 * Personal data in a short free text the access team records (a need without a fitting offer, a
 * policy answer): the same detectors as the review flags (BSN by the 11-test, phone numbers,
 * e-mail addresses, names after a title or a role) plus addresses (street and house number, a
 * postcode). Pure. Unlike a review flag this is not a hint for a moderator: text with a finding
 * is refused at the field, so nothing personal is ever stored.
 */
import { findBsns, findEmailAddresses, findPhoneNumbers, findStaffNames } from './review-flags';

export const personalDataKinds = ['bsn', 'phone', 'email', 'name', 'address'] as const;
export type PersonalDataKind = (typeof personalDataKinds)[number];

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  match: string;
}

const STREET_SUFFIXES = 'straat|weg|laan|plein|gracht|kade|singel|dijk|pad|hof|steeg|dreef|park|plantsoen|markt|boulevard|allee|erf|baan|wal|veld|hoek|poort';
/** "Dorpsstraat 12", "Kerkweg 3a", "Van Speijkstraat 101-2". */
const STREET_NUMBER = new RegExp(`(?<![\\p{L}])[\\p{L}'’-]*(?:${STREET_SUFFIXES})\\s+\\d{1,5}(?:\\s?[a-zA-Z](?![\\p{L}]))?(?:[-/]\\d{1,4})?(?!\\d)`, 'giu');
/** A Dutch postcode: "2611 AB", "2611ab" (not SA, SD, SS: never issued). */
const POSTCODE = /(?<![\d\p{L}])[1-9]\d{3}\s?(?!SA|SD|SS|sa|sd|ss)[A-Za-z]{2}(?![\p{L}\d])/gu;

export function findAddresses(text: string): string[] {
  return [...[...text.matchAll(STREET_NUMBER)].map((m) => m[0]), ...[...text.matchAll(POSTCODE)].map((m) => m[0])];
}

/** Everything that looks like personal data, in a stable order of kinds. */
export function findPersonalData(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  const add = (kind: PersonalDataKind, matches: string[]) => {
    for (const match of matches) if (!found.some((f) => f.kind === kind && f.match === match)) found.push({ kind, match });
  };
  add('bsn', findBsns(text));
  add('phone', findPhoneNumbers(text));
  add('email', findEmailAddresses(text));
  add('name', findStaffNames(text));
  add('address', findAddresses(text));
  return found;
}
