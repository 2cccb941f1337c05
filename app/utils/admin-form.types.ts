/** Shapes the maintenance actions send to their forms (shared by server and components, no server code). */
import type { SubmissionResult } from '@conform-to/zod';
import type { ConflictRow, FormValues } from '../domain/optimistic-lock';

export interface ConflictData {
  rows: ConflictRow[];
  /** The version now stored: a second, deliberate save is based on it. */
  version: number;
  /** The values now stored (the new snapshot). */
  current: FormValues;
}

export interface FormActionData {
  intent?: string;
  result: SubmissionResult<string[]>;
  conflict?: ConflictData;
  /** The field a refusal is about, when it is about one. */
  field?: string;
}

/** The action data for this intent, if the last submission was one. */
export function forIntent(data: FormActionData | undefined, intent: string): FormActionData | undefined {
  return data && (data.intent ?? 'save') === intent ? data : undefined;
}
