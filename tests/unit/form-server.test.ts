/**
 * The server-validated form state (app/components/form-server.ts): what the kit's fields get from
 * the action's `submission.reply()` when the browser runs neither zod nor conform.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseWithZod } from '@conform-to/zod';
import { serverFormState } from '../../app/components/form-server';

const schema = z.object({ email: z.string({ required_error: 'form.error.emailRequired' }).email('form.error.emailInvalid'), topics: z.array(z.string()).optional() });
type ReplyOptions = { formErrors?: string[]; hideFields?: string[]; resetForm?: boolean };
const reply = (entries: [string, string][], options?: ReplyOptions) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return parseWithZod(data, { schema }).reply(options as never);
};

describe('serverFormState', () => {
  it('before any submit: ids per form and name, the defaults, no errors', () => {
    const { form, field } = serverFormState({ id: 'f', defaultValue: { email: 'a@b.nl', topics: ['x', 'y'] } });
    expect(form.errors).toBeUndefined();
    expect(form.props).toEqual({ id: 'f', noValidate: true });
    expect(field('email')).toMatchObject({ id: 'f-email', name: 'email', defaultValue: 'a@b.nl', errors: undefined, key: undefined });
    expect(field('topics').defaultOptions).toEqual(['x', 'y']);
  });

  it('after a refused submit: the errors at the fields, the sent values, hidden fields left out', () => {
    const { form, field } = serverFormState({ id: 'f', lastResult: reply([['email', 'niet-goed']], { formErrors: ['signIn.failed'], hideFields: ['topics'] }) });
    expect(field('email')).toMatchObject({ errors: ['form.error.emailInvalid'], defaultValue: 'niet-goed' });
    expect(form.errors).toEqual(['signIn.failed']);
    expect(form.allErrors).toMatchObject({ email: ['form.error.emailInvalid'], '': ['signIn.failed'] });
    expect(form.props).toEqual({ id: 'f', noValidate: true, 'aria-invalid': true, 'aria-describedby': 'f-error' });
    expect(field('topics').defaultValue).toBeUndefined();
  });

  it('a reset reply brings the defaults back and a new key remounts the inputs', () => {
    const { form, field } = serverFormState({ id: 'f', lastResult: reply([['email', 'a@b.nl']], { resetForm: true }), defaultValue: { email: '' } }, 1);
    expect(form.errors).toBeUndefined();
    expect(field('email')).toMatchObject({ defaultValue: '', errors: undefined, key: '1' });
  });
});
