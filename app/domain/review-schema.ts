/**
 * The zod schemas of the review forms, shared by each form (conform, in the browser) and its
 * action (on the server). Messages are message keys (`reviews.error.*` in
 * app/i18n/features/reviews.ts), translated where they are shown, so an error always appears in
 * the reader's language. Every field states its own `invalid_type_error`, so hostile input (a
 * repeated field, a file, a NaN) still gets a readable message.
 */
import { z } from 'zod';
import { findingDimensions, reviewDimensions } from './enums';
import {
  AUTHOR_NAME_MAX,
  AUTHOR_NAME_MIN,
  conductRules,
  experienceMonthProblem,
  REASON_MAX,
  REASON_MIN,
  REPLY_MAX,
  REPLY_MIN,
  reportCategories,
  REVIEW_BODY_MAX,
  REVIEW_BODY_MIN,
} from './reviews';


/** Line breaks as "\n" (a browser sends "\r\n") and no control characters. */
export function cleanText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .trim();
}

const text = (required: string, min: number, tooShort: string, max: number, tooLong: string) =>
  z
    .string({ required_error: required, invalid_type_error: required })
    .transform(cleanText)
    // conform turns an empty string into undefined, also after the trim: "only spaces" is "empty".
    .pipe(z.string({ required_error: required, invalid_type_error: required }).min(min, tooShort).max(max, tooLong));

export const mark = (required = 'reviews.error.markRequired') =>
  z
    .number({ required_error: required, invalid_type_error: required })
    .int('reviews.error.markRange')
    .min(1, 'reviews.error.markRange')
    .max(10, 'reviews.error.markRange');

const dimensionMarks = Object.fromEntries(reviewDimensions.map((d) => [d, mark()])) as Record<
  (typeof reviewDimensions)[number],
  ReturnType<typeof mark>
>;

/** Writing or editing a review. `now` decides which experience months are allowed. */
export function reviewFormSchema(now: Date) {
  return z.object({
    overall: mark('reviews.error.overallRequired'),
    ...dimensionMarks,
    recommend: z.enum(['yes', 'no'], {
      errorMap: () => ({ message: 'reviews.error.recommendRequired' }),
    }),
    body: text('reviews.error.bodyRequired', REVIEW_BODY_MIN, 'reviews.error.bodyTooShort', REVIEW_BODY_MAX, 'reviews.error.bodyTooLong'),
    experienceMonth: z
      .string({ required_error: 'reviews.error.monthRequired', invalid_type_error: 'reviews.error.monthRequired' })
      .superRefine((month, ctx) => {
        const problem = experienceMonthProblem(month, now);
        if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `reviews.error.month.${problem}` });
      }),
    serviceId: z.string({ invalid_type_error: 'reviews.error.serviceUnknown' }).max(100, 'reviews.error.serviceUnknown').optional(),
    authorName: text(
      'reviews.error.nameRequired',
      AUTHOR_NAME_MIN,
      'reviews.error.nameTooShort',
      AUTHOR_NAME_MAX,
      'reviews.error.nameTooLong',
    ),
    consent: z
      .boolean({ required_error: 'reviews.error.consentRequired', invalid_type_error: 'reviews.error.consentRequired' })
      .refine((value) => value, 'reviews.error.consentRequired'),
    code: z.string({ invalid_type_error: 'reviews.error.codeUnknown' }).max(40, 'reviews.error.codeUnknown').optional(),
  });
}

export type ReviewFormValues = z.infer<ReturnType<typeof reviewFormSchema>>;

export const reportSchema = z.object({
  category: z.enum(reportCategories, {
    errorMap: () => ({ message: 'reviews.error.reportCategoryRequired' }),
  }),
  explanation: text('reviews.error.reasonRequired', REASON_MIN, 'reviews.error.reasonTooShort', REASON_MAX, 'reviews.error.reasonTooLong'),
});

export const replySchema = z.object({
  body: text('reviews.error.replyRequired', REPLY_MIN, 'reviews.error.replyTooShort', REPLY_MAX, 'reviews.error.replyTooLong'),
});

const reviewId = z
  .number({ required_error: 'reviews.error.reviewUnknown', invalid_type_error: 'reviews.error.reviewUnknown' })
  .int('reviews.error.reviewUnknown')
  .positive('reviews.error.reviewUnknown')
  .max(Number.MAX_SAFE_INTEGER, 'reviews.error.reviewUnknown');

export const moderationSchema = z.discriminatedUnion(
  'intent',
  [
    z.object({ intent: z.literal('approve'), reviewId }),
    z.object({
      intent: z.literal('reject'),
      reviewId,
      rule: z.enum(conductRules, {
        errorMap: () => ({ message: 'reviews.error.ruleRequired' }),
      }),
      reason: text('reviews.error.reasonRequired', REASON_MIN, 'reviews.error.reasonTooShort', REASON_MAX, 'reviews.error.reasonTooLong'),
    }),
  ],
  { errorMap: () => ({ message: 'reviews.error.intentUnknown' }) },
);

export const invitationSchema = z.object({
  organizationId: z
    .string({ required_error: 'reviews.error.organizationRequired', invalid_type_error: 'reviews.error.organizationRequired' })
    .min(1, 'reviews.error.organizationRequired')
    .max(100, 'reviews.error.organizationRequired'),
});

const findingMarks = Object.fromEntries(findingDimensions.map((d) => [d, mark()])) as Record<
  (typeof findingDimensions)[number],
  ReturnType<typeof mark>
>;

export const findingSchema = z.object({
  ...findingMarks,
  body: text('reviews.error.findingRequired', 20, 'reviews.error.findingTooShort', 2000, 'reviews.error.findingTooLong'),
});

/** Every message key the schemas above can produce (checked against the catalogue by a unit test). */
export const reviewSchemaMessageKeys = [
  'reviews.error.markRequired',
  'reviews.error.markRange',
  'reviews.error.overallRequired',
  'reviews.error.recommendRequired',
  'reviews.error.bodyRequired',
  'reviews.error.bodyTooShort',
  'reviews.error.bodyTooLong',
  'reviews.error.monthRequired',
  'reviews.error.month.format',
  'reviews.error.month.future',
  'reviews.error.month.tooOld',
  'reviews.error.serviceUnknown',
  'reviews.error.nameRequired',
  'reviews.error.nameTooShort',
  'reviews.error.nameTooLong',
  'reviews.error.consentRequired',
  'reviews.error.codeUnknown',
  'reviews.error.reportCategoryRequired',
  'reviews.error.reasonRequired',
  'reviews.error.reasonTooShort',
  'reviews.error.reasonTooLong',
  'reviews.error.replyRequired',
  'reviews.error.replyTooShort',
  'reviews.error.replyTooLong',
  'reviews.error.reviewUnknown',
  'reviews.error.ruleRequired',
  'reviews.error.intentUnknown',
  'reviews.error.organizationRequired',
  'reviews.error.findingRequired',
  'reviews.error.findingTooShort',
  'reviews.error.findingTooLong',
] as const;
