/**
 * Messages per page (docs/decisions/015-messages-per-route.md): the browser gets only the
 * messages the root and the matched routes declare in their `messages` export. This test reads every
 * route's module graph and fails when a page can ask for a key it is not sent — so no visitor
 * sees a bare key — and when a page does not declare its messages (it would get the whole
 * language). Every route is covered: a route without a declaration fails unless it is a resource
 * route (no component, no error boundary: it never renders a page, so it is sent no messages).
 * Both languages are checked: each page gets the same keys in English as in Dutch, every one with
 * its own English text.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { ServerBuild } from '@remix-run/node';
import { describe, expect, it } from 'vitest';
import { en, nl } from '../../app/i18n/catalogue';
import { makeTranslatorFrom } from '../../app/i18n/messages';
import { isProfessionalOnlyKey, keyMatchesPrefix, matchedRouteIds, messagesForPage, selectMessages } from '../../app/i18n/route-messages.server';
import { citizenRoutes } from '../support/citizen-routes';
import { appDir, declaredMessages, keysUsedBy, moduleGraph, routeFile } from '../support/message-usage';

const keys = Object.keys(nl);


const routeIds = readdirSync(join(appDir, 'routes'))
  .filter((name) => /\.tsx?$/.test(name))
  .map((name) => `routes/${name.replace(/\.tsx?$/, '')}`);

/** A resource route renders no page: no default export (component) and no error boundary. */
function isResourceRoute(routeId: string): boolean {
  const source = readFileSync(routeFile(routeId), 'utf8');
  return !/^export default\b/m.test(source) && !/^export (function|const) ErrorBoundary\b/m.test(source);
}

const pageRouteIds = routeIds.filter((id) => !isResourceRoute(id));

type Audience = 'professional' | 'citizen';

/** What the root and the route declare for `audience`: a professional also gets `professionalMessages`. */
function prefixesOf(routeId: string, audience: Audience = 'professional'): string[] {
  const file = routeFile(routeId);
  return [
    ...declaredMessages(routeFile('root'))!,
    ...(declaredMessages(file) ?? []),
    ...(audience === 'professional' ? (declaredMessages(file, 'professionalMessages') ?? []) : []),
  ];
}

/**
 * The keys the modules rendered for `audience` can ask for. A citizen is not rendered the
 * professional-only modules (isProfessionalOnlyModule), and is never sent the labels of cost facts
 * (isProfessionalOnlyKey: those only the professional check asks for).
 */
function usedKeys(routeId: string, audience: Audience = 'professional'): Set<string> {
  const used = [...keysUsedBy(moduleGraph(routeFile('root'), audience), keys), ...keysUsedBy(moduleGraph(routeFile(routeId), audience), keys)];
  return new Set(audience === 'citizen' ? used.filter((key) => !isProfessionalOnlyKey(key)) : used);
}

function missingKeys(routeId: string, audience: Audience, prefixes = prefixesOf(routeId, audience)): string[] {
  return [...usedKeys(routeId, audience)].filter((key) => !prefixes.some((prefix) => keyMatchesPrefix(key, prefix))).sort();
}

