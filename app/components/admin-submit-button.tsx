/**
 * The submit button of the maintenance forms: says it is busy while its own form is being sent.
 * In its own module so list pages (admin-layout) do not pull in the whole form kit and, with it,
 * every field label and conflict message (a page is sent the messages its modules can name).
 */
import type { ReactNode } from 'react';
import { useNavigation } from '@remix-run/react';
import { Button } from './form';
import { useTranslation } from './use-translation';

export function SubmitButton({ children, intent, appearance = 'primary', name = 'intent' }: { children: ReactNode; intent?: string; appearance?: 'primary' | 'secondary'; name?: string }) {
  const navigation = useNavigation();
  const { t } = useTranslation();
  const busy = navigation.state === 'submitting' && (intent === undefined || navigation.formData?.get(name) === intent);
  return (
    <Button type="submit" appearance={appearance} aria-disabled={busy || undefined} data-busy={busy || undefined}>
      {busy ? t('maint.form.busy') : children}
    </Button>
  );
}
