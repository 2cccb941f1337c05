/**
 * The layout's messages for a document rendered without the root loader's data: when an action
 * fails (a refused or unknown POST), the root error boundary renders and the root loader does not
 * run, so the page would have no messages. The server then provides the layout's messages in the
 * request's language (entry.server.tsx), writes them into the page as JSON, and the browser reads
 * them from there, so the error page is translated and hydrates the same.
 */
import { createContext, useContext } from 'react';
import type { Locale } from '../domain/enums';
import type { Messages } from '../i18n/messages';
import { scriptJson } from './script-json';

export interface LayoutMessages {
  locale: Locale;
  messages: Messages;
}

const LayoutMessagesContext = createContext<LayoutMessages | null>(null);

export const LayoutMessagesProvider = LayoutMessagesContext.Provider;

const SCRIPT_ID = 'sk-layout-messages';
let fromDocument: LayoutMessages | null | undefined;

function readFromDocument(): LayoutMessages | null {
  if (fromDocument !== undefined) return fromDocument;
  if (typeof document === 'undefined') return null;
  try {
    const text = document.getElementById(SCRIPT_ID)?.textContent;
    fromDocument = text ? (JSON.parse(text) as LayoutMessages) : null;
  } catch {
    fromDocument = null;
  }
  return fromDocument;
}

/** The layout's messages: from the server's provider, or in the browser from the page. */
export function useLayoutMessages(): LayoutMessages | null {
  return useContext(LayoutMessagesContext) ?? readFromDocument();
}

/** The layout's messages as JSON in the page (./script-json.ts), for the browser to read. */
export function LayoutMessagesScript({ value, nonce }: { value: LayoutMessages; nonce: string | undefined }) {
  return <script id={SCRIPT_ID} type="application/json" nonce={nonce} dangerouslySetInnerHTML={{ __html: scriptJson(value) }} />;
}
