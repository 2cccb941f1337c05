/** The page where someone chooses a password through a one-time link (invitation or reset). */
import type { SubmissionResult } from '@conform-to/react';
import { useServerForm } from './form-server';
import { Form } from '@remix-run/react';
import type { setPasswordSchema } from '../utils/account-schemas';
import { FormErrors, TextField } from './account-forms';
import { Button } from './form';
import { Heading, Link, Paragraph } from './typography';
import { useTranslation } from './use-translation';

interface Props {
  title: string;
  intro: string;
  submitLabel: string;
  lastResult: SubmissionResult<string[]> | undefined;
  invalid: { title: string; text: string; link?: { to: string; label: string } } | null;
}

export function SetPasswordPage({ title, intro, submitLabel, lastResult, invalid }: Props) {
  const { t } = useTranslation();
  const [form, fields] = useServerForm<typeof setPasswordSchema>({ id: 'wachtwoord-kiezen', lastResult });
  if (invalid) {
    return (
      <div className="sk-narrow">
        <Heading level={1}>{invalid.title}</Heading>
        <Paragraph>{invalid.text}</Paragraph>
        {invalid.link ? (
          <Paragraph>
            <Link to={invalid.link.to}>{invalid.link.label}</Link>
          </Paragraph>
        ) : null}
      </div>
    );
  }
  return (
    <div className="sk-narrow">
      <Heading level={1}>{title}</Heading>
      <Paragraph>{intro}</Paragraph>
      <Form method="post" reloadDocument {...form.props} className="sk-form">
        <FormErrors errors={form.errors} />
        <TextField field={fields.password} label={t('reset.password')} description={t('password.hint')} type="password" autoComplete="new-password" />
        <TextField field={fields.passwordRepeat} label={t('reset.repeat')} type="password" autoComplete="new-password" />
        <Button type="submit">{submitLabel}</Button>
      </Form>
    </div>
  );
}
