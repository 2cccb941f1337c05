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
  // Recording and insight (issue 13, app/domain/insight.ts)
  'record:deployment:any', // record a choice, a general facility deployed, a need without fitting offer
  'read:needs:any', // /inzicht/behoeften: unmet needs and policy's answers
  'read:team-overview:any', // /inzicht/teamoverleg
  'read:insight:any', // /inzicht: the needs dashboard and its CSV export
  'answer:need:any', // policy's answer to an unmet need
  'read:value-map:any', // /inzicht/waardekaart: tariff against marks
  'read:small-cells:any', // counts resting on fewer than MIN_CELL_RECORDS records (app/domain/insight.ts)
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
/** What the access team records in the flow of work, and what it reads back. */
const recording: Permission[] = ['record:deployment:any', 'read:needs:any', 'read:team-overview:any'];

/** An administrator represents no organisation and writes no reviews: the municipality stays neutral. */
const notForAdministrators: readonly Permission[] = ['create:review:any', 'reply:review:own', 'propose:change:own'];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  citizen,
  provider: ['read:account:own', 'propose:change:own', 'reply:review:own'],
  staff: [...professional, ...recording],
  contract_manager: [
    ...professional,
    'update:catalogue:any',
    'update:contract:any',
    'import:catalogue:any',
    'decide:change-request:any',
    'read:audit:any',
    ...recording,
    'read:value-map:any',
  ],
  /** Policy officer: sees costs and findings and the dashboards; edits no catalogue, records nothing. */
  policy: [
    'read:account:own',
    'read:cost:any',
    'read:finding:any',
    'read:needs:any',
    'read:team-overview:any',
    'read:insight:any',
    'answer:need:any',
    'read:value-map:any',
  ],
  /** Everything except writing reviews and speaking for a provider (replies, proposed changes: ADR 005). */
  admin: permissions.filter((p) => !notForAdministrators.includes(p)),
};

export function hasPermission(role: Role | null | undefined, permission: Permission): boolean {
  return role ? rolePermissions[role].includes(permission) : false;
}
