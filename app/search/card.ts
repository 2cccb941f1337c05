/** A search result as its card shows it (types.ts: SearchCard). Pure. */
import type { SearchCard, SearchResultItem } from './types';

export function toSearchCard(item: SearchResultItem): SearchCard {
  return {
    id: item.id,
    name: item.name,
    href: item.href,
    kind: item.kind,
    status: item.status,
    categoryName: item.categoryName,
    organization: { name: item.organization.name },
    district: item.district,
    city: item.city,
    waitingWeeks: item.waitingWeeks,
    acceptingNewClients: item.acceptingNewClients,
    noNewClientsViaMunicipality: item.noNewClientsViaMunicipality,
    distanceKm: item.distanceKm,
    reviews: { average: item.reviews.average, count: item.reviews.count, provisional: item.reviews.provisional },
  };
}
