/**
 * A value imported from a `*.server.ts` module is `undefined` in the browser bundle (Remix
 * strips server modules from it). A page component that renders such a value renders
 * differently in the browser than on the server: a hydration error (React #418), as on
 * /beheer/gebruikers with the status filters. This check reads every route and component file
 * and fails when the component part (from the default export on) uses such a value.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/paths';

function serverValueImports(source: string): string[] {
  const names: string[] = [];
  for (const match of source.matchAll(/import\s+\{([^}]*)\}\s+from\s+'([^']*\.server)'/g)) {
    for (const part of match[1]!.split(',')) {
      const name = part.trim();
      if (!name || name.startsWith('type ')) continue;
      names.push(name.split(/\s+as\s+/).pop()!.trim());
    }
  }
  return names;
}

/** Uses of `name` as a value: not a property (`x.name`), not an object key (`name:`), not inside a string. */
function usesValue(code: string, name: string): boolean {
  return new RegExp(`(?<![.\\w'"\`$-])${name.replace(/\$/g, '\\$')}\\b(?!\\s*:)`).test(code);
}

describe('browser code and server modules', () => {
  const files = ['app/routes', 'app/components'].flatMap((dir) =>
    readdirSync(join(projectRoot, dir))
      .filter((f) => f.endsWith('.tsx'))
      .map((f) => join(dir, f)),
  );

  it('finds the page files', () => expect(files.length).toBeGreaterThan(50));

  it('no page component renders a value imported from a *.server module', () => {
    const offenders: string[] = [];
    for (const file of files) {
      const source = readFileSync(join(projectRoot, file), 'utf8');
      const start = source.indexOf('export default function');
      if (start < 0) continue;
      const component = source.slice(start);
      for (const name of serverValueImports(source)) if (usesValue(component, name)) offenders.push(`${file}: ${name}`);
    }
    expect(offenders).toEqual([]);
  });

  it('would catch the status filters imported from the user model', () => {
    const source = "import { listUsers, userStatusFilters } from '../models/user.server';\nexport default function Users() { return userStatusFilters.map((s) => s); }";
    const component = source.slice(source.indexOf('export default function'));
    expect(serverValueImports(source).filter((name) => usesValue(component, name))).toEqual(['userStatusFilters']);
  });
});
