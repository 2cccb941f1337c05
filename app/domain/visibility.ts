/**
 * The visibility policy: the one place that says which viewer may see which group of fields.
 * Pure. Model functions take the viewer and do not select a group the viewer may not see; the
 * search index stores none of them; loaders return only what the viewer may see.
 */
import type { Role } from './enums';
import { hasPermission } from './permissions';

/** Anonymous visitors are citizens without an account. */
export interface Viewer {
  role: Role | 'anonymous';
  userId: number | null;
  /** For provider accounts: the organisation they represent. */
  organizationId: string | null;
}

export const anonymousViewer: Viewer = Object.freeze({ role: 'anonymous', userId: null, organizationId: null });

export const fieldGroups = {
  /** Tariffs, units, contract terms and validity, budget ceilings, committed amounts, utilisation. */
  costs: 'read:cost:any',
  /** Professionals' findings about providers. */
  findings: 'read:finding:any',
} as const;

export type FieldGroup = keyof typeof fieldGroups;

export function canSee(viewer: Viewer, group: FieldGroup): boolean {
  return viewer.role !== 'anonymous' && hasPermission(viewer.role, fieldGroups[group]);
}

/** Staff, contract managers, policy officers and administrators: the professional view. */
export function isProfessional(viewer: Viewer): boolean {
  return canSee(viewer, 'costs');
}
