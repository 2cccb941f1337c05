/**
 * The topics of "Klopt er iets niet?" (error reports), without the form's zod schema
 * (domain/change-request.ts) so the citizen page can list them without loading zod.
 */
export const errorReportTopics = ['phone', 'email', 'website', 'address', 'hours', 'service', 'closed', 'other'] as const;
export type ErrorReportTopic = (typeof errorReportTopics)[number];
