/** Hand-made search documents for the engine's unit tests: a contracted Wmo service with sensible defaults. */
import type { SearchDocument } from '../../app/search/document';

let counter = 0;
export function searchDocument(overrides: Partial<SearchDocument> = {}): SearchDocument {
  counter += 1;
  const id = overrides.id ?? `s${String(counter).padStart(4, '0')}`;
  return {
    id,
    name: 'Inloopspreekuur',
    description: '',
    kind: 'contracted',
    law: 'wmo',
    status: 'active',
    categoryCode: '02',
    productCode: '02A05',
    productNameNl: 'Begeleiding individueel',
    productNameEn: 'Individual support',
    targetGroup: null,
    minimumAge: 18,
    maximumAge: null,
    waitingWeeks: 3,
    acceptingNewClients: true,
    organizationId: `org-${id}`,
    organizationName: `Organisatie ${id}`,
    organizationSlug: `organisatie-${id}`,
    languages: ['nl'],
    districts: [{ slug: 'centrum', name: 'Centrum' }],
    cities: ['Vlietstede'],
    wheelchairAccessible: false,
    locationIds: [`loc-${id}`],
    points: [{ latitude: 52.08, longitude: 5.3 }],
    openingPeriods: [],
    ...overrides,
  };
}
