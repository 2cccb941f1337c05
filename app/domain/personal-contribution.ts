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
