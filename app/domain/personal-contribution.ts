/**
 * Which Wmo personal contribution (eigen bijdrage) applies to a service. Pure. Wmo maatwerk
 * (contracted, law wmo) costs the fixed monthly subscription rate (abonnementstarief) per
 * household; wheelchairs cost nothing; sheltered housing and shelter (15–18) have an
 * income-dependent contribution. Other services (free general facilities, youth care,
 * national care) have none to explain here.
 */
import type { Law, ServiceKind } from './enums';

export type PersonalContribution = 'subscription' | 'none-wheelchair' | 'income-dependent';

const incomeDependentCategories = new Set(['15', '16', '17', '18']);

export function personalContributionFor(service: { kind: ServiceKind; law: Law | string; categoryCode: string | null }): PersonalContribution | null {
  if (service.kind !== 'contracted' || service.law !== 'wmo') return null;
  if (service.categoryCode === '11') return 'none-wheelchair';
  if (service.categoryCode !== null && incomeDependentCategories.has(service.categoryCode)) return 'income-dependent';
  return 'subscription';
}

/**
 * What a resident pays for one item of a shortlist, by the law of the service: general
 * facilities are free; Wmo help (contracted or nationally procured) follows the Wmo rule above;
 * the Jeugdwet and the Participatiewet ask no personal contribution; anything else: ask the
 * neighbourhood team. Null for an item without a service (only the organisation).
 */
export type ResidentCost = 'free' | PersonalContribution | 'none-youth' | 'none-participation' | 'ask';

export function residentCostFor(service: { kind: ServiceKind; law: Law | string; categoryCode: string | null } | null): ResidentCost {
  if (!service) return 'ask';
  if (service.kind === 'general') return 'free';
  if (service.law === 'wmo') return personalContributionFor({ ...service, kind: 'contracted' })!;
  if (service.law === 'jeugdwet') return 'none-youth';
  if (service.law === 'participatiewet') return 'none-participation';
  return 'ask';
}
