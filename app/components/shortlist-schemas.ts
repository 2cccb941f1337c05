/**
 * The shortlist forms: one zod schema per form, shared by the components (conform) and the
 * actions. Errors are message keys (see app/i18n/features/compare.ts).
 */
import { z } from 'zod';
import { containsAmount, containsPersonalNumber, SHORTLIST_NOTE_MAX, SHORTLIST_TITLE_MAX } from '../domain/shortlist';

const note = z
  .string()
  .trim()
  .max(SHORTLIST_NOTE_MAX, 'shortlist.error.noteTooLong')
  .refine((text) => !containsAmount(text), 'shortlist.error.noteAmount')
  .refine((text) => !containsPersonalNumber(text), 'shortlist.error.personalNumber');

const title = z
  .string({ required_error: 'shortlist.error.titleMissing' })
  .trim()
  .min(1, 'shortlist.error.titleMissing')
  .max(SHORTLIST_TITLE_MAX, 'shortlist.error.titleTooLong')
  .refine((text) => !containsPersonalNumber(text), 'shortlist.error.personalNumber');

const id = z.string().trim().min(1).max(64);

/** A new list (on /keuzelijst). */
export const createShortlistSchema = z.object({
  titel: title,
  notitie: note.optional(),
});

/** Put a provider on a list; without `lijst` a new list is made (`titel`, or a dated default). */
export const addToShortlistSchema = z.object({
  organisatie: id,
  dienst: id.optional(),
  lijst: z.number({ invalid_type_error: 'shortlist.error.listUnknown' }).int().positive().optional(),
  titel: title.optional(),
  notitie: note.optional(),
  terug: z.string().max(2000).optional(),
});

const itemId = z.number().int().positive();

/** Everything that changes one list (on /keuzelijst/:id), told apart by `intent`. */
export const shortlistActionSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('details'), titel: title, notitie: note.optional() }),
  z.object({ intent: z.literal('note'), item: itemId, notitie: note.optional() }),
  z.object({ intent: z.literal('remove'), item: itemId }),
  z.object({ intent: z.literal('move-up'), item: itemId }),
  z.object({ intent: z.literal('move-down'), item: itemId }),
  z.object({ intent: z.literal('share') }),
  z.object({ intent: z.literal('unshare') }),
  z.object({ intent: z.literal('delete'), bevestig: z.literal('ja', { errorMap: () => ({ message: 'shortlist.error.confirmDelete' }) }) }),
]);

