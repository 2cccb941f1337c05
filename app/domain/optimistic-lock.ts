/**
 * Optimistic locking: every edit form carries the version it was based on and the values it
 * showed. A save based on an older version is refused; this module says what changed in the
 * meantime (field, their saved value, your value), so nobody overwrites a colleague silently. Pure.
 */

/** Form values as text: one string per field, a list for multiple choices, a boolean for a checkbox. */
export type FormValue = string | string[] | boolean;
export type FormValues = Record<string, FormValue>;

/** A stored value as the text a form field shows (null and undefined are empty). */
export function formText(v: string | number | null | undefined): string {
  return v === null || v === undefined ? '' : String(v);
}

export interface ConflictRow {
  field: string;
  /** What the form showed when it was opened (null when unknown). */
  before: FormValue | null;
  /** What is saved now, by someone else. */
  theirs: FormValue;
  /** What this person submitted. */
  yours: FormValue;
}

const same = (a: FormValue | null | undefined, b: FormValue | null | undefined) => normalize(a) === normalize(b);

function normalize(value: FormValue | null | undefined): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return [...value].sort().join('\u0000');
  if (typeof value === 'boolean') return value ? '\u0001true' : '';
  return value.trim();
}

/** Reads the JSON snapshot a form carried; null when missing or not ours. */
export function parseSnapshot(json: string | null | undefined): FormValues | null {
  if (!json) return null;
  try {
    const value = JSON.parse(json) as unknown;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
    const result: FormValues = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (typeof v === 'string' || typeof v === 'boolean') result[k] = v;
      else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) result[k] = v as string[];
    }
    return result;
  } catch {
    return null;
  }
}

/**
 * The fields someone else changed since the form was opened (saved value differs from the
 * snapshot). Without a snapshot: every field where the saved value differs from yours.
 */
export function describeConflict(
  fields: readonly string[],
  snapshot: FormValues | null,
  current: FormValues,
  yours: FormValues,
): ConflictRow[] {
  const rows: ConflictRow[] = [];
  for (const field of fields) {
    const theirs = current[field] ?? '';
    const mine = yours[field] ?? '';
    const before = snapshot ? (snapshot[field] ?? '') : null;
    const changedByOthers = snapshot ? !same(before, theirs) : !same(theirs, mine);
    if (changedByOthers) rows.push({ field, before, theirs, yours: mine });
  }
  return rows;
}

/** Raw submitted form data as FormValues for the listed fields (checkbox fields become booleans). */
export function submittedValues(
  payload: Record<string, unknown>,
  fields: readonly string[],
  kinds: { checkboxes?: readonly string[]; lists?: readonly string[] } = {},
): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const raw = payload[field];
    if (kinds.checkboxes?.includes(field)) values[field] = raw === 'on' || raw === 'true' || raw === true;
    else if (kinds.lists?.includes(field)) values[field] = raw === undefined ? [] : (Array.isArray(raw) ? raw : [raw]).map(String);
    else values[field] = typeof raw === 'string' ? raw : raw === undefined || raw === null ? '' : String(raw);
  }
  return values;
}
