/**
 * The frame of a provider's change proposal (/mijn-organisatie/…): back link, title, intro, the
 * form with its error summary, the entity's own fields, then the message and the submit button.
 */
import { getFormProps, type FormMetadata } from '@conform-to/react';
import { Form } from '@remix-run/react';
import type { ReactNode } from 'react';
import { ErrorSummary, SubmitButton, TextArea, type AnyField } from './admin-form';
import { Heading, Link, Paragraph } from './typography';
import { useTranslation } from './use-translation';

export function ProposalPage<Schema extends Record<string, unknown>>({
  title,
  name,
  form,
  messageField,
  children,
}: {
  title: string;
  name: string;
  form: FormMetadata<Schema, string[]>;
  messageField: AnyField;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="sk-narrow">
      <Paragraph>
        <Link to="/mijn-organisatie">← {t('own.title')}</Link>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      <Paragraph lead>{t('own.proposeIntro', { name })}</Paragraph>
      <Form method="post" {...getFormProps(form)} className="sk-form">
        <ErrorSummary errors={form.allErrors} formErrors={form.errors} />
        {children}
        <TextArea field={messageField} label={t('own.message')} description={t('own.messageHint')} optional rows={3} />
        <SubmitButton>{t('own.submit')}</SubmitButton>
      </Form>
    </div>
  );
}
