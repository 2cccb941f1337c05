/**
 * What the search index holds per service: public catalogue facts only. No tariff, contract,
 * ceiling or finding ever enters a search document (see app/domain/visibility.ts). Pure.
 */
import type { Law, ServiceKind, ServiceStatus } from '../domain/enums';
import type { OpeningPeriod } from '../domain/opening-hours';
import type { Point } from './geo';

export interface SearchDocument {
  id: string;
  name: string;
  description: string;
  kind: ServiceKind;
  law: Law;
  /** Only public services are indexed: active or temporarily closed. */
  status: Exclude<ServiceStatus, 'inactive'>;
  categoryCode: string | null;
  productCode: string | null;
  productNameNl: string | null;
  productNameEn: string | null;
  targetGroup: string | null;
  minimumAge: number | null;
  maximumAge: number | null;
  waitingWeeks: number | null;
  acceptingNewClients: boolean;
  organizationId: string;
  organizationName: string;
  organizationSlug: string;
  /** ISO 639 codes, sorted. */
  languages: string[];
  /** Districts of the service's locations, in location order, without duplicates. */
  districts: { slug: string; name: string }[];
  /** Cities of the service's locations, without duplicates. */
  cities: string[];
  /** At least one location is wheelchair accessible. */
  wheelchairAccessible: boolean;
  /** Ids of the service's locations (to re-index when a location changes). */
  locationIds: string[];
  /** Coordinates of the service's locations. */
  points: Point[];
  /** The service's own opening hours, or else those of its locations. */
  openingPeriods: OpeningPeriod[];
}
