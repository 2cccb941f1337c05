/**
 * Translating from a set of messages: pure and safe for the browser. It never imports the
 * catalogues (only their key type), so the browser gets just the messages the server sent for
 * the current page and language (see app/i18n/route-messages.server.ts and
 * docs/decisions/015-messages-per-route.md). The server translates from the full catalogue with
 * the same code (app/i18n/index.ts).
 */
import type { Locale } from '../domain/enums';
import { formatInteger } from '../domain/format';
import type { MessageKey } from './catalogue';
import { unpackWith, type Packed } from '../domain/packed';

export type { MessageKey };
export type TranslateParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;
/** One language's messages; a page gets only the keys it can show. */
export type Messages = Partial<Record<MessageKey, string>>;

/**
 * A page's messages as the root loader sends them: one JSON text, made once per selection on the
 * server (app/i18n/route-messages.server.ts). As one string, the loader data's encoding copies it
 * instead of walking a few hundred keys and values on every request.
 */
export type PackedMessages = Packed<Messages>;

/** The messages in `packed`; the same object for the same text (app/domain/packed.ts). Unreadable text is no messages. */
export function unpackMessages(packed: PackedMessages | undefined): Messages {
  if (!packed) return NO_MESSAGES;
  return unpackWith(packed, readMessages);
}

function readMessages(text: string): Messages {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? (parsed as Messages) : NO_MESSAGES;
  } catch {
    return NO_MESSAGES;
  }
}
const NO_MESSAGES: Messages = Object.freeze({});

/**
 * What a route module exports as `messages` to say which messages its page needs: key prefixes
 * (`'search'` sends every `search.*` key, `'search.card'` every `search.card.*`). Not one of
 * Remix's browser route exports, so the list stays on the server. A page with parts that only
 * professionals are rendered (app/components/professional-only.ts) declares their messages apart,
 * as `professionalMessages`: only a viewer who may see costs is sent them.
 */
export type PageMessages = readonly string[];

/** Fills `{name}` placeholders; unknown placeholders stay as they are. */
export function interpolate(template: string, params?: TranslateParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/**
 * A translator over `lookup`. A key without a message is reported to `onMissing` and shown as
 * the key itself (never a crash); tests/unit/route-messages.test.ts keeps pages from getting there.
 */
export function createTranslator(locale: Locale, lookupIn: (key: MessageKey) => string | undefined, onMissing: (key: string) => void = reportMissing) {
  // Only a catalogue's own string entries count: `constructor` or `toString` are no messages.
  const lookup = (key: MessageKey): string | undefined => {
    const template = lookupIn(key);
    return typeof template === 'string' ? template : undefined;
  };
  const has = (key: string): key is MessageKey => lookup(key as MessageKey) !== undefined;
  const t: Translate = (key, params) => {
    const template = lookup(key);
    if (template === undefined) {
      onMissing(key);
      return key;
    }
    return interpolate(template, params);
  };
  /** Picks `<base>.one` or `<base>.other` by count (and `<base>.zero` when it exists). */
  const plural = (base: string, count: number, params: TranslateParams = {}) => {
    const zeroKey = `${base}.zero`;
    const key = (count === 0 && has(zeroKey) ? zeroKey : count === 1 ? `${base}.one` : `${base}.other`) as MessageKey;
    return t(key, { count: formatInteger(locale, count), ...params });
  };
  return { locale, t, plural, has };
}

function reportMissing(key: string) {
  console.error(`Message "${key}" was not sent to this page: add its prefix to the route's messages export`);
}

/** The translator over the messages a page received. */
export function makeTranslatorFrom(locale: Locale, messages: Messages) {
  return createTranslator(locale, (key) => (Object.hasOwn(messages, key) ? messages[key] : undefined));
}

/**
 * The translator for a route's `meta` function, over the messages in the root loader's data (the
 * same messages the page gets), with the municipality's name.
 */
export function metaTranslator(matches: readonly { id: string; data: unknown }[]) {
  const root = matches.find((match) => match.id === 'root')?.data as { locale?: Locale; messages?: PackedMessages; municipality?: string } | undefined;
  return { ...makeTranslatorFrom(root?.locale ?? 'nl', unpackMessages(root?.messages)), municipality: root?.municipality ?? '' };
}
