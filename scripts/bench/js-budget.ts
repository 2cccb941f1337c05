/**
 * JavaScript per citizen page (issue 12, goal 3): builds the app when stale and prints, per page,
 * the gzip-compressed JavaScript a first visit loads, against the 100 kB budget that
 * tests/integration/client-bundle.test.ts enforces. For docs/benchmarks.md.
 *
 *   npm run bench:js
 */
import { buildIfStale } from '../build-if-stale';
import { citizenRoutes } from '../../tests/support/citizen-routes';
import { readManifest } from '../browser-manifest';
import { routeJavaScript } from './js-size';

buildIfStale(() => undefined);
const manifest = readManifest();
console.log('| page | kB gzip | ≤ 100 kB |');
console.log('| --- | ---: | --- |');
for (const id of citizenRoutes) {
  const { gzipBytes } = routeJavaScript(manifest, id);
  console.log(`| \`${id.replace(/^routes\//, '')}\` | ${(gzipBytes / 1000).toFixed(1)} | ${gzipBytes <= 100_000 ? 'yes' : 'no'} |`);
}
