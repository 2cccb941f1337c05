/** Where and when a request comes from, as the models record it (audit, sign-in alerts). */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  /** The request's instant (the one clock, app/domain/clock.ts). */
  now: Date;
}
