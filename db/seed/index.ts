/** The seed: deterministic demo and national-scale data, and the row builders the tests share. */
export * from './builders';
export * from './generate';
export { defaultReferenceDate } from './random';
