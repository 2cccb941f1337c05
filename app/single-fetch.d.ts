/**
 * Types for Remix single fetch, which remix.config.js turns on (v3_singleFetch): with this,
 * `useLoaderData<typeof loader>()` understands loaders that return `data(value, init)`.
 */
import '@remix-run/node';

declare module '@remix-run/node' {
  interface Future {
    v3_singleFetch: true;
  }
}
