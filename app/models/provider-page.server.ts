/**
 * The provider page, shaped for its viewer: the public entry for everyone, the one yes/no about a
 * reached ceiling, and only for a viewer the access policy allows the professional facts (costs,
 * findings), the national procurement of its products and the "Ingezet" form. The policy
 * (app/domain/visibility.ts) decides here, so the route has no access knowledge of its own.
 */
import type { Db } from '../../db/client';
import { dutchDay } from '../domain/indication';
import { monthOfDay } from '../domain/insight';
import { assertCanSee, canSee, viewerMay, type Viewer } from '../domain/visibility';
import { getEnv } from '../env.server';
import { getProviderBySlug } from './catalogue.server';
import { nationalCoverageByProduct, noNewClientsViaMunicipality } from './ceiling.server';
import { getProfessionalFacts } from './contract.server';
import { deploymentFormFor } from './insight-write.server';
import { rememberedUntilWrite } from './prepared.server';
import { getReviewStatistics } from './review-read.server';

/**
 * Facts of the page that depend on the database and a day or month alone, remembered until any
 * write (prepared.server.ts, ADR 021) per organisation and day or slug and month: building their
 * queries and scanning the national procurements cost more than the rest of the page's data.
 */
const nationalCoverageOfDay = rememberedUntilWrite((db: Db, key: string, viewer: Viewer, organizationId: string, onDate: Date) =>
  nationalCoverageByProduct(db, viewer, organizationId, onDate),
);
const deploymentFormOfMonth = rememberedUntilWrite((db: Db, key: string, slug: string, month: string) => deploymentFormFor(db, slug, month));

/** The page of an active provider for this viewer; undefined when there is none by that slug. */
export function getProviderPageForViewer(db: Db, viewer: Viewer, slug: string, now: Date) {
  const provider = getProviderBySlug(db, slug, now);
  if (!provider) return undefined;
  const organizationId = provider.organization.id;
  const professional = canSee(viewer, 'costs');
  return {
    ...provider,
    // Everyone may learn the consequence of a reached ceiling, never the amounts.
    noNewClientsViaMunicipality: noNewClientsViaMunicipality(db, [organizationId], now).get(organizationId) ?? false,
    wmoPersonalContributionCents: getEnv().WMO_PERSONAL_CONTRIBUTION_CENTS,
    // Per-aspect averages and the histogram of overall marks.
    reviewStatistics: getReviewStatistics(db, organizationId, now),
    // Cost facts and findings only for a viewer the visibility policy allows.
    professional: professional ? getProfessionalFacts(db, viewer, organizationId, now) : null,
    // Products of this provider the municipality already buys nationally (professionals only).
    nationalByProduct: professional ? nationalCoverage(db, viewer, organizationId, now) : null,
    // "Ingezet" on a general facility, for those who record deployments (app/routes/inzicht.ingezet.tsx).
    deploymentForm: viewerMay(viewer, 'record:deployment:any') ? deploymentForm(db, provider.organization.slug, monthOfDay(dutchDay(now))) : null,
  };
}

/** The national procurements covering the provider's products on `now`'s (UTC) day, the day `nationalCoverageByProduct` compares with. */
function nationalCoverage(db: Db, viewer: Viewer, organizationId: string, now: Date) {
  assertCanSee(viewer, 'costs', 'nationalCoverageByProduct');
  return nationalCoverageOfDay(db, `${organizationId}|${now.toISOString().slice(0, 10)}`, viewer, organizationId, now);
}

function deploymentForm(db: Db, slug: string, month: string) {
  return deploymentFormOfMonth(db, `${slug}|${month}`, slug, month);
}
