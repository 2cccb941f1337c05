/**
 * The status filters of the account list. Kept out of `*.server.ts` modules because the page
 * component renders them in the browser too: a value imported from a server module is
 * `undefined` in the client bundle, which broke hydration of /beheer/gebruikers (React #418).
 */
export const userStatusFilters = ['active', 'disabled', 'invited'] as const;
export type UserStatusFilter = (typeof userStatusFilters)[number];
