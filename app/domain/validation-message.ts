/**
 * The one encoding of a validation message: a message key from the catalogues, optionally with
 * parameters, as one string (zod messages are strings): `v.tooLong|{"max":200}`. Every schema
 * (admin, account, review, compare, insight) and every server reply uses it; the form kit's
 * `useMessageText` (app/components/form-message.ts) is the one place that turns it into text.
 * Pure: no React, no environment.
 */

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

export const validationMessageKeys = [
  'v.required',
  'v.tooLong',
  'v.tooShort',
  'v.kvk',
  'v.agb',
  'v.postcode',
  'v.phone',
  'v.email',
  'v.url',
  'v.amount.format',
  'v.amount.negative',
  'v.amount.decimals',
  'v.amount.tooLarge',
  'v.date',
  'v.dateOrder',
  'v.wholeNumber',
  'v.range',
  'v.ageOrder',
  'v.time',
  'v.timeEqual',
  'v.externalId',
  'v.choice',
  'v.yesNo',
  'v.tariffOverlap',
  'v.year',
  'v.latitude',
  'v.longitude',
  'v.categoryRequired',
  'v.productCategory',
  'v.unknownProduct',
  'v.unknownOrganization',
  'v.unknownDistrict',
  'v.unknownLocation',
  'v.duplicateExternalId',
  'v.duplicateIdentifier',
  'v.duplicateCeiling',
] as const;
export type ValidationMessageKey = (typeof validationMessageKeys)[number];

export type MessageParams = Record<string, string | number>;

/** A message key with optional parameters, as one string (zod messages are strings). */
export function message(key: ValidationMessageKey | (string & {}), params?: MessageParams): string {
  return params ? `${key}|${JSON.stringify(params)}` : key;
}

/** The key and parameters inside a message made by `message`. */
export function parseMessage(text: string): { key: string; params: MessageParams | undefined } {
  const bar = text.indexOf('|');
  if (bar === -1) return { key: text, params: undefined };
  try {
    const params = JSON.parse(text.slice(bar + 1)) as unknown;
    if (params && typeof params === 'object') return { key: text.slice(0, bar), params: params as MessageParams };
  } catch {
    // not one of ours: fall through
  }
  return { key: text, params: undefined };
}
