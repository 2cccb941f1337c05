/**
 * Calling Remix loaders and actions directly in integration tests: requests with a cookie or a
 * form, results unwrapped whether they are plain data, `data()` with a status, or a Response.
 */
import type { AppLoadContext } from '@remix-run/node';
import { TEST_NOW } from './paths';

export const BASE = 'http://localhost';

export interface CallArgs {
  request: Request;
  params: Record<string, string>;
  context: AppLoadContext;
}

/** Options of a call; `now` is the request's instant (default TEST_NOW, the frozen test clock). */
export interface CallOptions {
  cookie?: string;
  params?: Record<string, string>;
  headers?: Record<string, string>;
  ip?: string;
  now?: Date;
}

export function getArgs(path: string, options: CallOptions = {}): CallArgs {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.cookie) headers.Cookie = options.cookie;
  return { request: new Request(`${BASE}${path}`, { headers }), params: options.params ?? {}, context: { clientIp: options.ip ?? '192.0.2.10', now: options.now ?? TEST_NOW } };
}

export function postArgs(
  path: string,
  form: Record<string, string>,
  options: CallOptions = {},
): CallArgs {
  const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded', 'User-Agent': 'vitest (X11; Linux x86_64) Firefox/133.0', ...(options.headers ?? {}) };
  if (options.cookie) headers.Cookie = options.cookie;
  return {
    request: new Request(`${BASE}${path}`, { method: 'POST', headers, body: new URLSearchParams(form).toString() }),
    params: options.params ?? {},
    context: { clientIp: options.ip ?? '192.0.2.10', now: options.now ?? TEST_NOW },
  };
}

export interface Unwrapped<T = unknown> {
  status: number;
  headers: Headers;
  data: T;
  location: string | null;
}

/** Runs a loader or action and returns status, headers and data, also when it throws a Response. */
export async function call<T = any>(run: () => Promise<unknown> | unknown): Promise<Unwrapped<T>> {
  let result: unknown;
  try {
    result = await run();
  } catch (error) {
    if (error instanceof Response) result = error;
    else throw error;
  }
  if (result instanceof Response) {
    const text = await result.text();
    let data: unknown = text;
    try {
      data = JSON.parse(text);
    } catch {
      // plain text body
    }
    return { status: result.status, headers: result.headers, data: data as T, location: result.headers.get('Location') };
  }
  if (result && typeof result === 'object' && (result as { type?: string }).type === 'DataWithResponseInit') {
    const wrapped = result as { data: T; init: ResponseInit | null };
    const headers = new Headers(wrapped.init?.headers);
    return { status: wrapped.init?.status ?? 200, headers, data: wrapped.data, location: headers.get('Location') };
  }
  return { status: 200, headers: new Headers(), data: result as T, location: null };
}

/** `name=value` for a Cookie header from a Set-Cookie header. */
export function cookieFrom(setCookie: string | null): string {
  if (!setCookie) throw new Error('no Set-Cookie header');
  return setCookie.split(';')[0]!;
}
