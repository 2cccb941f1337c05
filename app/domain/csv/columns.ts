/**
 * The catalogue spreadsheet (docs/csv-format.md): one file with a row per organisation
 * (`aanbieder`), service (`aanbod`) and tariff (`tarief`), as a procurement department keeps
 * them. This module names the columns, the record types and what a row means; cell-specs.ts
 * reads and writes single cells, read-row.ts and write-row.ts whole rows, plan.ts compares a file
 * with the catalogue. Pure.
 */
import type { Law, ServiceKind, ServiceStatus, TariffUnit } from '../enums';

export const csvColumns = [
  'soort',
  'extern_id',
  'aanbieder_extern_id',
  'naam',
  'omschrijving',
  'kvk',
  'agb',
  'website',
  'email',
  'telefoon',
  'status',
  'soort_aanbod',
  'wet',
  'categorie',
  'productcode',
  'doelgroep',
  'leeftijd_van',
  'leeftijd_tot',
  'talen',
  'wachttijd_weken',
  'wachttijd_gemeld_op',
  'nieuwe_clienten',
  'aanmelden',
  'perceel',
  'tarief',
  'eenheid',
  'geldig_van',
  'geldig_tot',
] as const;
export type CsvColumn = (typeof csvColumns)[number];

export const recordTypes = ['aanbieder', 'aanbod', 'tarief'] as const;
export type RecordType = (typeof recordTypes)[number];

// ---------------------------------------------------------------------------------------------
// The three record shapes (what a row means, independent of the database)
// ---------------------------------------------------------------------------------------------

export interface CsvOrganization {
  externalId: string;
  name: string;
  description: string;
  kvk: string | null;
  agb: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  status: 'active' | 'archived';
}

export interface CsvService {
  externalId: string;
  organizationExternalId: string;
  name: string;
  description: string;
  url: string | null;
  email: string | null;
  phone: string | null;
  status: ServiceStatus;
  kind: ServiceKind;
  law: Law;
  categoryCode: string | null;
  productCode: string | null;
  targetGroup: string | null;
  minimumAge: number | null;
  maximumAge: number | null;
  languages: string[];
  waitingWeeks: number | null;
  waitingReportedOn: string | null;
  acceptingNewClients: boolean;
  applicationProcess: string | null;
}

export interface CsvTariff {
  /** The contract id as exported; empty for a new tariff in a hand-made file. */
  id: string | null;
  organizationExternalId: string;
  productCode: string;
  lot: string | null;
  tariffCents: number;
  unit: TariffUnit;
  validFrom: string;
  validTo: string | null;
  archived: boolean;
}

export interface CsvIssue {
  /** Spreadsheet row (header = 1); 0 for the file as a whole. */
  row: number;
  column: CsvColumn | string | null;
  /** A message key with parameters (see app/domain/validation.ts `message`). */
  message: string;
}

// ---------------------------------------------------------------------------------------------
// The catalogue as an import sees it, and the plan of an import
// ---------------------------------------------------------------------------------------------

export interface ExistingOrganization extends CsvOrganization {
  id: string;
  version: number;
}
export interface ExistingService extends CsvService {
  id: string;
  version: number;
}
export interface ExistingTariff extends CsvTariff {
  id: string;
  version: number;
}

export interface CatalogueSnapshot {
  organizations: ReadonlyMap<string, ExistingOrganization>;
  services: ReadonlyMap<string, ExistingService>;
  tariffs: readonly ExistingTariff[];
  /** Product code → category code. */
  products: ReadonlyMap<string, string>;
}

export interface FieldChange {
  column: CsvColumn;
  from: string;
  to: string;
}

export type PlannedRow =
  | { type: 'aanbieder'; row: number; key: string; action: 'create' | 'update' | 'unchanged'; changes: FieldChange[]; record: CsvOrganization; existing?: ExistingOrganization }
  | { type: 'aanbod'; row: number; key: string; action: 'create' | 'update' | 'unchanged'; changes: FieldChange[]; record: CsvService; existing?: ExistingService }
  | { type: 'tarief'; row: number; key: string; action: 'create' | 'update' | 'unchanged'; changes: FieldChange[]; record: CsvTariff; existing?: ExistingTariff };

export interface ImportPlan {
  rows: PlannedRow[];
  errors: CsvIssue[];
  warnings: CsvIssue[];
  counts: { create: number; update: number; unchanged: number; errorRows: number; total: number };
}
