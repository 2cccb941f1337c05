/** The /api/hsds/ middleware: CORS on every answer (exactly once), JSON 405, preflight 204. */
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hsdsApiAnswers, hsdsMethodAnswer } from '../../scripts/hsds-api';

let base = '';
let close: () => void = () => {};

beforeAll(async () => {
  const app = express();
  app.use('/api/hsds', hsdsApiAnswers());
  // Like the Remix adapter: a route that sets the header itself, with res.append.
  app.get('/api/hsds/services', (_req, res) => {
    res.append('Access-Control-Allow-Origin', '*');
    res.type('application/json').send('{"contents":[]}');
  });
  // An answer made elsewhere (say, a rate limit) without the header.
  app.get('/api/hsds/limited', (_req, res) => res.status(429).type('text/html').send('<p>wacht</p>'));
  app.get('/elders', (_req, res) => res.send('ok'));
  await new Promise<void>((done) => {
    const server = app.listen(0, '127.0.0.1', () => {
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      close = () => server.close();
      done();
    });
  });
});

afterAll(() => close());

describe('hsdsMethodAnswer', () => {
  it('passes reading on, answers a preflight and refuses writing', () => {
    expect(hsdsMethodAnswer('GET')).toBeNull();
    expect(hsdsMethodAnswer('head')).toBeNull();
    expect(hsdsMethodAnswer('OPTIONS')?.status).toBe(204);
    for (const m of ['POST', 'PUT', 'PATCH', 'DELETE']) expect(hsdsMethodAnswer(m)?.status).toBe(405);
  });
});

describe('the middleware over HTTP', () => {
  it('gives every answer under /api/hsds/ one CORS header, and leaves other paths alone', async () => {
    const ok = await fetch(`${base}/api/hsds/services`);
    expect(ok.headers.get('access-control-allow-origin')).toBe('*');
    const limited = await fetch(`${base}/api/hsds/limited`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('access-control-allow-origin')).toBe('*');
    const elsewhere = await fetch(`${base}/elders`);
    expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers POST with a JSON 405 naming the allowed methods, and OPTIONS with 204', async () => {
    const post = await fetch(`${base}/api/hsds/services`, { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
    expect(post.headers.get('content-type')).toMatch(/^application\/json/);
    expect(post.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(post.headers.get('access-control-allow-origin')).toBe('*');
    expect(await post.json()).toMatchObject({ error: 'method_not_allowed' });
    const preflight = await fetch(`${base}/api/hsds/services/x`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
  });
});
