/**
 * The full catalogues: the core messages plus every feature's. To add a feature's messages,
 * create `features/<feature>.ts` with `defineMessages(...)` and spread it in both lines below.
 */
import { en as coreEn } from './en';
import { nl as coreNl } from './nl';
import { accountMessages } from './features/accounts';
import { reviewMessages } from './features/reviews';
import { searchMessages } from './features/search';
import { compareMessages } from './features/compare';
import { validationMessages } from './features/validation';
import { csvMessages } from './features/csv-import';
import { maintenanceMessages } from './features/maintenance';
import { insightMessages } from './features/insight';

export const nl = { ...coreNl, ...accountMessages.nl, ...searchMessages.nl, ...reviewMessages.nl, ...compareMessages.nl, ...validationMessages.nl, ...csvMessages.nl, ...maintenanceMessages.nl, ...insightMessages.nl } as const;
export const en: Record<keyof typeof nl, string> = { ...coreEn, ...accountMessages.en, ...searchMessages.en, ...reviewMessages.en, ...compareMessages.en, ...validationMessages.en, ...csvMessages.en, ...maintenanceMessages.en, ...insightMessages.en };

export type MessageKey = keyof typeof nl;
