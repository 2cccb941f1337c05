import { parseWithZod } from '@conform-to/zod';
import { describe, expect, it } from 'vitest';
import { en, nl } from '../../app/i18n/catalogue';
import { moderationSchema, replySchema, reportSchema, reviewFormSchema, reviewSchemaMessageKeys } from '../../app/domain/review-schema';

const now = new Date('2026-11-23T12:00:00Z');
const schema = reviewFormSchema(now);

function form(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

const valid = {
  overall: '8',
  treatment: '9',
  expertise: '8',
  appointments: '7',
  reachability: '6',
  say: '8',
  result: '8',
  recommend: 'yes',
  body: 'De begeleiding hielp mij echt om weer grip te krijgen op mijn post en mijn geldzaken.',
  experienceMonth: '2026-10',
  authorName: 'Anouk',
  consent: 'on',
};

const errorsOf = (values: Record<string, string | string[]>) => {
  const submission = parseWithZod(form(values), { schema });
  return submission.status === 'success' ? {} : submission.reply().error ?? {};
};

describe('the review schema', () => {
  it('accepts a complete review and turns it into typed values', () => {
    const submission = parseWithZod(form(valid), { schema });
    expect(submission.status).toBe('success');
    if (submission.status === 'success') {
      expect(submission.value).toMatchObject({ overall: 8, treatment: 9, recommend: 'yes', consent: true, experienceMonth: '2026-10' });
    }
  });

  it('counts characters after turning \\r\\n into one line break and trimming', () => {
    const exactly50 = 'x'.repeat(48) + '\r\ny';
    expect(errorsOf({ ...valid, body: exactly50 })).toEqual({});
    expect(errorsOf({ ...valid, body: `  ${'x'.repeat(49)}  ` }).body).toEqual(['reviews.error.bodyTooShort']);
    expect(errorsOf({ ...valid, body: 'x'.repeat(1500) })).toEqual({});
    expect(errorsOf({ ...valid, body: 'x'.repeat(1501) }).body).toEqual(['reviews.error.bodyTooLong']);
    expect(errorsOf({ ...valid, body: '' }).body).toEqual(['reviews.error.bodyRequired']);
  });

  it('puts each error at its own field as a message key', () => {
    const errors = errorsOf({
      ...valid,
      overall: '',
      treatment: '11',
      expertise: '7.5',
      appointments: 'abc',
      recommend: 'maybe',
      consent: '',
      authorName: 'x',
    });
    expect(errors.overall).toEqual(['reviews.error.overallRequired']);
    expect(errors.treatment).toEqual(['reviews.error.markRange']);
    expect(errors.expertise).toEqual(['reviews.error.markRange']);
    expect(errors.appointments).toEqual(['reviews.error.markRequired']);
    expect(errors.recommend).toEqual(['reviews.error.recommendRequired']);
    expect(errors.consent).toEqual(['reviews.error.consentRequired']);
    expect(errors.authorName).toEqual(['reviews.error.nameTooShort']);
    expect(errors.body).toBeUndefined();
  });

  it('refuses a month in the future, older than 3 years or malformed', () => {
    expect(errorsOf({ ...valid, experienceMonth: '2026-12' }).experienceMonth).toEqual(['reviews.error.month.future']);
    expect(errorsOf({ ...valid, experienceMonth: '2023-10' }).experienceMonth).toEqual(['reviews.error.month.tooOld']);
    expect(errorsOf({ ...valid, experienceMonth: '2023-11' })).toEqual({});
    expect(errorsOf({ ...valid, experienceMonth: 'november' }).experienceMonth).toEqual(['reviews.error.month.format']);
  });

  it('answers a repeated field with a readable key instead of a zod default', () => {
    const errors = errorsOf({ ...valid, overall: ['7', '8'], body: [valid.body, valid.body], recommend: ['yes', 'no'] });
    expect(errors.overall).toEqual(['reviews.error.overallRequired']);
    expect(errors.body).toEqual(['reviews.error.bodyRequired']);
    expect(errors.recommend).toEqual(['reviews.error.recommendRequired']);
  });
});

describe('the other schemas', () => {
  it('need a category and an explanation for a report', () => {
    const bad = parseWithZod(form({ category: 'rude', explanation: 'kort' }), { schema: reportSchema }).reply().error;
    expect(bad).toEqual({ category: ['reviews.error.reportCategoryRequired'], explanation: ['reviews.error.reasonTooShort'] });
    expect(
      parseWithZod(form({ category: 'personal_data', explanation: 'Er staat een telefoonnummer in.' }), { schema: reportSchema }).status,
    ).toBe('success');
  });

  it('need a reply of 10 to 1,500 characters', () => {
    expect(parseWithZod(form({ body: 'Dank u.' }), { schema: replySchema }).reply().error).toEqual({
      body: ['reviews.error.replyTooShort'],
    });
    expect(parseWithZod(form({ body: 'y'.repeat(1501) }), { schema: replySchema }).reply().error).toEqual({
      body: ['reviews.error.replyTooLong'],
    });
  });

  it('need a rule and a reason to reject, and nothing more to approve', () => {
    expect(parseWithZod(form({ intent: 'approve', reviewId: '12' }), { schema: moderationSchema }).status).toBe('success');
    const reject = parseWithZod(form({ intent: 'reject', reviewId: '12' }), { schema: moderationSchema }).reply().error;
    expect(reject).toEqual({ rule: ['reviews.error.ruleRequired'], reason: ['reviews.error.reasonRequired'] });
    expect(parseWithZod(form({ intent: 'delete', reviewId: '12' }), { schema: moderationSchema }).reply().error?.intent).toEqual([
      'reviews.error.intentUnknown',
    ]);
    expect(parseWithZod(form({ intent: 'approve', reviewId: '-3' }), { schema: moderationSchema }).reply().error?.reviewId).toEqual([
      'reviews.error.reviewUnknown',
    ]);
  });

  it('only produce messages that exist in both languages', () => {
    for (const key of reviewSchemaMessageKeys) {
      expect(nl, key).toHaveProperty([key]);
      expect(en, key).toHaveProperty([key]);
    }
  });
});
