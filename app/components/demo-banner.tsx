import { useRouteLoaderData } from '@remix-run/react';
import type { RootData } from './use-translation';
import { useTranslation } from './use-translation';

/**
 * On every page of a demo database: a visible, plain-language notice that all data is made up.
 * A labelled region (not an alert: it is always there, so it should not interrupt a screen reader).
 */
export function DemoBanner() {
  const data = useRouteLoaderData('root') as RootData | undefined;
  const { t } = useTranslation();
  if (!data?.demo) return null;
  return (
    <section className="sk-demo-banner" aria-labelledby="sk-demo-banner-title" data-testid="demo-banner">
      <p className="sk-demo-banner__text">
        <strong id="sk-demo-banner-title">{t('demo.banner.title')}</strong> {t('demo.banner.text')}
      </p>
    </section>
  );
}
