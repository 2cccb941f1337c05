/**
 * What the first paint of a citizen page waits for (ADR 020): one style sheet for the layout,
 * bundled, minified and cached for a year; the hydration modules fetched only after the first
 * paint (ADR 031), so they do not compete with it; every inline script still carries the CSP nonce.
 * Against the built app, through the Express server, in production mode.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import type { ServerBuild } from '@remix-run/node';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.NODE_ENV = 'production';
});

import { buildIfStale, serverBuildFile } from '../../scripts/build-if-stale';
import { createApp } from '../../scripts/server';
import { tiersFor } from '../../scripts/security/rate-limit';

let server: Server;
let origin: string;
const db = new Database(process.env.DATABASE_PATH!, { readonly: true });
const slug = (db.prepare("SELECT slug FROM organizations WHERE status = 'active' ORDER BY slug LIMIT 1").get() as { slug: string }).slug;
const pages = ['/', '/zoeken?q=begeleiding', `/aanbieders/${slug}`, '/toegankelijkheid'];

beforeAll(async () => {
  buildIfStale(() => undefined);
  const build = (await import(`${pathToFileURL(serverBuildFile).href}?t=${Date.now()}`)) as ServerBuild;
  const app = createApp({ build, mode: 'production', logRequests: false, rateLimits: tiersFor({ readsPerMinute: 0, writesPerMinute: 0, signInsPerMinute: 0 }), pageCacheBytes: 0 });
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  db.close();
  await new Promise((resolve) => server.close(resolve));
});

const tags = (html: string, name: string) => [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map((m) => m[0]);
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1];

describe.each(pages)('%s', (path) => {
  it('links one layout style sheet first, then only the page its own', async () => {
    const html = await (await fetch(`${origin}${path}`)).text();
    const sheets = tags(html, 'link').filter((tag) => attribute(tag, 'rel') === 'stylesheet').map((tag) => attribute(tag, 'href')!);
    expect(sheets[0]).toMatch(/^\/build\/_assets\/site-[A-Z0-9]+\.css$/);
    expect(sheets.filter((href) => /\/(utrecht\.generated|theme|app|accounts)-/.test(href))).toEqual([]);
  });

  it('fetches no module before the first paint: one loader script lists them, and every script has the nonce', async () => {
    const response = await fetch(`${origin}${path}`);
    const nonce = /'nonce-([^']+)'/.exec(response.headers.get('Content-Security-Policy') ?? '')?.[1];
    const html = await response.text();
    // Nothing the preload scanner would fetch next to the style sheet (ADR 031).
    expect(tags(html, 'link').filter((tag) => attribute(tag, 'rel') === 'modulepreload')).toEqual([]);
    expect(tags(html, 'script').filter((tag) => attribute(tag, 'type') === 'module' || attribute(tag, 'src') !== undefined)).toEqual([]);
    const loaders = [...html.matchAll(/<script[^>]*>(\(function\(d,n\)[^<]*)<\/script>/g)].map((m) => m[1]!);
    expect(loaders).toHaveLength(1);
    const modules = JSON.parse(/\[("\/build\/[^"]+\.js",?)+\]/.exec(loaders[0]!)![0]) as string[];
    // The entry module, the root's and the page's route module, each served by the build.
    expect(modules.some((href) => /^\/build\/entry\.client-[A-Z0-9]+\.js$/.test(href))).toBe(true);
    expect(modules.some((href) => /^\/build\/root-[A-Z0-9]+\.js$/.test(href))).toBe(true);
    expect(modules.some((href) => /^\/build\/routes\//.test(href))).toBe(true);
    for (const href of modules) {
      const module = await fetch(`${origin}${href}`);
      expect(module.status, href).toBe(200);
      expect(module.headers.get('Content-Type'), href).toMatch(/javascript/);
    }
    const scripts = tags(html, 'script');
    expect(scripts.length).toBeGreaterThan(1);
    for (const tag of scripts) expect(attribute(tag, 'nonce'), tag).toBe(nonce);
  });
});

describe('a signed-in page', () => {
  // Staff tools are used as soon as they show: their modules come with the page, after the style sheet.
  it('keeps the module preloads, at low priority, and the module script', async () => {
    const signIn = await fetch(`${origin}/inloggen`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin },
      body: new URLSearchParams({ email: 'medewerker@example.nl', password: 'sociale-kaart-demo' }).toString(),
    });
    expect(signIn.status).toBe(302);
    const cookie = signIn.headers.get('Set-Cookie')!.split(';')[0]!;
    for (const path of ['/zoeken?q=begeleiding', '/vergelijken']) {
      const response = await fetch(`${origin}${path}`, { headers: { Cookie: cookie } });
      expect(response.status, path).toBe(200);
      const nonce = /'nonce-([^']+)'/.exec(response.headers.get('Content-Security-Policy') ?? '')?.[1];
      const html = await response.text();
      const preloads = tags(html, 'link').filter((tag) => attribute(tag, 'rel') === 'modulepreload');
      expect(preloads.length, path).toBeGreaterThan(2);
      for (const tag of preloads) expect(attribute(tag, 'fetchpriority'), tag).toBe('low');
      expect(preloads.some((tag) => /\/build\/entry\.client-/.test(attribute(tag, 'href') ?? '')), path).toBe(true);
      expect(tags(html, 'script').filter((tag) => attribute(tag, 'type') === 'module'), path).toHaveLength(1);
      expect(html, path).not.toContain('(function(d,n)');
      for (const tag of tags(html, 'script')) expect(attribute(tag, 'nonce'), tag).toBe(nonce);
    }
  });
});

describe('the layout style sheet', () => {
  it('is one minified file with the Utrecht components and our own rules, cached for a year', async () => {
    const html = await (await fetch(`${origin}/`)).text();
    const href = tags(html, 'link').map((tag) => attribute(tag, 'href')).find((h) => h?.includes('/site-'))!;
    const response = await fetch(`${origin}${href}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toMatch(/max-age=31536000.*immutable/);
    const css = await response.text();
    expect(css).toContain('.utrecht-button');
    expect(css).toContain('.sk-theme');
    expect(css).not.toContain('@import');
    expect(css.indexOf('@charset', 1)).toBe(-1);
    // Minified: no line per declaration.
    expect(css.split('\n').length).toBeLessThan(20);
  });
});
