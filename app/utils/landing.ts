import type { Role } from '../domain/enums';
import { hasPermission, type Permission } from '../domain/permissions';

/**
 * Where someone lands after signing in when the page did not say where to go back to: the first
 * place whose permission the role holds. Those who work in the catalogue (the access team,
 * contract managers, administrators: they hand out review invitations) land on /beheer, policy
 * officers on their dashboard, providers on their account; residents on the home page.
 */
const landings: readonly (readonly [Permission, string])[] = [
  ['create:invitation:any', '/beheer'],
  ['read:insight:any', '/inzicht'],
  ['propose:change:own', '/account'],
];

export function landingFor(role: Role): string {
  return landings.find(([permission]) => hasPermission(role, permission))?.[1] ?? '/';
}
