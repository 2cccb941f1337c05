import type { Role } from '../domain/enums';

/** Where someone lands after signing in when the page did not say where to go back to. */
export function landingFor(role: Role): string {
  if (role === 'policy') return '/inzicht';
  if (role === 'staff' || role === 'contract_manager' || role === 'admin') return '/beheer';
  return role === 'provider' ? '/account' : '/';
}
