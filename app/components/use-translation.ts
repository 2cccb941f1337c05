import { useRouteLoaderData } from '@remix-run/react';
import { useMemo } from 'react';
import { makeTranslatorFrom, type Messages } from '../i18n/messages';
import type { Locale, Role } from '../domain/enums';
import { useLayoutMessages } from './layout-messages';

export interface RootData {
  locale: Locale;
  /** This page's messages in this language (app/i18n/route-messages.server.ts). */
  messages?: Messages;
  municipality: string;
  /** The signed-in user for the header: display name and role, nothing else. */
  user?: { name: string; role: Role } | null;
  /** The database is a demo with made-up data: every page shows the demo banner. */
  demo?: boolean;
}

/**
 * The translator for the current request's language. When the root loader did not run (an error
 * page after a failed action), the layout's messages stand in (./layout-messages.tsx).
 */
export function useTranslation() {
  const data = useRouteLoaderData('root') as RootData | undefined;
  const layout = useLayoutMessages();
  const locale = data?.locale ?? layout?.locale ?? 'nl';
  const messages = data?.messages ?? layout?.messages;
  const translator = useMemo(() => makeTranslatorFrom(locale, messages ?? {}), [locale, messages]);
  return { ...translator, municipality: data?.municipality ?? '' };
}

/** The signed-in user from the root loader (name and role), or null. */
export function useRootUser(): RootData['user'] {
  const data = useRouteLoaderData('root') as RootData | undefined;
  return data?.user ?? null;
}
