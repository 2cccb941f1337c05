/**
 * Enumerations shared by the database schema (CHECK constraints), zod schemas and the UI.
 * One list per concept, so the three never drift apart.
 */

export const serviceKinds = ['general', 'contracted', 'national'] as const;
export type ServiceKind = (typeof serviceKinds)[number];

export const laws = ['wmo', 'jeugdwet', 'participatiewet', 'none'] as const;
export type Law = (typeof laws)[number];

export const serviceStatuses = ['active', 'temporarily_closed', 'inactive'] as const;
export type ServiceStatus = (typeof serviceStatuses)[number];

export const organizationStatuses = ['active', 'archived'] as const;

/** iStandaarden WJ756 "Eenheid" codes used for tariffs. */
export const tariffUnits = ['01', '04', '14', '16', '82', '83', '84'] as const;
export type TariffUnit = (typeof tariffUnits)[number];

export const identifierSchemes = ['kvk', 'agb'] as const;

/** `policy`: a policy officer (beleidsmedewerker) — the professional view and the dashboards, no catalogue editing. */
export const roles = ['citizen', 'provider', 'staff', 'contract_manager', 'policy', 'admin'] as const;
export type Role = (typeof roles)[number];

export const reviewStatuses = ['pending', 'published', 'rejected', 'withdrawn'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

/** Review dimensions, in the order the form and the summary show them. */
export const reviewDimensions = [
  'treatment',
  'expertise',
  'appointments',
  'reachability',
  'say',
  'result',
] as const;
export type ReviewDimension = (typeof reviewDimensions)[number];

export const findingDimensions = ['cooperation', 'clientResult', 'reporting', 'valueForMoney'] as const;
export type FindingDimension = (typeof findingDimensions)[number];

export const changeRequestKinds = ['provider_update', 'error_report'] as const;
export const changeRequestStatuses = ['pending', 'approved', 'rejected'] as const;

export const auditResults = ['success', 'failure'] as const;

/** General needs the access team meets besides the iWmo/iJw categories (issue 13). */
export const generalNeeds = ['loneliness', 'debts', 'caregiver_support', 'parenting', 'daytime_activity', 'transport'] as const;

/** Why the access team chose an offer that was not the cheapest one with room. */
export const choiceReasons = ['free_choice', 'waiting_time', 'specialism', 'language', 'distance', 'continuity', 'other'] as const;
export type ChoiceReason = (typeof choiceReasons)[number];

/** Policy's answer to a need without a fitting offer. */
export const needAnswers = ['planned', 'started', 'rejected'] as const;
export type NeedAnswer = (typeof needAnswers)[number];

export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];

/** Weekdays as ISO numbers, Monday = 1 … Sunday = 7. */
export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof weekdays)[number];

/** Languages a service can be offered in (ISO 639 codes). */
export const serviceLanguages = ['nl', 'en', 'de', 'pl', 'tr', 'ar', 'ber', 'pap', 'so', 'ti', 'uk', 'fy', 'ngt'] as const;
export type ServiceLanguage = (typeof serviceLanguages)[number];

export function isOneOf<T extends string | number>(list: readonly T[], value: unknown): value is T {
  return (list as readonly unknown[]).includes(value);
}
