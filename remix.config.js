/**
 * Remix 2 with the classic compiler. Every v3 future flag the classic compiler supports is on,
 * so a later move to React Router 7 is mechanical (see docs/decisions/001-stack.md).
 * @type {import('@remix-run/dev').AppConfig}
 */
export default {
  ignoredRouteFiles: ['**/.*', '**/*.test.*'],
  serverModuleFormat: 'esm',
  serverPlatform: 'node',
  serverBuildPath: 'build/index.js',
  assetsBuildDirectory: 'public/build',
  publicPath: '/build/',
  // better-sqlite3 is native and stays external; everything else is bundled as usual.
  serverDependenciesToBundle: [/^@conform-to\//],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_singleFetch: true,
    v3_lazyRouteDiscovery: true,
  },
};
