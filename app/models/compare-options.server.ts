/**
 * What the compare form offers (/vergelijken): the products that have contracts, grouped by
 * category, and the districts; and the centre of a postcode for distances. Professionals only.
 */
import { asc, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { districts, products } from '../../db/schema';
import { productCategories as categoryList } from '../domain/categories';
import type { CompareOptions } from '../domain/compare';
import type { TariffUnit } from '../domain/enums';
import { assertCanSee, type Viewer } from '../domain/visibility';
import { once, rememberedUntilWrite } from './prepared.server';


/** The products that have contracts, grouped by category, and the districts: what the form offers. */
export function listCompareOptions(db: Db, viewer: Viewer): CompareOptions {
  assertCanSee(viewer, 'costs', 'listCompareOptions');
  return compareOptions(db, '');
}

/** The same for every professional until the database changes. */
const compareOptions = rememberedUntilWrite((db: Db): CompareOptions => {
  const productRows = optionQueries(db).products.all();
  const categories = categoryList
    .map((category) => ({
      code: category.code,
      nameNl: category.nameNl,
      nameEn: category.nameEn,
      products: productRows.filter((p) => p.categoryCode === category.code).map(({ code, nameNl, nameEn, unit }) => ({ code, nameNl, nameEn, unit })),
    }))
    .filter((category) => category.products.length > 0);
  const districtRows = optionQueries(db).districts.all();
  return { categories, districts: districtRows };
});

const optionQueries = once((db: Db) => ({
  products: db
    .select({
      code: products.code,
      categoryCode: products.categoryCode,
      nameNl: products.nameNl,
      nameEn: products.nameEn,
      // The unit most contracts of the product use (one per product in practice).
      unit: sql<TariffUnit | null>`(SELECT c.unit FROM contracts c WHERE c.product_code = ${products.code} AND c.archived_at IS NULL GROUP BY c.unit ORDER BY count(*) DESC LIMIT 1)`,
    })
    .from(products)
    .where(sql`EXISTS (SELECT 1 FROM contracts c WHERE c.product_code = ${products.code} AND c.archived_at IS NULL)`)
    .orderBy(asc(products.code))
    .prepare(),
  districts: db.select({ slug: districts.slug, name: districts.name }).from(districts).orderBy(asc(districts.name)).prepare(),
}));