describe('messages per page', () => {
  it('the root declares the layout messages and every citizen page declares its own', () => {
    expect(declaredMessages(routeFile('root'))).not.toBeNull();
    for (const id of citizenRoutes) expect(declaredMessages(routeFile(id)), id).not.toBeNull();
  });

  it('every route that renders a page declares its messages, so no page gets the whole language', () => {
    expect(pageRouteIds.length).toBeGreaterThan(60);
    for (const id of citizenRoutes) expect(pageRouteIds, id).toContain(id);
    const undeclared = pageRouteIds.filter((id) => declaredMessages(routeFile(id)) === null);
    expect(undeclared).toEqual([]);
    // The resource routes (API, exports, health, language switch) render nothing.
    for (const id of routeIds.filter(isResourceRoute)) expect(id, id).toMatch(/^routes\/(api\.|healthz$|taal\.|beheer\.export$|inzicht\.export$)/);
  });

  it('every page is sent every key its code can ask for, a citizen and a professional alike', () => {
    const missing = Object.fromEntries(
      pageRouteIds
        .flatMap((id) => (['citizen', 'professional'] as const).map((audience) => [`${id} (${audience})`, missingKeys(id, audience)] as const))
        .filter(([, list]) => list.length > 0),
    );
    expect(missing).toEqual({});
  }, 60_000);

  it('the professional-only parts of the provider page count for professionals only, and both checks notice a missing prefix', () => {
    const id = 'routes/aanbieders.$slug';
    const relativeGraph = (audience: Audience) => moduleGraph(routeFile(id), audience).map((file) => relative(appDir, file));
    expect(relativeGraph('professional')).toEqual(expect.arrayContaining(['components/professional-section.tsx', 'components/insight-general.tsx']));
    expect(relativeGraph('citizen')).not.toContain('components/professional-section.tsx');
    expect(relativeGraph('citizen')).not.toContain('components/insight-general.tsx');
    expect(relativeGraph('citizen')).toContain('components/provider-reviews.tsx');
    expect(usedKeys(id, 'professional').has('insight.general.title')).toBe(true);
    expect(usedKeys(id, 'citizen').has('insight.general.title')).toBe(false);
    expect(usedKeys(id, 'citizen').has('waiting.unknown')).toBe(true);
    // The route's own declarations name prefixes, they do not count as using them.
    expect(usedKeys(id, 'citizen').has('v.required')).toBe(false);
    // A prefix missing for citizens, or from the professional-only list, is reported.
    expect(missingKeys(id, 'citizen', prefixesOf(id, 'citizen').filter((prefix) => prefix !== 'waiting'))).toContain('waiting.unknown');
    expect(missingKeys(id, 'professional', prefixesOf(id, 'professional').filter((prefix) => prefix !== 'insight.general'))).toContain('insight.general.title');
    // The split holds: a citizen's declaration lacks what only professionals are rendered.
    expect(missingKeys(id, 'professional', prefixesOf(id, 'citizen'))).toEqual(expect.arrayContaining(['insight.general.title', 'v.required', 'form.error.unknown']));
  });

  it('every page gets the same keys in English as in Dutch, each with its own English text', () => {
    const problems: Record<string, string[]> = {};
    for (const id of pageRouteIds) {
      const prefixes = prefixesOf(id, 'professional');
      const dutch = selectMessages('nl', prefixes);
      const english = selectMessages('en', prefixes);
      expect(Object.keys(english).sort(), id).toEqual(Object.keys(dutch).sort());
      const untranslated = [...usedKeys(id)].filter((key) => !(key in en) || (en as Record<string, string>)[key] === '');
      if (untranslated.length > 0) problems[id] = untranslated;
      // A declared prefix that names no key is a typo: its messages would never arrive.
      const stale = prefixes.filter((prefix) => !keys.some((key) => keyMatchesPrefix(key, prefix)));
      if (stale.length > 0) problems[`${id} (stale prefixes)`] = stale;
    }
    expect(problems).toEqual({});
  }, 60_000);

  it('a page gets far fewer keys than the whole language', () => {
    for (const id of ['routes/vergelijken', 'routes/beheer.aanbieders._index', 'routes/inzicht._index', 'routes/keuzelijst._index']) {
      expect(Object.keys(selectMessages('nl', prefixesOf(id))).length, id).toBeLessThan(keys.length / 3);
    }
  });

  it('the usage scan finds exact keys, plural bases and computed keys', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-messages-'));
    const page = join(dir, 'page.tsx');
    const part = join(dir, 'part.ts');
    writeFileSync(page, "import { label } from './part';\nexport const a = (t: any, law: string) => [t('home.title'), t(`law.${law}`), label];\n");
    writeFileSync(part, "export const label = 'search.total'; // plural base\nexport const unrelated = 'not a key';\n");
    const found = keysUsedBy(moduleGraph(page), keys);
    expect(found.has('home.title')).toBe(true);
    expect(found.has('law.wmo') && found.has('law.jeugdwet')).toBe(true);
    expect(found.has('search.total.one') && found.has('search.total.other')).toBe(true);
    expect(found.has('home.intro')).toBe(false);
    // And the check would notice an undeclared key.
    expect([...found].filter((key) => !['home', 'law'].some((prefix) => keyMatchesPrefix(key, prefix)))).toContain('search.total.one');
  });
});

