/**
 * The form kit's pure parts: the one validation-message encoding, the one way it becomes text
 * (never a raw key), the honeypot check, and source checks that keep one way of doing each thing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { messageText } from '../../app/components/form-message';
import { honeypotFilled, HONEYPOT_FIELD } from '../../app/domain/honeypot';
import { message, parseMessage } from '../../app/domain/validation-message';
import { makeTranslator } from '../../app/i18n';
import { requireIdParam, requireUuidParam } from '../../app/utils/params';
import { projectRoot } from '../support/paths';

const nl = makeTranslator('nl');
const en = makeTranslator('en');

describe('validation messages', () => {
  it('carries a key and its parameters in one string', () => {
    expect(parseMessage(message('v.tooLong', { max: 200 }))).toEqual({ key: 'v.tooLong', params: { max: 200 } });
    expect(parseMessage('v.required')).toEqual({ key: 'v.required', params: undefined });
  });

  it('becomes text in the reader language, numbers written their way and key parameters translated', () => {
    expect(messageText(nl, 'nl', message('v.tooLong', { max: 1000 }))).toBe('Gebruik hoogstens 1.000 tekens.');
    expect(messageText(en, 'en', message('v.tooLong', { max: 1000 }))).toBe('Use at most 1,000 characters.');
    expect(messageText(nl, 'nl', message('compare.error.tooMuch.week', { max: 168, unit: 'compare.unit.04.other' }))).toBe(
      'Dat kan niet: een week heeft hoogstens 168 uur.',
    );
  });

  it('shows a sentence the server translated already as it is', () => {
    const heard = vi.fn();
    expect(messageText(nl, 'nl', 'U heeft te vaak een verkeerd wachtwoord ingevuld. Wacht 30 seconden.', heard)).toBe(
      'U heeft te vaak een verkeerd wachtwoord ingevuld. Wacht 30 seconden.',
    );
    expect(heard).not.toHaveBeenCalled();
  });

  it('never shows a raw key or anything key-shaped that is not one of ours, and reports it', () => {
    for (const raw of ['maint.nope', 'maint.nope extra words', 'constructor', '<script>alert(1)</script>', 'v.tooLong|{not json', 'toString|{"a":1}']) {
      const heard = vi.fn();
      expect(messageText(nl, 'nl', raw, heard)).toBe('Dit is niet goed ingevuld.');
      expect(messageText(en, 'en', raw, heard)).toBe('This is not filled in correctly.');
      expect(heard).toHaveBeenCalledWith(raw);
    }
  });
});

describe('the honeypot', () => {
  const form = (entries: Record<string, string>) => {
    const data = new FormData();
    for (const [k, v] of Object.entries(entries)) data.append(k, v);
    return data;
  };
  it('catches a filled-in field, and an absent one only where it must be present', () => {
    expect(honeypotFilled(form({ [HONEYPOT_FIELD]: '' }))).toBe(false);
    expect(honeypotFilled(form({ [HONEYPOT_FIELD]: 'http://spam.example' }))).toBe(true);
    expect(honeypotFilled(form({}))).toBe(false);
    expect(honeypotFilled(form({}), { mustBePresent: true })).toBe(true);
    expect(honeypotFilled(form({ homepage: 'x', website: '' }), { name: 'homepage' })).toBe(true);
  });
});

describe('id route parameters', () => {
  const status = (f: () => unknown) => {
    try {
      f();
      return 200;
    } catch (error) {
      return error instanceof Response ? error.status : 500;
    }
  };
  it('accept a positive whole number or a uuid and answer 404 for anything else', () => {
    expect(requireIdParam('42')).toBe(42);
    expect(requireUuidParam('0b9c5f1e-3d7a-4c2b-9a8e-1f2d3c4b5a69')).toBe('0b9c5f1e-3d7a-4c2b-9a8e-1f2d3c4b5a69');
    for (const bad of [undefined, '', '0', '-1', '1.5', '1e3', ' 7', '0x10', '9'.repeat(16), '99999999999999999']) expect(status(() => requireIdParam(bad))).toBe(404);
    for (const bad of [undefined, '', '42', 'not-a-uuid', '0b9c5f1e-3d7a-4c2b-9a8e-1f2d3c4b5a6']) expect(status(() => requireUuidParam(bad))).toBe(404);
  });
});

function appFiles(dir = join(projectRoot, 'app')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return appFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

const sources = appFiles().map((path) => ({ path: relative(projectRoot, path), code: readFileSync(path, 'utf8') }));
const offenders = (pattern: RegExp, except: readonly string[] = []) => sources.filter((f) => !except.includes(f.path) && pattern.test(f.code)).map((f) => f.path);

describe('one way to do each thing (source checks)', () => {
  it('reads action data typed by the action, never with a cast', () => {
    expect(offenders(/useActionData\s*(<[^>]*>)?\s*\(\s*\)\s*as\b/)).toEqual([]);
  });

  it('sets conform up in one place (useZodForm)', () => {
    expect(offenders(/\buseForm\s*[<(]/, ['app/components/form-conform.ts'])).toEqual([]);
  });

  it('has one no-store header helper and one id parameter parser', () => {
    expect(offenders(/const noStore\s*=/, ['app/utils/no-store.ts'])).toEqual([]);
    expect(offenders(/(safeParse|Number)\(params\.id\)/)).toEqual([]);
  });

  it('has one Money component and one honeypot input', () => {
    expect(offenders(/export function Money\b/, ['app/components/money.tsx'])).toEqual([]);
    expect(offenders(/name="(website|homepage)"[^>]*tabIndex/)).toEqual([]);
  });

  it("writes the shortlist's title field once, and a labelled checkbox only in the kit", () => {
    expect(offenders(/<Textbox[^>]*fields\.titel\b/, ['app/components/shortlist-fields.tsx'])).toEqual([]);
    // Not form fields of their own: the freshness page's per-row select boxes (named by
    // aria-label in a table). The reviews filter box is the provider pages' to move to the kit.
    expect(offenders(/type="checkbox"/, ['app/components/form-field.tsx', 'app/routes/beheer.actualiteit.tsx', 'app/routes/aanbieders.$slug_.ervaringen.tsx'])).toEqual([]);
  });
});
