/** The security middleware's decisions as pure functions, and the one-time link tokens. */
import { beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createNonce } from '../../scripts/security/csp';
import { crossSiteReason } from '../../scripts/security/origin-check';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { defaultTiers, rateLimit, tierFor, tiersFor } from '../../scripts/security/rate-limit';
import { routePath } from '../../scripts/security/route-path';
import { isPrivateRequest } from '../../scripts/security/cache-control';
import { redactTokens } from '../../scripts/ops/request-log';
import { formatWait } from '../../app/utils/time-format';

beforeAll(() => {
  process.env.SESSION_SECRET = 'unit-test-secret-unit-test-secret-0123';
  process.env.DATABASE_PATH = ':memory:';
});

describe('content security policy', () => {
  it('allows scripts from this site and with the nonce only, and no framing', () => {
    const nonce = createNonce();
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(createNonce()).not.toBe(nonce);
    const policy = contentSecurityPolicy(nonce);
    const directives = Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['script-src']).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['form-action']).toEqual(["'self'"]);
  });
});

describe('origin check', () => {
  const post = { method: 'POST', host: 'kaart.example.nl' };

  it('lets reading and same-site posts through', () => {
    expect(crossSiteReason({ method: 'GET', host: 'kaart.example.nl', origin: 'https://evil.example' })).toBeNull();
    expect(crossSiteReason({ ...post, origin: 'https://kaart.example.nl' })).toBeNull();
    expect(crossSiteReason({ ...post, secFetchSite: 'same-origin' })).toBeNull();
    expect(crossSiteReason({ ...post, referer: 'https://kaart.example.nl/inloggen' })).toBeNull();
    // A program without browser headers is not a forged browser request.
    expect(crossSiteReason(post)).toBeNull();
  });

  it('refuses posts from another site', () => {
    expect(crossSiteReason({ ...post, origin: 'https://evil.example' })).toMatch(/origin/);
    expect(crossSiteReason({ ...post, origin: 'https://kaart.example.nl.evil.example' })).toMatch(/origin/);
    expect(crossSiteReason({ ...post, origin: 'null' })).toMatch(/opaque/);
    expect(crossSiteReason({ ...post, secFetchSite: 'cross-site' })).toMatch(/cross-site/);
    expect(crossSiteReason({ ...post, secFetchSite: 'same-site' })).toMatch(/same-site/);
    expect(crossSiteReason({ ...post, referer: 'https://evil.example/form' })).toMatch(/referer/);
    expect(crossSiteReason({ method: 'DELETE', host: 'kaart.example.nl', origin: 'http://evil.example' })).not.toBeNull();
  });
});

