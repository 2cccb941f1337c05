/** The professional-only parts, rendered directly on the server (see professional-only.ts). */
export { ProfessionalSection } from './professional-section';
export { GeneralDeployedForm } from './insight-general';
