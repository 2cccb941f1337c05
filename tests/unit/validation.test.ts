/**
 * The field rules behind every catalogue form and the CSV import: Dutch input in, stored values
 * out, and a message key (in both languages) for everything else.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  agbCode,
  calendarDate,
  email,
  euroCents,
  findOverlappingTariff,
  formatCentsForInput,
  isPhoneNumber,
  kvkNumber,
  message,
  normalizePostcode,
  normalizeUrl,
  optional,
  parseEuroAmount,
  parseMessage,
  periodsOverlap,
  phone,
  postcode,
  timeOfDay,
  validationMessageKeys,
  website,
  wholeNumber,
} from '../../app/domain/validation';
import { contractCreateSchema, locationCreateSchema, organizationCreateSchema, serviceCreateSchema } from '../../app/domain/catalogue-forms';
import { describeConflict, parseSnapshot } from '../../app/domain/optimistic-lock';
import { addMonths, isContractEndingSoon, isVerificationStale, isWaitingTimeStale, stalenessCutoffs } from '../../app/domain/staleness';
import { changedFields, diffChanges, reportedChange, validateChanges } from '../../app/domain/change-request';
import { hoursSummary, parseHoursSummary, periodsFromSlots, slotsFromPeriods } from '../../app/domain/hours';
import { en, nl } from '../../app/i18n/catalogue';
import { translate } from '../../app/i18n';

const firstError = (schema: z.ZodTypeAny, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? null : result.error.issues[0]!.message;
};

describe('euro amounts typed the Dutch way', () => {
  it.each([
    ['62,50', 6250],
    ['62', 6200],
    ['0', 0],
    ['0,5', 50],
    ['1.234,56', 123456],
    ['1.234', 123400],
    ['12.345.678,90', 1234567890],
    ['€ 62,50', 6250],
    ['€62,50', 6250],
    [' 62,50 ', 6250],
    ['62.5', 6250],
    ['62.50', 6250],
    ['1234,5', 123450],
    // A dot followed by three digits groups thousands, as in Dutch.
    ['62.505', 6250500],
  ])('%s → %i cents', (input, cents) => {
    expect(parseEuroAmount(input)).toEqual({ ok: true, cents });
  });

  it.each([
    ['62,505', 'v.amount.decimals'],
    ['-1', 'v.amount.negative'],
    ['-62,50', 'v.amount.negative'],
    ['abc', 'v.amount.format'],
    ['', 'v.required'],
    ['1,2,3', 'v.amount.format'],
    ['12.34,56', 'v.amount.format'],
    ['1e5', 'v.amount.format'],
    ['62,-', 'v.amount.format'],
    ['9999999999999', 'v.amount.tooLarge'],
  ])('%s is refused with %s', (input, error) => {
    expect(parseEuroAmount(input)).toEqual({ ok: false, error });
  });

  it('round-trips through the form format', () => {
    for (const cents of [0, 1, 99, 100, 6250, 123456, 78500000, 100_000_000_000]) {
      expect(parseEuroAmount(formatCentsForInput(cents))).toEqual({ ok: true, cents });
    }
    expect(formatCentsForInput(123456)).toBe('1.234,56');
    expect(formatCentsForInput(6250)).toBe('62,50');
  });

  it('gives the message at the field through the zod schema', () => {
    expect(euroCents.parse('62,50')).toBe(6250);
    expect(firstError(euroCents, '62,505')).toBe('v.amount.decimals');
    expect(firstError(euroCents, undefined)).toBe('v.required');
  });
});

describe('identifiers, postcode, phone, e-mail, website', () => {
  it('KvK and AGB have exactly 8 digits (spaces and dots are ignored)', () => {
    expect(kvkNumber.parse('12345678')).toBe('12345678');
    expect(kvkNumber.parse('1234 5678')).toBe('12345678');
    expect(kvkNumber.parse('12.34.56.78')).toBe('12345678');
    for (const bad of ['1234567', '123456789', '1234567a', 'KvK12345678']) expect(firstError(kvkNumber, bad)).toBe('v.kvk');
    expect(agbCode.parse('98765432')).toBe('98765432');
    expect(firstError(agbCode, '9876543')).toBe('v.agb');
  });

  it('postcodes become 1234 AB; SA, SD, SS and a leading zero are refused', () => {
    expect(postcode.parse('1234ab')).toBe('1234 AB');
    expect(postcode.parse(' 3511  lx ')).toBe('3511 LX');
    expect(normalizePostcode('0123 AB')).toBeNull();
    for (const bad of ['1234 SA', '1234 SD', '1234ss', '12345', 'ABCD 12', '1234 A', '1234 ABC']) expect(firstError(postcode, bad)).toBe('v.postcode');
  });

  it('accepts the phone numbers people in the Netherlands call', () => {
    for (const good of ['030-1234567', '06-12345678', '0612345678', '+31 30 123 4567', '0031301234567', '(030) 123 45 67', '0800-1234', '0900 1234567', '14 030', '+32 2 123 45 67']) {
      expect(isPhoneNumber(good), good).toBe(true);
    }
    for (const bad of ['12345', '030-123456', '+31 30 123 456', 'bel ons', '06-1234567890', '+31612345678901', '0000000000']) {
      expect(isPhoneNumber(bad), bad).toBe(false);
    }
    expect(phone.parse('  030  -  1234567 ')).toBe('030 - 1234567');
    expect(firstError(phone, 'onbekend')).toBe('v.phone');
  });

  it('checks e-mail addresses and websites', () => {
    expect(email.parse('info@example.nl')).toBe('info@example.nl');
    expect(firstError(email, 'info@')).toBe('v.email');
    expect(website.parse('www.example.nl')).toBe('https://www.example.nl');
    expect(website.parse('http://example.nl/pad?x=1')).toBe('http://example.nl/pad?x=1');
    for (const bad of ['javascript:alert(1)', 'ftp://example.nl', 'https://localhost', 'niet een url', 'https://user:pw@example.nl']) {
      expect(normalizeUrl(bad), bad).toBeNull();
    }
    expect(firstError(website, 'javascript:alert(1)')).toBe('v.url');
  });
});

describe('dates, numbers and times', () => {
  it('reads ISO and Dutch dates and refuses impossible ones', () => {
    expect(calendarDate.parse('2026-01-31')).toBe('2026-01-31');
    expect(calendarDate.parse('31-1-2026')).toBe('2026-01-31');
    expect(calendarDate.parse('29/02/2028')).toBe('2028-02-29');
    for (const bad of ['2026-02-30', '2026-13-01', '31-02-2026', 'morgen', '2026/01/01']) expect(firstError(calendarDate, bad)).toBe('v.date');
  });

  it('takes whole numbers in a range', () => {
    const weeks = wholeNumber(0, 520);
    expect(weeks.parse('12')).toBe(12);
    expect(firstError(weeks, '3,5')).toBe('v.wholeNumber');
    expect(firstError(weeks, '600')).toBe(message('v.range', { min: 0, max: 520 }));
  });

  it('reads times of day', () => {
    expect(timeOfDay.parse('9:30')).toBe('09:30');
    expect(timeOfDay.parse('24:00')).toBe('24:00');
    for (const bad of ['24:30', '12:60', '9', 'noon']) expect(firstError(timeOfDay, bad)).toBe('v.time');
  });

  it('makes optional fields null when empty and keeps the inner message otherwise', () => {
    const field = optional(kvkNumber);
    expect(field.parse(undefined)).toBeNull();
    expect(field.parse('')).toBeNull();
    expect(field.parse('   ')).toBeNull();
    expect(firstError(field, '123')).toBe('v.kvk');
  });
});

describe('tariff periods', () => {
  const base = { organizationId: 'o1', productCode: '02A05' };
  const existing = [
    { id: 'a', ...base, validFrom: '2025-01-01', validTo: '2025-12-31' },
    { id: 'b', ...base, validFrom: '2026-01-01', validTo: null },
    { id: 'c', ...base, productCode: '07A01', validFrom: '2020-01-01', validTo: null },
    { id: 'd', ...base, validFrom: '2024-01-01', validTo: '2024-12-31', archived: true },
  ];

  it('finds an overlap with the same organisation and product only', () => {
    expect(findOverlappingTariff({ ...base, validFrom: '2025-06-01', validTo: '2025-06-30' }, existing)?.id).toBe('a');
    expect(findOverlappingTariff({ ...base, validFrom: '2030-01-01', validTo: null }, existing)?.id).toBe('b');
    expect(findOverlappingTariff({ ...base, validFrom: '2024-01-01', validTo: '2024-12-31' }, existing)).toBeUndefined();
    expect(findOverlappingTariff({ ...base, organizationId: 'o2', validFrom: '2025-06-01', validTo: null }, existing)).toBeUndefined();
  });

  it('does not compare a tariff with itself and treats touching days as overlap', () => {
    expect(findOverlappingTariff({ id: 'a', ...base, validFrom: '2025-01-01', validTo: '2025-12-31' }, existing)).toBeUndefined();
    expect(periodsOverlap({ validFrom: '2025-01-01', validTo: '2025-12-31' }, { validFrom: '2025-12-31', validTo: null })).toBe(true);
    expect(periodsOverlap({ validFrom: '2025-01-01', validTo: '2025-12-30' }, { validFrom: '2025-12-31', validTo: null })).toBe(false);
  });
});

describe('form schemas', () => {
  it('reports "valid from after valid to" at the end date', () => {
    const result = contractCreateSchema.safeParse({
      organizationId: '6c556b02-7679-4d78-a9d3-715c9814a7e3',
      productCode: '02A05',
      tariffCents: '62,50',
      unit: '04',
      validFrom: '2026-02-01',
      validTo: '2026-01-01',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['validTo'], message: 'v.dateOrder' })]);
  });

  it('requires a category for contracted services and a maximum age above the minimum', () => {
    const result = serviceCreateSchema.safeParse({
      organizationId: '6c556b02-7679-4d78-a9d3-715c9814a7e3',
      name: 'Begeleiding',
      kind: 'contracted',
      law: 'wmo',
      status: 'active',
      minimumAge: '18',
      maximumAge: '12',
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    expect(paths).toEqual(expect.arrayContaining(['categoryCode:v.categoryRequired', 'maximumAge:v.ageOrder']));
  });

  it('checks opening hours in the location form', () => {
    const result = locationCreateSchema.safeParse({
      organizationId: '6c556b02-7679-4d78-a9d3-715c9814a7e3',
      name: 'Hoofdlocatie',
      address1: 'Dorpsstraat 1',
      postalCode: '3511ab',
      city: 'Vlietstede',
      hours: [
        { weekday: '1', opensAt: '09:00', closesAt: '17:00' },
        { weekday: '2', opensAt: '09:00' },
        { weekday: '3', opensAt: '10:00', closesAt: '10:00' },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`)).toEqual(['hours.1.closesAt:v.required', 'hours.2.closesAt:v.timeEqual']);
  });

  it('turns organisation input into stored values', () => {
    const value = organizationCreateSchema.parse({ name: '  Buurthuis De Brug ', kvk: '1234 5678', website: 'www.brug.nl', phone: '' });
    expect(value).toMatchObject({ name: 'Buurthuis De Brug', kvk: '12345678', website: 'https://www.brug.nl', phone: null, agb: null });
  });
});

describe('optimistic locking: what changed', () => {
  const fields = ['name', 'phone', 'languages'];
  it('names the fields someone else changed, with their value and yours', () => {
    const before = { name: 'A', phone: '030-1111111', languages: ['nl'] };
    const current = { name: 'A', phone: '030-2222222', languages: ['nl', 'en'] };
    const yours = { name: 'B', phone: '030-3333333', languages: ['nl'] };
    expect(describeConflict(fields, before, current, yours)).toEqual([
      { field: 'phone', before: '030-1111111', theirs: '030-2222222', yours: '030-3333333' },
      { field: 'languages', before: ['nl'], theirs: ['nl', 'en'], yours: ['nl'] },
    ]);
  });

  it('without a snapshot lists the fields where the saved value differs from yours', () => {
    expect(describeConflict(fields, null, { name: 'A', phone: 'x' }, { name: 'A', phone: 'y' }).map((r) => r.field)).toEqual(['phone', 'languages'].slice(0, 1));
    expect(parseSnapshot('not json')).toBeNull();
    expect(parseSnapshot('{"a":"1","b":true,"c":["x"],"d":{"x":1}}')).toEqual({ a: '1', b: true, c: ['x'] });
  });
});

describe('staleness rules', () => {
  const cutoffs = stalenessCutoffs('2026-11-23');
  it('uses 12 months, 3 months and 60 days', () => {
    expect(cutoffs).toEqual({ today: '2026-11-23', verifiedBefore: '2025-11-23', waitingReportedBefore: '2026-08-23', contractsEndingBy: '2027-01-22' });
    expect(addMonths('2026-05-31', -3)).toBe('2026-02-28');
    expect(isVerificationStale(null, cutoffs)).toBe(true);
    expect(isVerificationStale('2025-11-22', cutoffs)).toBe(true);
    expect(isVerificationStale('2025-11-23', cutoffs)).toBe(false);
    expect(isWaitingTimeStale('2026-08-22', cutoffs)).toBe(true);
    expect(isWaitingTimeStale(null, cutoffs)).toBe(false);
    expect(isContractEndingSoon('2026-12-31', cutoffs)).toBe(true);
    expect(isContractEndingSoon('2027-01-23', cutoffs)).toBe(false);
    expect(isContractEndingSoon('2026-11-22', cutoffs)).toBe(false);
  });
});

describe('change requests', () => {
  it('keeps only changed fields and validates them again before applying', () => {
    expect(changedFields({ phone: '030-1111111', email: null }, { phone: '030-1111111', email: 'a@b.nl' }, ['phone', 'email'])).toEqual({ email: 'a@b.nl' });
    expect(validateChanges('service', { waitingWeeks: 2, acceptingNewClients: true })).toEqual({ ok: true, values: { waitingWeeks: 2, acceptingNewClients: true } });
    expect(validateChanges('organization', { phone: 'geen nummer' })).toEqual({ ok: false, field: 'phone', message: 'v.phone' });
    expect(validateChanges('organization', { tariffCents: 1 })).toMatchObject({ ok: false, field: 'tariffCents' });
    expect(diffChanges({ phone: 'a' }, { phone: 'b', email: null })).toEqual([
      { field: 'phone', current: 'a', proposed: 'b', changed: true },
      { field: 'email', current: null, proposed: null, changed: false },
    ]);
  });

  it('turns a valid suggestion in an error report into a change', () => {
    expect(reportedChange('phone', '030-7654321', false)).toEqual({ phone: '030-7654321' });
    expect(reportedChange('website', 'www.nieuw.nl', true)).toEqual({ url: 'https://www.nieuw.nl' });
    expect(reportedChange('phone', 'bel niet', false)).toEqual({});
    expect(reportedChange('hours', 'ma 9-17', false)).toEqual({});
  });
});

describe('opening hours grid', () => {
  it('turns slots into periods and a stable summary, and back', () => {
    const periods = periodsFromSlots([
      { weekday: 2, opensAt: '13:00', closesAt: '17:00' },
      { weekday: 1, opensAt: '09:00', closesAt: '17:00' },
      { weekday: 2, opensAt: '09:00', closesAt: '12:00' },
      { weekday: 3, opensAt: null, closesAt: null },
    ]);
    const summary = hoursSummary(periods);
    expect(summary).toBe('1 09:00-17:00; 2 09:00-12:00; 2 13:00-17:00');
    expect(parseHoursSummary(summary)).toEqual(periods);
    expect(slotsFromPeriods(periods)).toHaveLength(14);
    expect(periodsFromSlots(slotsFromPeriods(periods))).toEqual(periods);
  });
});

describe('messages in both languages', () => {
  it('has Dutch and English text for every validation key, with the same placeholders', () => {
    for (const key of validationMessageKeys) {
      expect(nl, key).toHaveProperty([key]);
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders((en as Record<string, string>)[key]!), key).toEqual(placeholders((nl as Record<string, string>)[key]!));
    }
  });

  it('fills in parameters from a message with parameters', () => {
    const text = message('v.tooLong', { max: 200 });
    const { key, params } = parseMessage(text);
    expect(translate('nl', key as keyof typeof nl, params)).toBe('Gebruik hoogstens 200 tekens.');
    expect(translate('en', key as keyof typeof nl, params)).toBe('Use at most 200 characters.');
  });
});
