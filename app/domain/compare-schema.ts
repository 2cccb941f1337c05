/**
 * The comparison form (/vergelijken): one zod schema for the browser (conform) and the loader.
 * It is a GET form, so every comparison is a URL. Errors are message keys, optionally with
 * parameters (app/domain/validation-message.ts), so the same schema speaks Dutch and English.
 */
import { z } from 'zod';
import { comparisonSortKeys, postcodeDigits, sortDirections, type CompareOptions } from './compare';
import { tariffUnits } from './enums';
import { message } from './validation-message';
import { indicationIssues, type DurationUnit, type IndicationField, type IndicationFrequency, type IndicationInput, type IndicationIssue } from './indication';

/** URL words for the frequency and the duration unit (Dutch URLs). */
export const frequencyWords = { week: 'week', maand: 'month', totaal: 'total' } as const satisfies Record<string, IndicationFrequency>;
export const durationWords = { weken: 'weeks', maanden: 'months' } as const satisfies Record<string, DurationUnit>;

const fieldOf: Record<IndicationField, 'aantal' | 'duur' | 'start' | 'einde'> = { volume: 'aantal', duration: 'duur', start: 'start', end: 'einde' };

function issueMessage(issue: IndicationIssue): string {
  switch (issue.code) {
    case 'notPositive':
      return issue.field === 'volume' ? 'compare.error.volumePositive' : 'compare.error.durationPositive';
    case 'tooLarge':
      return message('compare.error.volumeTooLarge', { max: issue.max });
    case 'tooMuch':
      return message(`compare.error.tooMuch.${issue.frequency}`, { max: issue.max, unit: `compare.unit.${issue.unit}.other` });
    case 'missing':
      return 'compare.error.durationMissing';
    case 'tooLong':
      return issue.field === 'end' ? 'compare.error.endTooLate' : 'compare.error.durationTooLong';
    case 'invalidDate':
      return 'compare.error.date';
    case 'beforeStart':
      return 'compare.error.endBeforeStart';
  }
}

/** "1,5" and "1.5" both mean one and a half. */
function decimal(missing: string) {
  return z
    .string({ required_error: missing })
    .trim()
    .max(20)
    .transform((value, ctx) => {
      const number = Number(value.replace(/\s/g, '').replace(',', '.'));
      if (!Number.isFinite(number)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'compare.error.number', fatal: true });
        return z.NEVER;
      }
      return number;
    });
}

export interface CompareSchemaOptions {
  /** Product codes and category codes that can be compared. */
  productCodes: ReadonlySet<string>;
  districtSlugs: ReadonlySet<string>;
  /** The default first day (today, YYYY-MM-DD). */
  today: string;
}

export function compareSchema(options: CompareSchemaOptions) {
  return z
    .object({
      product: z
        .string({ required_error: 'compare.error.productMissing' })
        .trim()
        .max(10)
        .refine((code) => options.productCodes.has(code), 'compare.error.productUnknown'),
      wijk: z
        .string()
        .max(80)
        .optional()
        .refine((slug) => slug === undefined || options.districtSlugs.has(slug), 'compare.error.districtUnknown'),
      postcode: z
        .string()
        .trim()
        .max(10)
        .optional()
        .refine((value) => !value || postcodeDigits(value) !== null, 'compare.error.postcode'),
      aantal: decimal('compare.error.volumeMissing'),
      eenheid: z.enum(tariffUnits, { errorMap: () => ({ message: 'compare.error.choice' }) }).default('04'),
      per: z.enum(['week', 'maand', 'totaal'], { errorMap: () => ({ message: 'compare.error.choice' }) }).default('week'),
      duur: decimal('compare.error.durationMissing').optional(),
      duureenheid: z.enum(['weken', 'maanden'], { errorMap: () => ({ message: 'compare.error.choice' }) }).default('weken'),
      start: z.string().trim().max(10).optional(),
      einde: z.string().trim().max(10).optional(),
      sorteer: z.enum(comparisonSortKeys).optional().catch(undefined),
      richting: z.enum(sortDirections).optional().catch(undefined),
      lijst: z.number().int().positive().optional().catch(undefined),
    })
    .superRefine((value, ctx) => {
      for (const issue of indicationIssues(toIndication(value, options.today))) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: [fieldOf[issue.field]], message: issueMessage(issue) });
      }
    });
}

export type CompareValues = z.output<ReturnType<typeof compareSchema>>;

/** The indication the form describes. */
export function toIndication(
  value: Pick<CompareValues, 'aantal' | 'eenheid' | 'per' | 'duur' | 'duureenheid' | 'start' | 'einde'>,
  today: string,
): IndicationInput {
  return {
    volume: value.aantal,
    unit: value.eenheid,
    frequency: frequencyWords[value.per],
    start: value.start || today,
    duration: value.duur === undefined ? null : { count: value.duur, unit: durationWords[value.duureenheid] },
    end: value.einde || null,
  };
}

/** The query string of a comparison, for links that change one thing (sorting, the list). */
export function compareSearch(values: Record<string, string | number | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  return params.toString();
}

/** What the schema needs of the form's options: the codes and slugs it accepts. */
type SchemaOptions = Pick<CompareOptions, 'districts'> & { categories: readonly { code: string; products: readonly { code: string }[] }[] };

const schemas = new WeakMap<SchemaOptions, Map<string, ReturnType<typeof compareSchema>>>();

/**
 * The compare form's schema for these options and day, made once per options object: on the
 * server the options are remembered until a write (listCompareOptions), and the loader and the
 * form's server render get the same object. Building the schema with its sets of codes cost
 * more than parsing with it.
 */
export function compareSchemaFor(options: SchemaOptions, today: string): ReturnType<typeof compareSchema> {
  let byDay = schemas.get(options);
  if (!byDay) schemas.set(options, (byDay = new Map()));
  let schema = byDay.get(today);
  if (!schema) {
    if (byDay.size >= 4) byDay.clear();
    schema = compareSchema({
      productCodes: new Set(options.categories.flatMap((c) => [c.code, ...c.products.map((p) => p.code)])),
      districtSlugs: new Set(options.districts.map((d) => d.slug)),
      today,
    });
    byDay.set(today, schema);
  }
  return schema;
}
