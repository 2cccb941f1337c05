/** The query parameters of the HSDS API lists (/api/hsds/*), read and checked. Pure. */
import { z } from 'zod';

export const MAX_PER_PAGE = 200;

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const listParamsSchema = z.object({
  search: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  per_page: z.coerce.number().int().min(1).max(MAX_PER_PAGE).default(50),
  taxonomy_term_id: z.string().uuid().optional(),
  taxonomy_id: z.string().uuid().optional(),
  organization_id: z.string().uuid().optional(),
  modified_after: z
    .string()
    .refine((v) => !Number.isNaN(Date.parse(v)), 'must be an ISO 8601 date or date-time')
    .transform((v) => new Date(v))
    .optional(),
  postcode: z
    .string()
    .transform((v) => v.replace(/\s+/g, '').toUpperCase())
    .pipe(z.string().regex(/^[1-9]\d{3}([A-Z]{2})?$/, 'must be a Dutch postcode such as 3511 AB or 3511'))
    .optional(),
  proximity: z.coerce.number().positive().max(500_000).optional(),
  full: bool.optional(),
  full_service: bool.optional(),
  minimal: bool.optional(),
  parent_id: z.string().uuid().optional(),
  top_only: bool.optional(),
  format: z.enum(['json']).optional(),
});
export type ListParams = z.output<typeof listParamsSchema>;

export type ParsedParams = { ok: true; params: ListParams } | { ok: false; detail: string };

/** Reads the query string; unknown parameters are ignored, wrong values are a 400 with a reason. */
export function readListParams(url: URL): ParsedParams {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(listParamsSchema.shape)) {
    const value = url.searchParams.get(key);
    if (value !== null && value !== '') raw[key] = value;
  }
  const result = listParamsSchema.safeParse(raw);
  if (result.success) return { ok: true, params: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, detail: `${issue.path.join('.')}: ${issue.message}` };
}
