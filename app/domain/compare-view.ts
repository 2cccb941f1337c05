/**
 * What /vergelijken sends to the browser: the form's options and the shown rows with only what the
 * page renders, in the reader's language. The loader data is encoded for every page (and sent
 * along for hydration), so names in the other language, a service name and per-year facts the
 * table does not show cost time and bytes for nothing. Pure.
 */
import type { Locale } from './enums';
import type { CompareOptions, ComparisonRow } from './compare';

export interface CompareFormOptions {
  categories: { code: string; name: string; products: { code: string; name: string }[] }[];
  districts: { slug: string; name: string }[];
}

const formOptions = new WeakMap<CompareOptions, Partial<Record<Locale, CompareFormOptions>>>();

/**
 * The form's options in one language, made once per options object (remembered until a write on
 * the server, listCompareOptions), so the form and the loader's parse share one schema
 * (compareSchemaFor).
 */
export function compareFormOptions(options: CompareOptions, locale: Locale): CompareFormOptions {
  let byLocale = formOptions.get(options);
  if (!byLocale) formOptions.set(options, (byLocale = {}));
  let result = byLocale[locale];
  if (!result) {
    const name = (item: { nameNl: string; nameEn: string }) => (locale === 'nl' ? item.nameNl : item.nameEn);
    result = {
      categories: options.categories.map((category) => ({
        code: category.code,
        name: name(category),
        products: category.products.map((product) => ({ code: product.code, name: name(product) })),
      })),
      districts: options.districts,
    };
    byLocale[locale] = result;
  }
  return result;
}

/** A row of the comparison table as the page shows it. */
export type CompareTableRow = Omit<ComparisonRow, 'serviceName' | 'productNameNl' | 'productNameEn' | 'years'> & {
  productName: string;
  /** Per contract year (shown when the indication spans more than one): its cost and whether it fits. */
  years: { year: number; costCents: number; fits: boolean; assessment: { status: ComparisonRow['ceiling']['status'] } }[];
};

/** The shown rows for the table; the per-year facts only when the table shows them (`multiYear`). */
export function compareTableRows(rows: readonly ComparisonRow[], locale: Locale, multiYear: boolean): CompareTableRow[] {
  return rows.map(({ serviceName: _serviceName, productNameNl, productNameEn, years, ...row }) => ({
    ...row,
    productName: locale === 'nl' ? productNameNl : productNameEn,
    years: multiYear && row.costCents !== null ? years.map((year) => ({ year: year.year, costCents: year.costCents, fits: year.fits, assessment: { status: year.assessment.status } })) : [],
  }));
}
