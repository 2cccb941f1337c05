import { useRouteLoaderData } from '@remix-run/react';
import { makeTranslator } from '../i18n';
import type { Locale, Role } from '../domain/enums';

export interface RootData {
  locale: Locale;
  municipality: string;
  /** The signed-in user for the header: display name and role, nothing else. */
  user?: { name: string; role: Role } | null;
  /** The database is a demo with made-up data: every page shows the demo banner. */
  demo?: boolean;
}

/** The translator for the current request's language (Dutch when the root loader did not run). */
export function useTranslation() {
  const data = useRouteLoaderData('root') as RootData | undefined;
  return { ...makeTranslator(data?.locale ?? 'nl'), municipality: data?.municipality ?? '' };
}

/** The signed-in user from the root loader (name and role), or null. */
export function useRootUser(): RootData['user'] {
  const data = useRouteLoaderData('root') as RootData | undefined;
  return data?.user ?? null;
}
