/**
 * Zod pieces shared by the account forms (browser and server alike). Error messages are
 * message keys; `useMessageText` translates them.
 */
import { z } from 'zod';
import { passwordProblem, PASSWORD_MAX_LENGTH } from '../domain/password-policy';
import { representsOrganization } from '../domain/visibility';

export const emailField = z
  .string({ required_error: 'form.error.emailRequired' })
  .trim()
  .toLowerCase()
  .max(254, 'form.error.tooLong')
  .email('form.error.emailInvalid');

export const nameField = z
  .string({ required_error: 'form.error.nameRequired' })
  .trim()
  .min(1, 'form.error.nameRequired')
  .max(100, 'form.error.nameTooLong');

/** A new password: long enough and not one everybody tries first. */
export const newPasswordField = z.string({ required_error: 'form.error.passwordRequired' }).superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem) ctx.addIssue({ code: 'custom', message: `password.problem.${problem}` });
});

export const currentPasswordField = z.string({ required_error: 'form.error.passwordRequired' }).max(PASSWORD_MAX_LENGTH, 'form.error.tooLong');

/** A new password typed twice. */
export function withRepeatedPassword<T extends z.ZodRawShape>(shape: T) {
  return z
    .object({ ...shape, password: newPasswordField, passwordRepeat: z.string({ required_error: 'password.error.repeatRequired' }) })
    .superRefine((value, ctx) => {
      if (value.password !== value.passwordRepeat) ctx.addIssue({ code: 'custom', path: ['passwordRepeat'], message: 'password.error.mismatch' });
    });
}

/** The invitation and password-reset pages: a new password, twice. */
export const setPasswordSchema = withRepeatedPassword({});

/** Roles an administrator can give; residents make their own account. */
export const assignableRoles = ['staff', 'contract_manager', 'policy', 'admin', 'provider'] as const;

const roleField = z.enum(assignableRoles, { errorMap: () => ({ message: 'form.error.roleRequired' }) });
const organizationField = z.string().trim().max(100).optional();

function requireOrganizationForProvider(value: { role: string; organizationId?: string | undefined }, ctx: z.RefinementCtx) {
  if (representsOrganization(value.role) && !value.organizationId) {
    ctx.addIssue({ code: 'custom', path: ['organizationId'], message: 'form.error.organizationRequired' });
  }
}

export const inviteSchema = z
  .object({ name: nameField, email: emailField, role: roleField, organizationId: organizationField })
  .superRefine(requireOrganizationForProvider);

export const roleChangeSchema = z
  .object({ intent: z.literal('role'), role: z.enum([...assignableRoles, 'citizen'], { errorMap: () => ({ message: 'form.error.roleRequired' }) }), organizationId: organizationField })
  .superRefine(requireOrganizationForProvider);
