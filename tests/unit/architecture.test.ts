/**
 * The layer rules in .dependency-cruiser.cjs catch what they promise: a small tree with one
 * planted violation per rule (and imports the rules allow) is cruised with the repository's own
 * configuration, and every rule must report exactly its planted violation and nothing else.
 * `npm run lint:deps` (in .ci/run) runs the same rules on the real tree.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** file → the files it imports (relative specifiers are derived from the paths). */
const tree: Record<string, string[]> = {
  // Allowed: the web edge uses everything below it; components use domain and search result types.
  'app/routes/page.tsx': ['app/components/card.tsx', 'app/models/catalogue.server.ts', 'app/search/search.server.ts', 'app/utils/guard.server.ts'],
  'app/components/card.tsx': ['app/domain/rules.ts', 'app/search/types.ts', 'app/i18n/index.ts'],
  'app/search/search.server.ts': ['app/models/catalogue.server.ts', 'app/search/engine.ts'],
  'app/search/engine.ts': ['app/domain/rules.ts', 'app/i18n/index.ts'],
  'app/search/types.ts': [],
  'app/models/catalogue.server.ts': ['app/domain/rules.ts', 'app/lib/hash.server.ts', 'app/search/engine.ts', 'db/schema.ts'],
  'app/utils/guard.server.ts': ['app/models/catalogue.server.ts'],
  'app/lib/hash.server.ts': ['app/domain/rules.ts'],
  'app/i18n/index.ts': ['app/domain/rules.ts'],
  'app/domain/rules.ts': [],
  'db/schema.ts': ['app/domain/rules.ts'],

  // One planted violation per rule.
  'app/domain/leaky.ts': ['app/models/catalogue.server.ts'],
  'app/i18n/leaky.ts': ['app/search/engine.ts'],
  'app/components/leaky-model.tsx': ['app/models/catalogue.server.ts'],
  'app/components/leaky-search.tsx': ['app/search/engine.ts'],
  'app/components/leaky-server.tsx': ['app/utils/guard.server.ts'],
  'app/models/leaky.server.ts': ['app/components/card.tsx'],
  'app/models/leaky-search.server.ts': ['app/search/search.server.ts'],
  'app/search/leaky.ts': ['app/models/catalogue.server.ts'],
  'app/lib/leaky.server.ts': ['app/models/catalogue.server.ts'],
  'db/seed.ts': ['app/lib/hash.server.ts'],
  'app/utils/leaky.server.ts': ['app/routes/page.tsx'],
  'app/models/cycle-a.server.ts': ['app/models/cycle-b.server.ts'],
  'app/models/cycle-b.server.ts': ['app/models/cycle-a.server.ts'],
};

/** rule name → the violations (from → to) it must report, and no others. */
const expected: Record<string, string[]> = {
  'domain-imports-only-domain': ['app/domain/leaky.ts → app/models/catalogue.server.ts'],
  'i18n-imports-only-domain-and-i18n': ['app/i18n/leaky.ts → app/search/engine.ts'],
  'components-never-import-server-code': [
    'app/components/leaky-model.tsx → app/models/catalogue.server.ts',
    'app/components/leaky-search.tsx → app/search/engine.ts',
    'app/components/leaky-server.tsx → app/utils/guard.server.ts',
  ],
  'models-never-import-the-web-edge': [
    'app/models/leaky-search.server.ts → app/search/search.server.ts',
    'app/models/leaky.server.ts → app/components/card.tsx',
  ],
  'search-engine-is-pure': ['app/search/leaky.ts → app/models/catalogue.server.ts'],
  'lib-knows-nothing-of-the-catalogue': ['app/lib/leaky.server.ts → app/models/catalogue.server.ts'],
  'database-layer-uses-only-domain': ['db/seed.ts → app/lib/hash.server.ts'],
  'nothing-imports-routes': ['app/utils/leaky.server.ts → app/routes/page.tsx'],
  // A cycle is reported once, from the first module of the cycle found.
  'no-import-cycles': ['app/models/cycle-a.server.ts → app/models/cycle-b.server.ts'],
};

function specifier(from: string, to: string): string {
  let path = join(dirname(from), '.').split('/').map(() => '..').join('/') + '/' + to;
  path = path.replace(/\.tsx?$/, '');
  return path;
}

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

let dir: string;
let violations: Violation[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sk-architecture-'));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '~/*': ['./app/*'] } } }));
  for (const [file, imports] of Object.entries(tree)) {
    mkdirSync(join(dir, dirname(file)), { recursive: true });
    const lines = imports.map((to, i) => `import * as m${i} from '${specifier(file, to)}';\nexport const use${i} = m${i};`);
    writeFileSync(join(dir, file), `${lines.join('\n')}\nexport const name = '${file}';\n`);
  }
  let output: string;
  try {
    output = execFileSync(
      process.execPath,
      [join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), 'app', 'db', '--config', join(root, '.dependency-cruiser.cjs'), '--output-type', 'json'],
      { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (error) {
    // depcruise exits non-zero when it finds violations, which is what this tree is for.
    output = (error as { stdout: string }).stdout;
  }
  violations = (JSON.parse(output) as { summary: { violations: Violation[] } }).summary.violations;
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the layer rules (.dependency-cruiser.cjs)', () => {
  it('has a planted violation for every rule of the configuration', async () => {
    const { default: config } = (await import(join(root, '.dependency-cruiser.cjs'))) as { default: { forbidden: { name: string }[] } };
    expect(config.forbidden.map((r) => r.name).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [rule, planted] of Object.entries(expected)) {
    it(`${rule}: reports its planted violation and nothing the layers allow`, () => {
      const found = violations.filter((v) => v.rule.name === rule).map((v) => `${v.from} → ${v.to}`);
      expect([...new Set(found)].sort()).toEqual([...planted].sort());
    });
  }

  it('reports nothing else', () => {
    const rules = new Set(Object.keys(expected));
    expect(violations.filter((v) => !rules.has(v.rule.name))).toEqual([]);
  });
});
