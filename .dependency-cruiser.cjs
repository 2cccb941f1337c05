/**
 * The layers of Sociale Kaart, checked by dependency-cruiser (`npm run lint:deps`, run by .ci/run).
 * The picture is in README.md ("Architecture"); the reasons in
 * docs/decisions/016-layers-checked-by-tools.md. Arrows point down only:
 *
 *   app/routes, app/root.tsx, app/entry.*        the web edge
 *     app/components                             React views (client-safe)
 *     app/utils, app/mail                        route helpers: guards, forms, cookies, e-mail
 *     app/search/*.server.ts                     the search service (live index, search for a viewer)
 *   app/models                                   all queries
 *   app/search/*.ts (not .server)                the pure search engine
 *   app/lib                                      hashing, tokens, TOTP, logging (nothing of the catalogue)
 *   db/ (schema, client, seed), app/env.server.ts, app/db.server.ts
 *   app/domain, app/i18n                         pure rules and messages
 *
 * Each rule's name and comment say in words what it keeps; a violation prints both.
 * tests/unit/architecture.test.ts plants a violation of every rule and checks it is caught.
 */

/** Modules the browser may load: anything ending in .server.ts(x) never is. */
const SERVER_ONLY = '\\.server\\.tsx?$';
/** The pure search engine: every file in app/search except the *.server.ts ones. */
const SEARCH_CORE = '^app/search/(?!.*\\.server\\.ts$)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-imports-only-domain',
      comment:
        'app/domain is the pure core (rules, enumerations, the visibility policy): it may import other domain modules and npm packages, nothing else of ours.',
      severity: 'error',
      from: { path: '^app/domain/' },
      to: { path: '^(app|db|scripts|tests)/', pathNot: '^app/domain/' },
    },
    {
      name: 'i18n-imports-only-domain-and-i18n',
      comment:
        'app/i18n holds the message catalogues: they may use domain types and each other; locale.server.ts may also read the language cookie (app/utils/cookies.server.ts).',
      severity: 'error',
      from: { path: '^app/i18n/' },
      to: {
        path: '^(app|db|scripts|tests)/',
        pathNot: ['^app/(i18n|domain)/', '^app/utils/cookies\\.server\\.ts$'],
      },
    },
    {
      name: 'components-never-import-server-code',
      comment:
        'app/components is rendered in the browser too: never models, the database, search internals, routes or any *.server.ts (search result types come from app/search/types.ts).',
      severity: 'error',
      // professional-only.ts is the one deliberate exception: it imports the .server module that
      // re-exports the professional-only components, which is empty in the browser, so residents
      // never download that code while the server still renders it (ADR 015).
      from: { path: '^app/components/', pathNot: '^app/components/professional-only\\.ts$' },
      to: {
        path: [SERVER_ONLY, '^app/models/', '^db/', '^app/routes/', '^app/search/'],
        pathNot: ['^app/search/types\\.ts$'],
      },
    },
    {
      name: 'models-never-import-the-web-edge',
      comment:
        'app/models hold the queries: they never import routes, components, route helpers (app/utils), mail or the search service (app/search/*.server.ts); they tell the search index about changes through app/models/catalogue-events.server.ts.',
      severity: 'error',
      from: { path: '^app/models/' },
      to: { path: ['^app/routes/', '^app/components/', '^app/utils/', '^app/mail/', '^app/search/.*\\.server\\.ts$', '^app/root\\.tsx$'] },
    },
    {
      name: 'search-engine-is-pure',
      comment:
        'The search engine (app/search/*.ts that are not *.server.ts) is pure: only domain, i18n and itself. The database reads live in the search service (app/search/*.server.ts) and the models.',
      severity: 'error',
      from: { path: SEARCH_CORE },
      to: { path: '^(app|db|scripts|tests)/', pathNot: ['^app/(domain|i18n)/', SEARCH_CORE] },
    },
    {
      name: 'lib-knows-nothing-of-the-catalogue',
      comment:
        'app/lib (password hashing, account tokens, TOTP, logging) sits below the models: it may use domain, i18n, the environment and itself only.',
      severity: 'error',
      from: { path: '^app/lib/' },
      to: { path: '^(app|db|scripts|tests)/', pathNot: ['^app/(domain|i18n|lib)/', '^app/env\\.server\\.ts$'] },
    },
    {
      name: 'database-layer-uses-only-domain',
      comment:
        'db/ (schema, client, migrations, seed) is below the app: it may import app/domain (enumerations, rules the seed follows), nothing else of app/.',
      severity: 'error',
      from: { path: '^db/' },
      to: { path: '^app/', pathNot: '^app/domain/' },
    },
    {
      name: 'nothing-imports-routes',
      comment: 'Route modules are entry points for Remix; shared code belongs in components, utils or models.',
      severity: 'error',
      from: { path: '^(app|db|scripts)/', pathNot: '^app/routes/' },
      to: { path: '^app/routes/' },
    },
    {
      name: 'no-import-cycles',
      comment:
        'No module reaches itself through its imports: a cycle ties folders (layers) together so neither can change alone.',
      severity: 'error',
      from: { path: '^(app|db|scripts)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^(app|db|scripts)/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.cjs', '.mjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
