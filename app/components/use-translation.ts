import { useRouteLoaderData } from '@remix-run/react';
import { makeTranslator } from '../i18n';
import type { Locale } from '../domain/enums';

export interface RootData {
  locale: Locale;
  municipality: string;
}

/** The translator for the current request's language (Dutch when the root loader did not run). */
export function useTranslation() {
  const data = useRouteLoaderData('root') as RootData | undefined;
  return { ...makeTranslator(data?.locale ?? 'nl'), municipality: data?.municipality ?? '' };
}
