/**
 * The full catalogues: the core messages plus every feature's. To add a feature's messages,
 * create `features/<feature>.ts` with `defineMessages(...)` and spread it in both lines below.
 */
import { en as coreEn } from './en';
import { nl as coreNl } from './nl';

export const nl = { ...coreNl } as const;
export const en: Record<keyof typeof nl, string> = { ...coreEn };

export type MessageKey = keyof typeof nl;
