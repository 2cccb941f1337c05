/**
 * The taxonomies of the Dutch HSDS profile (iWmo and iJw categories, product codes, kind of
 * offer, law) and their terms, and the stable ids (UUID v5) for things without a row of their
 * own. Read by the HSDS API (/api/hsds/taxonomies, /taxonomy_terms) and hsds.server.ts.
 */
import { createHash } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { productCategories, products } from '../../db/schema';
import { productCategories as categoryList } from '../domain/categories';
import { laws, serviceKinds } from '../domain/enums';
import {
  kindTerms,
  lawTerms,
  page,
  taxonomy,
  taxonomyId,
  taxonomyKeys,
  taxonomyTerm,
  termId,
  type HsdsObject,
  type ServiceRow,
  type StableId,
  type TaxonomyKey,
  type TermInput,
} from '../domain/hsds';
import type { ListParams } from '../domain/hsds-params';

// ---------------------------------------------------------------------------------------------
// Stable ids (UUID v5) for things that have no row of their own: taxonomies, terms, addresses…
// ---------------------------------------------------------------------------------------------

const NAMESPACE = Buffer.from('5b0c2f0e8d4a4e7b9c3d1a2b3c4d5e6f', 'hex');

export const stableId: StableId = (name) => {
  const hash = createHash('sha1').update(NAMESPACE).update(name).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
};

// ---------------------------------------------------------------------------------------------
// Taxonomy terms of the Dutch profile
// ---------------------------------------------------------------------------------------------

interface TermEntry extends TermInput {
  id: string;
}

export function allTerms(db: Db): TermEntry[] {
  const terms: TermInput[] = [
    ...categoryList.map((c) => ({
      key: (c.law === 'wmo' ? 'iwmo' : 'ijw') as TaxonomyKey,
      code: c.code,
      name: c.nameNl,
      description: `${c.code} ${c.nameNl} (${c.law === 'wmo' ? 'Wmo 2015' : 'Jeugdwet'})`,
    })),
    ...db
      .select({ code: products.code, categoryCode: products.categoryCode, nameNl: products.nameNl, law: productCategories.law })
      .from(products)
      .innerJoin(productCategories, eq(productCategories.code, products.categoryCode))
      .orderBy(asc(products.code))
      .all()
      .map((p) => ({
        key: 'productcode' as TaxonomyKey,
        code: p.code,
        name: p.nameNl,
        description: `Productcode ${p.code}: ${p.nameNl}`,
        parent: { key: (p.law === 'wmo' ? 'iwmo' : 'ijw') as TaxonomyKey, code: p.categoryCode },
      })),
    ...serviceKinds.map((k) => ({ key: 'soort-aanbod' as TaxonomyKey, code: k, ...kindTerms[k] })),
    ...laws.map((l) => ({ key: 'wet' as TaxonomyKey, code: l, ...lawTerms[l] })),
  ];
  return terms.map((t) => ({ ...t, id: termId(stableId, t.key, t.code) }));
}

export function termsOfService(s: ServiceRow, byKeyCode: Map<string, TermEntry>): TermInput[] {
  const result: TermInput[] = [];
  const add = (key: TaxonomyKey, code: string | null) => {
    const term = code ? byKeyCode.get(`${key}:${code}`) : undefined;
    if (term) result.push(term);
  };
  if (s.categoryCode) add(Number(s.categoryCode) >= 40 ? 'ijw' : 'iwmo', s.categoryCode);
  add('productcode', s.productCode);
  add('soort-aanbod', s.kind);
  add('wet', s.law);
  return result;
}

export function listTaxonomies(params: ListParams) {
  const q = params.search?.toLowerCase();
  const all = taxonomyKeys.map((key) => taxonomy(stableId, key)).filter((t) => !q || `${t.name} ${t.description}`.toLowerCase().includes(q));
  const start = (params.page - 1) * params.per_page;
  return page(all.slice(start, start + params.per_page), all.length, params.page, params.per_page);
}

export function getTaxonomy(id: string): HsdsObject | undefined {
  const key = taxonomyKeys.find((k) => taxonomyId(stableId, k) === id);
  return key ? taxonomy(stableId, key) : undefined;
}

export function listTaxonomyTerms(db: Db, params: ListParams) {
  const q = params.search?.toLowerCase();
  let terms = allTerms(db);
  if (params.taxonomy_id) terms = terms.filter((t) => taxonomyId(stableId, t.key) === params.taxonomy_id);
  if (params.parent_id) terms = terms.filter((t) => t.parent && termId(stableId, t.parent.key, t.parent.code) === params.parent_id);
  if (params.top_only) terms = terms.filter((t) => !t.parent);
  if (q) terms = terms.filter((t) => `${t.code} ${t.name} ${t.description}`.toLowerCase().includes(q));
  const start = (params.page - 1) * params.per_page;
  return page(terms.slice(start, start + params.per_page).map((t) => taxonomyTerm(stableId, t)), terms.length, params.page, params.per_page);
}

export function getTaxonomyTerm(db: Db, id: string): HsdsObject | undefined {
  const term = allTerms(db).find((t) => t.id === id);
  return term ? taxonomyTerm(stableId, term) : undefined;
}