describe('rate limits', () => {
  it('are strict on signing in, looser on other posts, generous on reading', () => {
    const tier = (method: string, url: string) => tierFor(defaultTiers, method, url)?.name;
    expect(tier('POST', '/inloggen')).toBe('auth');
    expect(tier('POST', '/inloggen.data')).toBe('auth');
    expect(tier('POST', '/wachtwoord-herstellen/r.1.2.abc')).toBe('auth');
    expect(tier('POST', '/account')).toBe('write');
    expect(tier('GET', '/inloggen')).toBe('read');
  });

  it('match a path the way the router does (finding 7)', () => {
    const tier = (url: string) => tierFor(defaultTiers, 'POST', url)?.name;
    for (const url of ['/INLOGGEN', '/%69nloggen', '/%49NLOGGEN/', '/inloggen//', '//inloggen', '/x/../inloggen', '/%2e/inloggen', '/Inloggen.data?index', '/inloggen?_data=routes%2Finloggen', '/REGISTREREN', '/wachtwoord-VERGETEN/']) {
      expect(tier(url), url).toBe('auth');
    }
    expect(routePath('/Aanbieders/%C4%8D/')).toBe('/aanbieders/č');
    expect(routePath('/_root.data')).toBe('/');
    expect(routePath('/bad%escape')).toBe('/bad%escape');
  });

  it('count through express-rate-limit and answer 429 with Retry-After and a page', async () => {
    const app = express();
    app.use(rateLimit(tiersFor({ readsPerMinute: 0, writesPerMinute: 3, signInsPerMinute: 2 })));
    app.all('*', (_req, res) => res.send('ok'));
    const server = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const post = (path: string) => fetch(`${origin}${path}`, { method: 'POST', headers: { 'Accept-Language': 'en' } });
    try {
      expect((await post('/inloggen')).status).toBe(200);
      expect((await post('/INLOGGEN')).status).toBe(200);
      // A third sign-in, spelled another way, is still the third.
      const refused = await post('/%69nloggen');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
      expect(await refused.text()).toContain('Please wait');
      // Other posts have their own count; reading is switched off (0).
      expect((await post('/account')).status).toBe(200);
      for (let i = 0; i < 5; i++) expect((await fetch(`${origin}/zoeken`)).status).toBe(200);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('answer an API client that must wait in JSON, not with a page', async () => {
    const app = express();
    app.use(rateLimit(tiersFor({ readsPerMinute: 1, writesPerMinute: 0, signInsPerMinute: 0 })));
    app.all('*', (_req, res) => res.json({ ok: true }));
    const server = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect((await fetch(`${origin}/api/hsds/services`)).status).toBe(200);
      const refused = await fetch(`${origin}/api/hsds/services`, { headers: { 'Accept-Language': 'en' } });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('Content-Type')).toMatch(/^application\/json/);
      const body = (await refused.json()) as { error: string; detail: string; retry_after_seconds: number };
      expect(body.error).toBe('too_many_requests');
      expect(body.detail).toContain('Wait 1 minute');
      expect(body.retry_after_seconds).toBeGreaterThan(0);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('say how long to wait in words', () => {
    expect(formatWait('nl', 30)).toBe('30 seconden');
    expect(formatWait('nl', 1)).toBe('1 seconde');
    expect(formatWait('nl', 61)).toBe('2 minuten');
    expect(formatWait('en', 60)).toBe('1 minute');
  });
});

describe('private responses', () => {
  it('are the signed-in ones and the account and management pages', () => {
    expect(isPrivateRequest('/', 'taal=nl; sk_session=abc')).toBe(true);
    expect(isPrivateRequest('/zoeken', '__Host-sk_session=abc')).toBe(true);
    expect(isPrivateRequest('/beheer/gebruikers', undefined)).toBe(true);
    expect(isPrivateRequest('/account.data', undefined)).toBe(true);
    expect(isPrivateRequest('/zoeken', 'taal=nl')).toBe(false);
    expect(isPrivateRequest('/zoeken', 'sk_session=')).toBe(false);
    expect(isPrivateRequest('/beheerders-info', undefined)).toBe(false);
  });

  it('keep one-time link tokens out of the request log', () => {
    expect(redactTokens('/wachtwoord-herstellen/r.12.1800000000.abcdef')).toBe('/wachtwoord-herstellen/[token]');
    expect(redactTokens('/uitnodiging/i.3.1800000000.xyz?x=1')).toBe('/uitnodiging/[token]?x=1');
    expect(redactTokens('/zoeken?q=uitnodiging')).toBe('/zoeken?q=uitnodiging');
  });
});

describe('one-time links', () => {
  it('work once, for one purpose and one account, until they expire', async () => {
    const { createAccountToken, verifyAccountToken, tokenUserId } = await import('../../app/lib/account-link.server');
    const subject = { id: 7, email: 'nieuw@example.nl', passwordHash: null, disabledAt: null };
    const now = Date.parse('2026-11-23T12:00:00Z');
    const { token, expiresAt } = createAccountToken('invitation', subject, new Date(now));
    expect(expiresAt.getTime()).toBe(now + 7 * 86_400_000);
    expect(tokenUserId(token, 'invitation')).toBe(7);
    expect(tokenUserId(token, 'password_reset')).toBeNull();
    expect(verifyAccountToken(token, 'invitation', subject, new Date(now + 1000))).toBe(true);
    expect(verifyAccountToken(token, 'password_reset', subject, new Date(now + 1000))).toBe(false);
    expect(verifyAccountToken(token, 'invitation', { ...subject, id: 8 }, new Date(now))).toBe(false);
    expect(verifyAccountToken(token, 'invitation', subject, new Date(expiresAt.getTime() + 1))).toBe(false);
    // Used: the password hash it was signed over has changed.
    expect(verifyAccountToken(token, 'invitation', { ...subject, passwordHash: 'scrypt$…' }, new Date(now))).toBe(false);
    expect(verifyAccountToken(token, 'invitation', { ...subject, email: 'ander@example.nl' }, new Date(now))).toBe(false);
    expect(verifyAccountToken(token, 'invitation', { ...subject, disabledAt: new Date(now) }, new Date(now))).toBe(false);
    const tampered = token.replace(/\.(\d+)\./, (_, n: string) => `.${Number(n) + 1}.`);
    expect(verifyAccountToken(tampered, 'invitation', subject, new Date(now))).toBe(false);
  });
});
