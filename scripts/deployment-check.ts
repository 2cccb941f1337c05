/**
 * Whether this environment and this database may be served (docs/decisions/011-secure-defaults.md):
 * - the demo accounts exist only in a database the seed created as a demo;
 * - with PUBLIC_URL set (a real deployment) a demo database is refused unless DEMO_DATA=true;
 * - production mode needs PUBLIC_URL (links in e-mails come only from it), except for a demo
 *   database, whose links point at http://localhost:PORT.
 */
export interface DeploymentFacts {
  mode: 'development' | 'production' | 'test';
  publicUrl: string | undefined;
  /** DEMO_DATA after defaults: true when given, or when unset without PUBLIC_URL. */
  demoData: boolean;
  databasePath: string;
  demoDatabase: boolean;
  demoAccountsPresent: boolean;
}

/** The reason not to start, as a message for the operator, or null. */
export function deploymentProblem(facts: DeploymentFacts): string | null {
  if (facts.demoAccountsPresent && !facts.demoDatabase) {
    return `The database at ${facts.databasePath} has the demo accounts (published password) but was not created as a demo. Remove those accounts or use a fresh database.`;
  }
  if (facts.demoDatabase && facts.publicUrl && !facts.demoData) {
    return `PUBLIC_URL is set (${facts.publicUrl}), so this looks like a real deployment, but the database at ${facts.databasePath} is a demo with made-up data and published passwords. Use a new, empty database (DATABASE_PATH) for a real deployment, or set DEMO_DATA=true to show the demo on purpose.`;
  }
  if (facts.mode === 'production' && !facts.publicUrl && !facts.demoDatabase) {
    return 'PUBLIC_URL must be set in production (for example PUBLIC_URL=https://socialekaart.example.nl): links in e-mails (invitations, password resets) are made from it, never from the request.';
  }
  return null;
}
