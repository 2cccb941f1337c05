/**
 * A value that cleaning leaves empty ("." as a KvK number, spaces as a year) gets the field's own
 * message, in conform's parsing as in zod's: conform turns "" into undefined at every string
 * schema, a pipe's included, which used to surface as zod's untranslated "Required".
 */
import { parseWithZod } from '@conform-to/zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { agbCode, contractYear, email, externalId, kvkNumber, latitude, longitude, wholeNumber } from '../../app/domain/validation';
import { nl } from '../../app/i18n/catalogue';

const fields = {
  kvk: [kvkNumber, 'v.kvk'],
  agb: [agbCode, 'v.agb'],
  externalId: [externalId, 'v.externalId'],
  email: [email, 'v.email'],
  count: [wholeNumber(0, 10), 'v.wholeNumber'],
  year: [contractYear, 'v.year'],
  latitude: [latitude, 'v.latitude'],
  longitude: [longitude, 'v.longitude'],
} as const;

describe('values that cleaning leaves empty', () => {
  for (const [name, [schema, key]] of Object.entries(fields)) {
    it(`${name}: the field's own message, never zod's default`, () => {
      for (const typed of ['.', ' . ', '..', '   ', ' \t ']) {
        const form = new FormData();
        form.set(name, typed);
        const submission = parseWithZod(form, { schema: z.object({ [name]: schema }) });
        const errors = submission.status === 'error' ? (submission.error?.[name] ?? []) : [];
        for (const error of errors) {
          expect(error.split('|')[0]! in nl, `${name} ${JSON.stringify(typed)}: ${error}`).toBe(true);
        }
        expect(errors.length, `${name} ${JSON.stringify(typed)}`).toBeGreaterThan(0);
      }
      const form = new FormData();
      form.set(name, '.');
      const submission = parseWithZod(form, { schema: z.object({ [name]: schema }) });
      expect(submission.status === 'error' ? submission.error?.[name]?.[0]?.split('|')[0] : undefined).toBe(key);
    });
  }
});
