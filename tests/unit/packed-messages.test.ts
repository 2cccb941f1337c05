/**
 * A page's messages travel packed: one JSON text per selection (app/i18n/route-messages.server.ts),
 * unpacked once per text in the browser (app/i18n/messages.ts). Unreadable text is no messages,
 * never a crash.
 */
import { describe, expect, it } from 'vitest';
import { unpackMessages, type PackedMessages } from '../../app/i18n/messages';
import { messagesForPage, packedMessagesForPage } from '../../app/i18n/route-messages.server';

const request = (path: string) => new Request(`http://localhost${path}`);

describe('packed messages', () => {
  it('unpack to the messages of the page, the same object for the same text', () => {
    const packed = packedMessagesForPage('en', request('/zoeken'), undefined, null);
    expect(typeof packed).toBe('string');
    const messages = unpackMessages(packed);
    expect(messages).toEqual(messagesForPage('en', request('/zoeken'), undefined, null));
    expect(messages['nav.home']).toBe('Home');
    expect(unpackMessages(`${packed}` as PackedMessages)).toBe(messages);
  });

  it('are made once per selection: the same text for every request of a page', () => {
    expect(packedMessagesForPage('nl', request('/zoeken?q=a'), undefined, null)).toBe(packedMessagesForPage('nl', request('/zoeken?q=b'), undefined, null));
    expect(packedMessagesForPage('nl', request('/zoeken'), undefined, null)).not.toBe(packedMessagesForPage('en', request('/zoeken'), undefined, null));
  });

  it('keep cost labels from viewers who may not see costs', () => {
    const resident = unpackMessages(packedMessagesForPage('nl', request('/zoeken'), undefined, 'citizen'));
    const staff = unpackMessages(packedMessagesForPage('nl', request('/zoeken'), undefined, 'staff'));
    expect(Object.keys(resident).some((key) => key.startsWith('pro.'))).toBe(false);
    expect(Object.keys(staff).some((key) => key.startsWith('pro.'))).toBe(true);
  });

  it('are no messages when missing or unreadable', () => {
    for (const text of [undefined, '', 'not json', '42', 'null', '{"a":']) {
      expect(unpackMessages(text as PackedMessages | undefined)).toEqual({});
    }
  });
});
