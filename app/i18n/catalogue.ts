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
import { securityMessages } from './features/security';

// Built in pure calls: object spreads alone count as side effects to the bundler, which would then
// keep both catalogues in the browser wherever a route imports `translate` for its loader.
export const nl = /* @__PURE__ */ (() => ({ ...coreNl, ...accountMessages.nl, ...searchMessages.nl, ...reviewMessages.nl, ...compareMessages.nl, ...validationMessages.nl, ...csvMessages.nl, ...maintenanceMessages.nl, ...securityMessages.nl, ...secondFactorMessages.nl, ...operationsMessages.nl, ...triageMessages.nl, ...insightMessages.nl }) as const)();
export const en: Record<keyof typeof nl, string> = /* @__PURE__ */ (() => ({ ...coreEn, ...accountMessages.en, ...searchMessages.en, ...reviewMessages.en, ...compareMessages.en, ...validationMessages.en, ...csvMessages.en, ...maintenanceMessages.en, ...securityMessages.en, ...secondFactorMessages.en, ...operationsMessages.en, ...triageMessages.en, ...insightMessages.en }))();
import { secondFactorMessages } from './features/second-factor';
import { operationsMessages } from './features/operations';
import { triageMessages } from './features/triage';
import { insightMessages } from './features/insight';

export type MessageKey = keyof typeof nl;
