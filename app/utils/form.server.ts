/**
 * The one way a server action reads a form: only the field names its zod schema knows reach
 * conform. Conform turns `x[100000000]` into an array of that length and `a[0][0]…` into nesting
 * as deep as the name, and `submission.reply()` sends the parsed payload back to the browser; a
 * name the schema does not know is therefore dropped before parsing, and an array index must stay
 * below the schema's own maximum (or MAX_LIST_ITEMS). What a reply can echo is then only what
 * the form itself has: known fields, within the body-size limit (scripts/security/body-limit.ts).
 */
import { parseWithZod, unstable_coerceFormValue as coerceFormValue } from '@conform-to/zod';
import type { z } from 'zod';

/** Upper bound for an array index when a schema sets no maximum of its own. */
export const MAX_LIST_ITEMS = 500;
/** Longer field names than this are never part of our forms. */
const MAX_NAME_LENGTH = 200;
/** Deeper names than this are never part of our forms. */
const MAX_NAME_DEPTH = 8;

/** What a schema accepts at one place in the name tree. */
interface FieldNode {
  leaf: boolean;
  /** A record, `z.any()` or `z.unknown()`: a plain value only, no nested names. */
  keys?: Map<string, FieldNode>;
  element?: FieldNode;
  maxItems?: number;
}

interface ZodDef {
  typeName?: string;
  [key: string]: unknown;
}

const defOf = (schema: unknown): ZodDef => ((schema as { _def?: ZodDef })._def ?? {}) as ZodDef;

function merge(a: FieldNode, b: FieldNode): FieldNode {
  const result: FieldNode = { leaf: a.leaf || b.leaf };
  if (a.keys || b.keys) {
    const keys = new Map(a.keys ?? []);
    for (const [key, node] of b.keys ?? []) keys.set(key, keys.has(key) ? merge(keys.get(key)!, node) : node);
    result.keys = keys;
  }
  if (a.element || b.element) {
    result.element = a.element && b.element ? merge(a.element, b.element) : (a.element ?? b.element);
    result.maxItems = Math.max(a.maxItems ?? 0, b.maxItems ?? 0);
  }
  return result;
}

/** The tree of field names a zod schema accepts (wrappers, effects and unions looked through). */
export function fieldTree(schema: z.ZodTypeAny, depth = 0): FieldNode {
  if (depth > 20) return { leaf: true };
  const def = defOf(schema);
  const inner = (next: unknown) => fieldTree(next as z.ZodTypeAny, depth + 1);
  switch (def.typeName) {
    case 'ZodObject': {
      const shape = (typeof def.shape === 'function' ? (def.shape as () => Record<string, unknown>)() : {}) as Record<string, unknown>;
      return { leaf: false, keys: new Map(Object.entries(shape).map(([key, value]) => [key, inner(value)])) };
    }
    case 'ZodArray': {
      const max = (def.maxLength as { value?: number } | null)?.value ?? (def.exactLength as { value?: number } | null)?.value;
      // conform also accepts a single value for a list field (`name=value`).
      return { leaf: true, element: inner(def.type), maxItems: Math.min(max ?? MAX_LIST_ITEMS, MAX_LIST_ITEMS) };
    }
    case 'ZodTuple':
      return { leaf: false, element: (def.items as unknown[]).map(inner).reduce(merge, { leaf: false }), maxItems: (def.items as unknown[]).length };
    case 'ZodEffects':
      return inner(def.schema);
    case 'ZodOptional':
    case 'ZodNullable':
    case 'ZodDefault':
    case 'ZodCatch':
    case 'ZodReadonly':
      return inner(def.innerType);
    case 'ZodBranded':
      return inner(def.type);
    case 'ZodPipeline':
      return inner(def.in);
    case 'ZodLazy':
      return inner((def.getter as () => unknown)());
    case 'ZodUnion':
    case 'ZodDiscriminatedUnion': {
      const options = (Array.isArray(def.options) ? def.options : [...(def.options as Map<unknown, unknown>).values()]) as unknown[];
      return options.map(inner).reduce(merge, { leaf: false });
    }
    case 'ZodIntersection':
      return merge(inner(def.left), inner(def.right));
    default:
      return { leaf: true };
  }
}

const segmentPattern = /\.([^.[\]]+)|\[(\d{1,6})\]/y;

/** Whether conform would read `name` into a place the schema describes. */
export function isKnownName(tree: FieldNode, name: string): boolean {
  if (name.length === 0 || name.length > MAX_NAME_LENGTH) return false;
  const first = /^[^.[\]]+/.exec(name);
  if (!first) return false;
  let node = tree.keys?.get(first[0]);
  let position = first[0].length;
  let depth = 1;
  while (node && position < name.length) {
    if (++depth > MAX_NAME_DEPTH) return false;
    segmentPattern.lastIndex = position;
    const match = segmentPattern.exec(name);
    if (!match) return false;
    position = segmentPattern.lastIndex;
    if (match[1] !== undefined) node = node.keys?.get(match[1]);
    else node = node.element && Number(match[2]) < (node.maxItems ?? MAX_LIST_ITEMS) ? node.element : undefined;
  }
  return node !== undefined && (node.leaf || node.element !== undefined);
}

const trees = new WeakMap<object, FieldNode>();

function treeFor(schema: z.ZodTypeAny): FieldNode {
  let tree = trees.get(schema);
  if (!tree) {
    tree = fieldTree(schema);
    trees.set(schema, tree);
  }
  return tree;
}

/** A copy of the form with only the entries whose name the schema knows. */
export function knownFields(source: FormData | URLSearchParams, schema: z.ZodTypeAny): FormData {
  const tree = treeFor(schema);
  const kept = new FormData();
  for (const [name, value] of source.entries()) {
    if (isKnownName(tree, name)) kept.append(name, value);
  }
  return kept;
}

const coercedSchemas = new WeakMap<object, z.ZodTypeAny>();

/**
 * The schema with conform's form-value coercion (empty text is no value, numbers from text…),
 * made once per schema: parseWithZod does exactly this on every call, and rebuilding the coerced
 * copy of a schema cost more than parsing with it (0.4 ms for the compare form).
 */
function coercedFor<Schema extends z.ZodTypeAny>(schema: Schema): Schema {
  let coerced = coercedSchemas.get(schema);
  if (!coerced) coercedSchemas.set(schema, (coerced = coerceFormValue(schema)));
  return coerced as Schema;
}

/** conform's parseWithZod over the known fields only: use this in every action (and GET form loader). */
export function parseForm<Schema extends z.ZodTypeAny>(source: FormData | URLSearchParams, schema: Schema) {
  return parseWithZod(knownFields(source, schema), { schema: coercedFor(schema), disableAutoCoercion: true });
}

/**
 * The request's form, or a 400 when the body is not a form at all (no or another Content-Type,
 * a multipart body without a boundary or cut short): a client's mistake, never a 500.
 */
export async function readFormData(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw new Response('Bad Request: the body is not a form', { status: 400, headers: { 'Cache-Control': 'no-store' } });
  }
}
