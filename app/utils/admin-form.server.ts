/**
 * The server half every maintenance form shares: read the form with its zod schema, turn a
 * model's save result into the answer (redirect on success, 400 with field errors, 409 with what
 * changed when someone else saved first), and the notices after a redirect.
 */
import type { Submission } from '@conform-to/zod';
import { redirect, type TypedResponse } from '@remix-run/node';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { describeConflict, parseSnapshot, submittedValues } from '../domain/optimistic-lock';
import type { FormActionData } from './admin-form.types';
import { listAuditEntries } from '../models/audit.server';
import type { SaveResult } from '../models/catalogue-admin.server';
import { getOrganizationForAdmin } from '../models/organization-admin.server';
import { rememberedUntilWrite } from '../models/prepared.server';
import { parseForm } from './form.server';
import { requireUuidParam } from './params';
import { withInit } from './respond.server';

export const notices = {
  aangemaakt: 'maint.notice.created',
  opgeslagen: 'maint.notice.saved',
  gecontroleerd: 'maint.notice.verified',
  gearchiveerd: 'maint.notice.archived',
  hersteld: 'maint.notice.restored',
  verwijderd: 'maint.notice.deleted',
  goedgekeurd: 'maint.notice.approved',
  afgewezen: 'maint.notice.rejected',
  voorgesteld: 'maint.notice.proposed',
  gemeld: 'maint.notice.reported',
  geimporteerd: 'maint.notice.imported',
} as const;
export type Notice = keyof typeof notices;

/** The notice named in `?melding=` (post/redirect/get), as a message key, or null. */
export function noticeOf(request: Request): (typeof notices)[Notice] | null {
  const value = new URL(request.url).searchParams.get('melding');
  return value && value in notices ? notices[value as Notice] : null;
}

export function redirectWithNotice(path: string, notice: Notice): Redirect {
  const separator = path.includes('?') ? '&' : '?';
  return redirect(`${path}${separator}melding=${notice}`);
}

export type { FormActionData };

/** A redirect: typed as carrying no data, so `useActionData<typeof action>()` sees only the form's answer. */
export type Redirect = TypedResponse<never>;

export function invalidForm(submission: Submission<unknown>, intent?: string) {
  return withInit<FormActionData>({ intent, result: submission.reply() }, { status: 400 });
}

export interface SaveOptions {
  success: (id: string) => Redirect;
  fields: readonly string[];
  checkboxes?: readonly string[];
  lists?: readonly string[];
  intent?: string;
  /** The form's "as shown" JSON when the schema does not carry it (submitForm passes it on). */
  original?: string | null;
}

/** The answer to a save: redirect, 400 with field errors, 409 with the conflict, or 404. */
export function saveResponse(submission: Submission<unknown>, result: SaveResult, options: SaveOptions): Redirect | FormActionData {
  if (result.ok) return options.success(result.id);
  if (result.reason === 'notFound') notFound();
  if (result.reason === 'invalid') {
    return withInit<FormActionData>({ intent: options.intent, result: submission.reply({ fieldErrors: result.fieldErrors }) }, { status: 400 });
  }
  const payload = submission.payload as Record<string, unknown>;
  const yours = submittedValues(payload, options.fields, { checkboxes: options.checkboxes, lists: options.lists });
  if (options.fields.includes('hours')) yours.hours = hoursFromPayload(payload.hours);
  const snapshot = parseSnapshot(typeof payload.original === 'string' ? payload.original : (options.original ?? null));
  const rows = describeConflict(options.fields, snapshot, result.current, yours);
  return withInit<FormActionData>(
    {
      intent: options.intent,
      result: submission.reply({ formErrors: ['maint.conflict.title'] }),
      conflict: { rows, version: result.currentVersion, current: result.current },
    },
    { status: 409 },
  );
}

/** The opening-hours grid of a submitted form as the summary text the conflict rows compare. */
function hoursFromPayload(value: unknown): string {
  if (!Array.isArray(value)) return '';
  return value
    .map((slot) => slot as { weekday?: string; opensAt?: string; closesAt?: string })
    .filter((slot) => slot.opensAt && slot.closesAt)
    .map((slot) => ({ weekday: Number(slot.weekday), opensAt: slot.opensAt!.padStart(5, '0'), closesAt: slot.closesAt!.padStart(5, '0') }))
    .sort((a, b) => a.weekday - b.weekday || a.opensAt.localeCompare(b.opensAt))
    .map((p) => `${p.weekday} ${p.opensAt}-${p.closesAt}`)
    .join('; ');
}

/** A uuid route parameter, or a 404. */
export { requireUuidParam as uuidParam };

/** Answers the request with a 404. */
export function notFound(): never {
  throw new Response('Not found', { status: 404 });
}

/** A looked-up record, or a 404 when there is none. */
export function found<T>(value: T | null | undefined): T {
  if (!value) notFound();
  return value;
}

/**
 * A submitted maintenance form end to end: parse it with its schema (400 with the field errors when
 * that fails, under `options.intent`), hand the value to `save`, and answer as `saveResponse` does.
 */
export function submitForm<Schema extends z.ZodTypeAny>(formData: FormData, schema: Schema, save: (value: z.output<Schema>) => SaveResult, options: SaveOptions): Redirect | FormActionData {
  const submission = parseForm(formData, schema);
  if (submission.status !== 'success') return invalidForm(submission, options.intent);
  const original = formData.get('original');
  return saveResponse(submission, save(submission.value), { ...options, original: typeof original === 'string' ? original : null });
}

/** The last 20 audit entries of one record, with ISO dates, for a page's history section. */
export function recentHistory(db: Db, entityType: string, entityId: string) {
  return history(db, `${entityType}|${entityId}`, entityType, entityId);
}

/** The last 20 audit entries of a record: database facts alone, remembered until anything is written (app/models/prepared.server.ts). Shared: do not change the result. */
const history = rememberedUntilWrite((db: Db, _key: string, entityType: string, entityId: string) =>
  listAuditEntries(db, { entityType, entityId, limit: 20 }).map((e) => ({ ...e, at: e.at.toISOString() })),
);

/** The organisation named in `?aanbieder=` (the owner of a new service or location), or a 404. */
export function organizationFromQuery(db: Db, request: Request): { id: string; name: string } {
  const organizationId = requireUuidParam(new URL(request.url).searchParams.get('aanbieder') ?? undefined);
  const { organization } = found(getOrganizationForAdmin(db, organizationId));
  return { id: organization.id, name: organization.name };
}
