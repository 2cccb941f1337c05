/**
 * A route `headers` export that passes on what the loader or action set (Retry-After,
 * Set-Cookie, Cache-Control) to the HTML response; Remix only does that for data requests.
 */
import type { HeadersFunction } from '@remix-run/node';

export const forwardHeaders: HeadersFunction = ({ loaderHeaders, actionHeaders, errorHeaders }) => {
  const headers = new Headers();
  for (const source of [loaderHeaders, actionHeaders, errorHeaders]) {
    source?.forEach((value, key) => {
      if (key.toLowerCase() === 'set-cookie') headers.append(key, value);
      else headers.set(key, value);
    });
  }
  return headers;
};
