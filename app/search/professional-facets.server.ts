/**
 * Professional search (issue 6), the per-request part: the budget-ceiling status and tariff of
 * the services, for professional viewers only, which the facets and sort in
 * professional-facets.ts read from the search context's `extra`.
 */
import type { Db } from '../db.server';
import { canSee, type Viewer } from '../domain/visibility';
import { searchFlagsForProfessional } from '../models/search-flags.server';
import { COST_FLAGS, type CostFlags } from './professional-facets';

/** The per-request facts; empty for a viewer who may not see costs (search.server.ts asks only for professionals). */
export function professionalSearchContext(db: Db, viewer: Viewer, now: Date): Record<string, unknown> {
  if (!canSee(viewer, 'costs')) return {};
  return { [COST_FLAGS]: searchFlagsForProfessional(db, viewer, now) satisfies CostFlags };
}