describe('selecting the messages of a page', () => {
  const module = (messages?: string[]) => ({ messages }) as never;
  const routes = {
    root: { id: 'root', path: '', module: module(['nav']) },
    'routes/_index': { id: 'routes/_index', parentId: 'root', index: true, module: module(['home']) },
    'routes/zoeken': { id: 'routes/zoeken', parentId: 'root', path: 'zoeken', module: module(['search.facet']) },
    'routes/beheer': { id: 'routes/beheer', parentId: 'root', path: 'beheer', module: module() },
    'routes/aanbieders.$slug': {
      id: 'routes/aanbieders.$slug',
      parentId: 'root',
      path: 'aanbieders/:slug',
      module: { messages: ['provider'], professionalMessages: ['insight.general', 'pro.title'] },
    },
  } as unknown as ServerBuild['routes'];
  const request = (path: string) => new Request(`http://localhost${path}`);

  it('matches the routes of a path', () => {
    expect(matchedRouteIds(routes, '/')).toEqual(['root', 'routes/_index']);
    expect(matchedRouteIds(routes, '/zoeken')).toEqual(['root', 'routes/zoeken']);
  });

  it('sends one language and only the declared prefixes of the root and the page', () => {
    const messages = messagesForPage('en', request('/zoeken?q=hulp'), routes, null);
    const sent = Object.keys(messages);
    expect(sent.length).toBeGreaterThan(5);
    expect(sent.every((key) => key.startsWith('nav.') || key.startsWith('search.facet.'))).toBe(true);
    expect(messages['nav.home' as keyof typeof messages]).toBe(en['nav.home']);
    expect(sent).not.toContain('search.facets.title');
    expect(sent).not.toContain('home.title');
    expect(Object.keys(messagesForPage('nl', request('/'), routes, null)).some((key) => key.startsWith('home.'))).toBe(true);
  });

  it('sends the whole language to a page without a declaration, or without the route table', () => {
    expect(Object.keys(messagesForPage('nl', request('/beheer'), routes, 'staff'))).toHaveLength(keys.length);
    expect(Object.keys(messagesForPage('en', request('/zoeken'), undefined, 'admin'))).toHaveLength(keys.length);
    expect(selectMessages('nl', ['home'])).toBe(selectMessages('nl', ['home']));
  });

  it('sends the labels of cost facts only to viewers who may see costs', () => {
    const forResident = Object.keys(messagesForPage('nl', request('/beheer'), routes, 'citizen'));
    const forStaff = Object.keys(messagesForPage('nl', request('/beheer'), routes, 'staff'));
    expect(forStaff).toContain('pro.title');
    expect(forResident).not.toContain('pro.title');
    expect(forResident.some((key) => /tariffCents|utilisation/i.test(key))).toBe(false);
    expect(forResident.length).toBeGreaterThan(keys.length / 2);
  });

  it('sends a route\'s professional-only messages to viewers who may see costs only', () => {
    const sent = (role: Parameters<typeof messagesForPage>[3]) => Object.keys(messagesForPage('nl', request('/aanbieders/x'), routes, role));
    for (const role of [null, 'citizen', 'provider'] as const) {
      expect(sent(role), String(role)).toContain('provider.services');
      expect(sent(role).filter((key) => key.startsWith('insight.') || key.startsWith('pro.')), String(role)).toEqual([]);
    }
    for (const role of ['staff', 'policy', 'admin'] as const) {
      expect(sent(role), role).toEqual(expect.arrayContaining(['provider.services', 'insight.general.title', 'pro.title']));
    }
  });

  it('sends the labels of the budget-ceiling and tariff flags, facets and sort to viewers who may see costs only', () => {
    // The search page's own declaration: its code can ask for them, a citizen is never rendered them.
    const prefixes = prefixesOf('routes/zoeken', 'professional');
    const costLabels = (professional: boolean) => Object.keys(selectMessages('nl', prefixes, professional)).filter((key) => /^flags\.(ceiling|facet|sort)\./.test(key));
    expect(costLabels(false)).toEqual([]);
    expect(costLabels(true)).toEqual(expect.arrayContaining(['flags.ceiling.reached', 'flags.facet.tariff.hoog', 'flags.sort.tariff']));
  });

  it('the browser translator fills placeholders and shows a key it did not get as the key', () => {
    const reported: string[] = [];
    const messages = selectMessages('nl', ['home', 'search.total']);
    const { t, plural, has } = makeTranslatorFrom('nl', messages);
    expect(t('home.title', { municipality: 'Vlietstede' })).toBe('Hulp en ondersteuning in Vlietstede');
    expect(plural('search.total', 1234)).toBe('1.234 resultaten');
    expect(has('home.title')).toBe(true);
    expect(has('nav.home')).toBe(false);
    const original = console.error;
    console.error = (text: string) => reported.push(text);
    try {
      expect(t('nav.home')).toBe('nav.home');
    } finally {
      console.error = original;
    }
    expect(reported[0]).toContain('nav.home');
  });
});
