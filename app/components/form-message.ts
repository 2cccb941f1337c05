/**
 * The one place where a validation message (app/domain/validation-message.ts: a message key,
 * optionally with parameters) becomes text in the reader's language. Whole numbers in the
 * parameters are written the reader's way ("1.000"), a parameter that is itself a message key is
 * translated too ("uur"). A raw key is never shown: a message that looks like a key (one word, no
 * spaces) but is no key of ours gives the reader a general message, and development logs it. A
 * sentence is shown as it is: the server translated it already because it holds a computed value
 * in the reader's words ("Wacht 30 seconden", the sign-in and two-step throttles).
 */
import { parseMessage, type MessageParams } from '../domain/validation-message';
import type { Locale } from '../domain/enums';
import { formatInteger } from '../domain/format';
import type { MessageKey, Translate } from '../i18n/messages';
import { useTranslation } from './use-translation';

/** What the message text needs of a translator: its texts, and whether a key is one of them. */
export type MessageTranslator = { t: Translate; has: (key: string) => key is MessageKey };

/** Words with spaces, not a key (`a.b`) nor a key with parameters (`a.b|{…}`). */
const isSentence = (text: string) => /\s/.test(text) && !text.includes('|') && !/^[\w-]+(\.[\w-]+)+(\s|$)/.test(text);

function reportUnknown(text: string) {
  if (process.env.NODE_ENV === 'development') console.warn(`[form] no message for ${JSON.stringify(text)}`);
}

/** The text of one message; `onUnknown` hears about a message that is not one of ours. */
export function messageText({ t, has: isKey }: MessageTranslator, locale: Locale, text: string, onUnknown: (text: string) => void = reportUnknown): string {
  const { key, params } = parseMessage(text);
  if (!isKey(key)) {
    if (isSentence(text)) return text;
    onUnknown(text);
    return t('form.error.unknown');
  }
  if (!params) return t(key);
  const filled: MessageParams = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'number' && Number.isInteger(value)) filled[name] = formatInteger(locale, value);
    else if (typeof value === 'string' && isKey(value)) filled[name] = t(value);
    else filled[name] = value;
  }
  return t(key, filled);
}

/** Turns a message, or the first of a field's messages, into text (undefined when there is none). */
export function useMessageText() {
  const translator = useTranslation();
  return (text: string | readonly string[] | null | undefined): string | undefined => {
    const first = typeof text === 'string' ? text : text?.[0];
    return first ? messageText(translator, translator.locale, first) : undefined;
  };
}
