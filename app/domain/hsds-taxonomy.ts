/**
 * HSDS 3.0 base shapes (a stable-id maker, JSON objects without empty fields) and the
 * taxonomies of the Dutch profile (docs/hsds-profile.md): iWmo and iJw categories, product
 * codes, kind of offer and law, with their ids and terms. Pure. Mapping is in hsds.ts.
 */
import type { Law, ServiceKind, TariffUnit } from './enums';

/** Stable UUID for a named thing (UUID v5 in the model): same input, same id, every export. */
export type StableId = (name: string) => string;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };
export type HsdsObject = { [key: string]: Json | undefined };

/** Leaves out null, undefined, empty strings and empty arrays. */
export function compact<T extends Record<string, unknown>>(object: T): HsdsObject {
  const result: HsdsObject = {};
  for (const [key, value] of Object.entries(object)) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    result[key] = value as Json;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Taxonomies of the Dutch profile
// ---------------------------------------------------------------------------------------------

export const taxonomyKeys = ['iwmo', 'ijw', 'productcode', 'soort-aanbod', 'wet'] as const;
export type TaxonomyKey = (typeof taxonomyKeys)[number];

export const taxonomyInfo: Record<TaxonomyKey, { name: string; description: string; uri?: string; version?: string }> = {
  iwmo: {
    name: 'iWmo productcategorie',
    description: 'Productcategorieën van de iStandaard iWmo (codelijst WMO757), 01 tot en met 18.',
    uri: 'https://informatiemodel.istandaarden.nl/iwmo',
    version: '3.2',
  },
  ijw: {
    name: 'iJw productcategorie',
    description: 'Productcategorieën van de iStandaard iJw (codelijst JZ020), 40 tot en met 55.',
    uri: 'https://informatiemodel.istandaarden.nl/ijw',
    version: '3.2',
  },
  productcode: {
    name: 'Gemeentelijke productcode',
    description: 'Productcodes die de gemeente binnen een productcategorie gebruikt; het bovenliggende begrip is de categorie.',
  },
  'soort-aanbod': {
    name: 'Soort aanbod',
    description: 'Algemene voorziening (gratis, zonder indicatie), maatwerkvoorziening via de gemeente, of landelijk ingekocht.',
  },
  wet: { name: 'Wet', description: 'De wet waaronder het aanbod valt: Wmo 2015, Jeugdwet, Participatiewet of geen.' },
};

export const kindTerms: Record<ServiceKind, { name: string; description: string }> = {
  general: { name: 'Algemene voorziening', description: 'Gratis, zonder indicatie of beschikking.' },
  contracted: { name: 'Maatwerkvoorziening', description: 'Door de gemeente ingekocht; u heeft een beschikking van de gemeente nodig.' },
  national: { name: 'Landelijk ingekocht', description: 'Zorg die gemeenten samen landelijk inkopen.' },
};

export const lawTerms: Record<Law, { name: string; description: string }> = {
  wmo: { name: 'Wmo 2015', description: 'Wet maatschappelijke ondersteuning 2015.' },
  jeugdwet: { name: 'Jeugdwet', description: 'Jeugdwet.' },
  participatiewet: { name: 'Participatiewet', description: 'Participatiewet.' },
  none: { name: 'Geen wet', description: 'Niet onder een specifieke wet.' },
};

/** Tariff units of iStandaarden WJ756, as HSDS `amount_description`. */
export const tariffUnitNames: Record<TariffUnit, string> = {
  '01': 'per minuut',
  '04': 'per uur',
  '14': 'per etmaal',
  '16': 'per dagdeel',
  '82': 'per stuk (output)',
  '83': 'per euro',
  '84': 'per stuk (inspanning)',
};

export const taxonomyId = (id: StableId, key: TaxonomyKey) => id(`taxonomy:${key}`);
export const termId = (id: StableId, key: TaxonomyKey, code: string) => id(`term:${key}:${code}`);

export function taxonomy(id: StableId, key: TaxonomyKey): HsdsObject {
  const info = taxonomyInfo[key];
  return compact({ id: taxonomyId(id, key), name: info.name, description: info.description, uri: info.uri, version: info.version });
}

export interface TermInput {
  key: TaxonomyKey;
  code: string;
  name: string;
  description: string;
  /** For product codes: the category they belong to. */
  parent?: { key: TaxonomyKey; code: string };
}

export function taxonomyTerm(id: StableId, term: TermInput): HsdsObject {
  return compact({
    id: termId(id, term.key, term.code),
    code: term.code,
    name: term.name,
    description: term.description,
    parent_id: term.parent ? termId(id, term.parent.key, term.parent.code) : undefined,
    taxonomy: taxonomyInfo[term.key].name,
    taxonomy_id: taxonomyId(id, term.key),
    language: 'nl',
  });
}
