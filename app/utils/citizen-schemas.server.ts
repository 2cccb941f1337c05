/**
 * The zod schemas of the citizen pages' forms and query strings, in a server module so that the
 * pages' browser bundles do not load zod (issue 12: at most 100 kB of JavaScript per page). The
 * actions and loaders parse with them; the pages render fields from the action's reply
 * (app/components/form-server.ts) and name a schema only as a type.
 */
import { z } from 'zod';
import { currentPasswordField, emailField, nameField, withRepeatedPassword } from './account-schemas';

export { reportSchema, reviewFormSchema } from '../domain/review-schema';
export { errorReportSchema } from '../domain/change-request';

/** Sign in (/inloggen). */
export const signInSchema = z.object({
  email: emailField,
  password: currentPasswordField,
  terug: z.string().max(2000).optional(),
});

/** A code from the app (6 digits) or a recovery code: one field, the server tells them apart (/inloggen/code). */
export const signInCodeSchema = z.object({
  code: z.string({ required_error: 'mfa.error.codeRequired' }).trim().min(1, 'mfa.error.codeRequired').max(40, 'form.error.tooLong'),
  terug: z.string().max(2000).optional(),
});

/**
 * Registration (/registreren): name and address only, the password is chosen through the link in
 * the e-mail. That way the answer is the same whether or not the address has an account (issue 10,
 * finding 6).
 */
export const registrationSchema = z.object({ name: nameField, email: emailField });

/** Forgotten password (/wachtwoord-vergeten). */
export const forgotPasswordSchema = z.object({ email: emailField });

/** The account page's forms (/account). */
export const accountPasswordSchema = withRepeatedPassword({ intent: z.literal('password'), currentPassword: currentPasswordField });
const sessionSchema = z.object({ intent: z.literal('sign-out-device'), sessionId: z.string().min(1).max(100) });
const othersSchema = z.object({ intent: z.literal('sign-out-others') });
export const accountIntentSchema = z.discriminatedUnion('intent', [z.object({ intent: z.literal('password') }), sessionSchema, othersSchema]);

/** The notice after a change on /mijn-ervaringen. */
export const ownReviewsNoticeSchema = z.enum(['verstuurd', 'aangepast', 'ingetrokken']).optional().catch(undefined);

/** The filters of a provider's reviews (/aanbieders/:slug/ervaringen): unknown or malformed ones are ignored rather than failing the page. */
export const reviewListParamsSchema = z.object({
  dienst: z.string().max(100).optional().catch(undefined),
  geverifieerd: z
    .string()
    .optional()
    .transform((v) => v === '1' || v === 'on')
    .catch(false),
  pagina: z.coerce.number().int().min(1).max(100_000).catch(1),
  melding: z.enum(['gemeld', 'gereageerd']).optional().catch(undefined),
});

/** The schemas as types, for `useServerForm<…>` in the page components (a type import is erased). */
export type SignInSchema = typeof signInSchema;
export type SignInCodeSchema = typeof signInCodeSchema;
export type RegistrationSchema = typeof registrationSchema;
export type ForgotPasswordSchema = typeof forgotPasswordSchema;
export type AccountPasswordSchema = typeof accountPasswordSchema;
export type ReportSchema = typeof import('../domain/review-schema').reportSchema;
export type ErrorReportSchema = typeof import('../domain/change-request').errorReportSchema;
