import { useRouteLoaderData } from '@remix-run/react';
import { makeTranslatorFrom, unpackMessages, type Messages, type PackedMessages } from '../i18n/messages';
import type { Locale, Role } from '../domain/enums';
import { useLayoutMessages } from './layout-messages';

export interface RootData {
  locale: Locale;
  /** This page's messages in this language, packed (app/i18n/route-messages.server.ts). */
  messages?: PackedMessages;
  municipality: string;
  /**
   * The signed-in user for the header: display name, role, and whether the policy counts them a
   * professional (decided on the server, so the browser needs no policy tables for the header).
   */
  user?: { name: string; role: Role; professional: boolean } | null;
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
  const messages = data?.messages ? unpackMessages(data.messages) : layout?.messages;
  return translatorFor(locale, messages ?? NO_MESSAGES, data?.municipality ?? '');
}

type PageTranslator = Readonly<ReturnType<typeof makeTranslatorFrom> & { municipality: string }>;
const NO_MESSAGES: Messages = {};
const translators = new WeakMap<Messages, Map<string, PageTranslator>>();

/**
 * One translator per set of messages, language and municipality, shared by every component of a
 * page (and of every page with the same messages: the server hands out one object per selection).
 * A search page asks for it about a hundred times; making it anew each time was garbage.
 */
function translatorFor(locale: Locale, messages: Messages, municipality: string): PageTranslator {
  let byKey = translators.get(messages);
  if (!byKey) {
    byKey = new Map();
    translators.set(messages, byKey);
  }
  const key = `${locale}\u0001${municipality}`;
  let translator = byKey.get(key);
  if (!translator) {
    translator = Object.freeze({ ...makeTranslatorFrom(locale, messages), municipality });
    byKey.set(key, translator);
  }
  return translator;
}

/** The signed-in user from the root loader (name and role), or null. */
export function useRootUser(): RootData['user'] {
  const data = useRouteLoaderData('root') as RootData | undefined;
  return data?.user ?? null;
}
