/**
 * The path as Remix's router matches it, so a guard keyed on a path (rate-limit tiers, body-size
 * limits, no-store pages) sees `/INLOGGEN`, `/%69nloggen`, `/inloggen/`, `//inloggen`,
 * `/x/../inloggen` and `/inloggen.data` as the `/inloggen` they reach:
 * - the URL is parsed the way the Express adapter does (`new URL(origin + originalUrl)`), which
 *   resolves dot segments and turns `\` into `/`;
 * - each segment is percent-decoded (react-router's decodePath; a bad escape stays as it is);
 * - matching ignores case and trailing slashes; single-fetch data requests end in `.data`
 *   (`/_root.data` is `/`).
 * Over-matching only makes a guard stricter, so repeated slashes are folded too.
 */
export function routePath(originalUrl: string): string {
  let pathname: string;
  try {
    pathname = new URL(`http://route.invalid${originalUrl.startsWith('/') ? '' : '/'}${originalUrl}`).pathname;
  } catch {
    pathname = originalUrl.split(/[?#]/)[0] ?? '/';
  }
  const decoded = pathname
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
  let path = decoded.toLowerCase().replace(/\/{2,}/g, '/');
  if (path === '/_root.data') path = '/';
  else if (path.endsWith('.data')) path = path.slice(0, -'.data'.length);
  path = path.replace(/\/+$/, '');
  return path === '' ? '/' : path;
}
