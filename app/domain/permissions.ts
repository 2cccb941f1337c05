/**
 * Who may do what: permissions as `action:entity[:own|any]` strings, granted per role. Pure.
 * Every loader and action guards with one of these (see app/utils/auth.server.ts).
 */
import type { Role } from './enums';

export const permissions = [
  // Catalogue and costs
  'read:cost:any', // tariffs, contracts, budget ceilings, utilisation
  'read:finding:any', // staff findings (bevindingen)
  'create:finding:any',
  'use:compare:any', // /vergelijken
  'manage:shortlist:own', // keuzelijst for a resident
  'create:invitation:any', // single-use review invitation codes
  'update:catalogue:any', // organisations, services, locations, hours
  'update:contract:any', // contracts, tariffs, ceilings, national procurement
  'import:catalogue:any',
  'decide:change-request:any',
  'read:audit:any',
  'propose:change:own', // a provider proposes changes to its own entry
  'reply:review:own', // a provider replies to reviews of its own organisation
  'create:review:any',
  'moderate:review:any',
  'manage:user:any',
  'read:account:own',
] as const;

export type Permission = (typeof permissions)[number];

const citizen: Permission[] = ['create:review:any', 'read:account:own'];
const professional: Permission[] = [
  'read:account:own',
  'read:cost:any',
  'read:finding:any',
  'create:finding:any',
  'use:compare:any',
  'manage:shortlist:own',
  'create:invitation:any',
];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  citizen,
  provider: ['read:account:own', 'propose:change:own', 'reply:review:own'],
  staff: professional,
  contract_manager: [
    ...professional,
    'update:catalogue:any',
    'update:contract:any',
    'import:catalogue:any',
    'decide:change-request:any',
    'read:audit:any',
  ],
  admin: [...permissions.filter((p) => p !== 'create:review:any')],
};

export function hasPermission(role: Role | null | undefined, permission: Permission): boolean {
  return role ? rolePermissions[role].includes(permission) : false;
}
