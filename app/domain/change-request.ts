/**
 * Change requests: what a provider may propose for its own entry, what anyone may report
 * ("Klopt er iets niet?"), and the field-by-field comparison a contract manager decides on. Pure.
 *
 * A request's `changes` is a JSON object of field → proposed value (camelCase field names, values
 * as stored: text, whole numbers, booleans, or null to clear a field). Changes apply to the
 * service when the request names one, otherwise to the organisation.
 */
import { z } from 'zod';
import { serviceStatuses } from './enums';
import { checkbox } from './catalogue-forms';
import { choice, email, message, optional, phone, requiredText, website, wholeNumber } from './validation';

export const proposableOrganizationFields = ['description', 'website', 'email', 'phone'] as const;

export const proposableServiceFields = [
  'description',
  'targetGroup',
  'applicationProcess',
  'minimumAge',
  'maximumAge',
  'waitingWeeks',
  'acceptingNewClients',
  'url',
  'email',
  'phone',
  'status',
] as const;

const organizationFieldSchemas = {
  description: optional(requiredText(4000)),
  website: optional(website),
  email: optional(email),
  phone: optional(phone),
};

const serviceFieldSchemas = {
  description: optional(requiredText(4000)),
  targetGroup: optional(requiredText(300)),
  applicationProcess: optional(requiredText(2000)),
  minimumAge: optional(wholeNumber(0, 120)),
  maximumAge: optional(wholeNumber(0, 120)),
  waitingWeeks: optional(wholeNumber(0, 520)),
  acceptingNewClients: checkbox,
  url: optional(website),
  email: optional(email),
  phone: optional(phone),
  status: choice(serviceStatuses),
};

const proposalMessage = { message: optional(requiredText(1000)) };

/** The provider's form for its organisation: every field shows the current value to start with. */
export const organizationProposalSchema = z.object({ ...organizationFieldSchemas, ...proposalMessage });
/** The provider's form for one of its services. */
export const serviceProposalSchema = z
  .object({ ...serviceFieldSchemas, ...proposalMessage })
  .superRefine((v, ctx) => {
    if (v.minimumAge !== null && v.maximumAge !== null && v.minimumAge > v.maximumAge) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['maximumAge'], message: message('v.ageOrder') });
    }
  });

import { errorReportTopics, type ErrorReportTopic } from './error-report-topics';
export { errorReportTopics, type ErrorReportTopic };

/** "Klopt er iets niet?": open to anyone, signed in or not. `homepage` is a honeypot for robots. */
export const errorReportSchema = z.object({
  topic: choice(errorReportTopics),
  serviceId: optional(z.string().uuid(message('v.choice'))),
  suggestion: optional(requiredText(500)),
  message: requiredText(2000),
  email: optional(email),
  homepage: z.string().optional(),
});
export type ErrorReportInput = z.output<typeof errorReportSchema>;

export type StoredValue = string | number | boolean | null;
export type Changes = Record<string, StoredValue>;

/** The fields that differ between what is stored and what was proposed (both as stored values). */
export function changedFields(current: Record<string, StoredValue>, proposed: Record<string, StoredValue>, fields: readonly string[]): Changes {
  const changes: Changes = {};
  for (const field of fields) {
    if (!(field in proposed)) continue;
    const before = current[field] ?? null;
    const after = proposed[field] ?? null;
    if (String(before ?? '') !== String(after ?? '')) changes[field] = after;
  }
  return changes;
}

/**
 * The structured change a report carries: a new phone number, e-mail address or website for the
 * organisation (or the service the report is about), when the suggestion is a valid one.
 */
export function reportedChange(topic: ErrorReportTopic, suggestion: string | null, forService: boolean): Changes {
  if (!suggestion) return {};
  const field = topic === 'phone' ? 'phone' : topic === 'email' ? 'email' : topic === 'website' ? (forService ? 'url' : 'website') : null;
  if (!field) return {};
  const schema = field === 'phone' ? phone : field === 'email' ? email : website;
  const result = schema.safeParse(suggestion);
  return result.success ? { [field]: result.data as string } : {};
}

/** Parses a request's stored JSON; anything that is not a flat object of plain values is dropped. */
export function parseChanges(json: string): Changes {
  try {
    const value = JSON.parse(json) as unknown;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    const result: Changes = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') result[k] = v;
    }
    return result;
  } catch {
    return {};
  }
}

export type ValidatedChanges = { ok: true; values: Changes } | { ok: false; field: string; message: string };

/**
 * Checks stored proposed values again before they are applied (a request may be old, or made by
 * hand): only known fields, each valid by the same rules as the forms.
 */
export function validateChanges(target: 'organization' | 'service', changes: Changes): ValidatedChanges {
  const schemas: Record<string, z.ZodTypeAny> = target === 'organization' ? organizationFieldSchemas : serviceFieldSchemas;
  const values: Changes = {};
  for (const [field, raw] of Object.entries(changes)) {
    const schema = schemas[field];
    if (!schema) return { ok: false, field, message: message('cr.unknownField', { field }) };
    const input = raw === null ? undefined : typeof raw === 'boolean' ? (raw ? 'on' : undefined) : String(raw);
    const result = schema.safeParse(input);
    if (!result.success) return { ok: false, field, message: result.error.issues[0]?.message ?? message('v.choice') };
    values[field] = (result.data ?? null) as StoredValue;
  }
  return { ok: true, values };
}

export interface DiffRow {
  field: string;
  current: StoredValue;
  proposed: StoredValue;
  changed: boolean;
}

/** One row per proposed field: what is stored now and what is proposed. */
export function diffChanges(current: Record<string, StoredValue>, changes: Changes): DiffRow[] {
  return Object.entries(changes).map(([field, proposed]) => {
    const now = current[field] ?? null;
    return { field, current: now, proposed, changed: String(now ?? '') !== String(proposed ?? '') };
  });
}
