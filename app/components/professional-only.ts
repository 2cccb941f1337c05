/**
 * The provider page's parts for professionals only (costs, findings, "deployed" form), kept out
 * of the JavaScript residents download. The server renders them at once from
 * professional-only.server.ts (so the HTML is complete, also without JavaScript); the browser
 * loads their code only on a page that shows them, and React hydrates them when it arrives.
 */
import { lazy } from 'react';
import * as onServer from './professional-only.server';

// In the browser the `.server` module is empty, so these fall back to the lazy versions.
export const ProfessionalSection: typeof onServer.ProfessionalSection =
  onServer.ProfessionalSection ?? lazy(() => import('./professional-section').then((m) => ({ default: m.ProfessionalSection })));
export const GeneralDeployedForm: typeof onServer.GeneralDeployedForm =
  onServer.GeneralDeployedForm ?? lazy(() => import('./insight-general').then((m) => ({ default: m.GeneralDeployedForm })));
