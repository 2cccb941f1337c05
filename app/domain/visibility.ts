/**
 * The visibility policy: the one place that says which viewer may see which group of fields.
 * Pure. Model functions take the viewer and do not select a group the viewer may not see; the
 * search index stores none of them; loaders return only what the viewer may see.
 *
 * A model that refuses throws the one error type, `AccessDenied`; routes turn it into the 403
 * page, or the 404 page when the thing is hidden from the viewer (app/utils/access.server.ts).
 */
import type { Role } from './enums';
import { hasPermission, type Permission } from './permissions';

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
  return isProfessionalRole(viewer.role);
}

/** Provider accounts represent one organisation (linked to it); their `:own` permissions act for it. */
export function representsOrganization(role: string): boolean {
  return role === 'provider';
}

/** Resident accounts (citizens) register themselves; every other account is invited by the municipality. */
export function isResidentRole(role: string): boolean {
  return role === 'citizen';
}

/** Whether a role holds the professional view (costs and findings); for the header's links. */
export function isProfessionalRole(role: Role | 'anonymous'): boolean {
  return role !== 'anonymous' && hasPermission(role, fieldGroups.costs);
}

/** Whether the viewer holds a permission (an anonymous visitor holds none). */
export function viewerMay(viewer: Viewer, permission: Permission): boolean {
  return viewer.role !== 'anonymous' && hasPermission(viewer.role, permission);
}

/**
 * Whether the viewer may use an `:own` permission on this organisation's things: it holds the
 * permission and represents the organisation (a provider account). Administrators represent no
 * organisation, so they do not reply or propose changes in a provider's name (ADR 005).
 */
export function mayActForOrganization(viewer: Viewer, permission: Permission, organizationId: string): boolean {
  return viewerMay(viewer, permission) && viewer.organizationId !== null && viewer.organizationId === organizationId;
}

/**
 * The one refusal of the access policy, thrown by models. `hidden`: the thing exists only for
 * someone else (another person's shortlist), so the answer must not reveal it (404, not 403).
 */
export class AccessDenied extends Error {
  override readonly name = 'AccessDenied';
  readonly hidden: boolean;

  constructor(what: string, options: { hidden?: boolean } = {}) {
    super(`${what} was asked for a viewer who may not see it`);
    this.hidden = options.hidden ?? false;
  }
}

/** Throws AccessDenied unless the viewer may see the field group. */
export function assertCanSee(viewer: Viewer, group: FieldGroup, what: string): void {
  if (!canSee(viewer, group)) throw new AccessDenied(what);
}
