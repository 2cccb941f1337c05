/** A comparison of home support (product 01A01: 10 hours a week for 26 weeks from `day`), as the compare page asks for it. */
export function homeSupportQuery(day: string) {
  return {
    productCodes: ['01A01'],
    categoryCode: '01',
    districtSlug: null,
    origin: null,
    indication: { volume: 10, unit: '04' as const, frequency: 'week' as const, start: day, duration: { count: 26, unit: 'weeks' as const }, end: null },
  };
}
