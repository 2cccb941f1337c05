/**
 * The messages a page gets in the browser: the current language's messages under the prefixes
 * that the root and the matched routes declare in their `messages` export (see
 * docs/decisions/015-messages-per-route.md), and for a viewer who may see costs also those of
 * their `professionalMessages` export. A matched route without a declaration gets the
 * whole language (professional pages); without the route table (a loader called directly in a
 * test) it is the whole language too. The selection is cached per language and prefix set.
 */
import type { ServerBuild } from '@remix-run/node';
import { matchRoutes } from '@remix-run/react';
import type { Locale, Role } from '../domain/enums';
import { canSee } from '../domain/visibility';
import { en, nl, type MessageKey } from './catalogue';
import type { Messages, PackedMessages, PageMessages } from './messages';
import { pack } from '../domain/packed';

export type RouteTable = ServerBuild['routes'];


const catalogues: Record<Locale, Record<MessageKey, string>> = { nl, en };
const allKeys = Object.keys(nl) as MessageKey[];

type RouteObject = NonNullable<Parameters<typeof matchRoutes>[0]>[number];

const trees = new WeakMap<RouteTable, RouteObject[]>();

function routeTree(routes: RouteTable): RouteObject[] {
  const cached = trees.get(routes);
  if (cached) return cached;
  const children = (parentId: string | undefined): RouteObject[] =>
    Object.values(routes)
      .filter((route) => route?.parentId === parentId)
      .map((route) => {
        const nested = children(route!.id);
        return route!.index
          ? { id: route!.id, index: true, path: route!.path, caseSensitive: route!.caseSensitive }
          : { id: route!.id, path: route!.path, caseSensitive: route!.caseSensitive, children: nested.length > 0 ? nested : undefined };
      });
  const tree = children(undefined);
  trees.set(routes, tree);
  return tree;
}

/** Paths remembered per route table before the memory is cleared (hostile paths cannot grow it). */
const MAX_REMEMBERED_PATHS = 2_000;
const matchedIds = new WeakMap<RouteTable, Map<string, readonly string[]>>();

/**
 * The ids of the routes that render `pathname`, root first. Remembered per route table and path:
 * matching ranks and compiles every route's pattern, and the answer only changes with the table.
 */
export function matchedRouteIds(routes: RouteTable, pathname: string): readonly string[] {
  let known = matchedIds.get(routes);
  if (!known) {
    known = new Map();
    matchedIds.set(routes, known);
  }
  let ids = known.get(pathname);
  if (!ids) {
    ids = Object.freeze((matchRoutes(routeTree(routes), pathname) ?? []).map((match) => match.route.id!));
    if (known.size >= MAX_REMEMBERED_PATHS) known.clear();
    known.set(pathname, ids);
  }
  return ids;
}

/**
 * The prefixes the matched routes declare, or null when one of them declares none (all messages).
 * A route's `professionalMessages` (the parts only professionals are rendered) count only for
 * `professional`.
 */
export function declaredPrefixes(routes: RouteTable, routeIds: readonly string[], professional = true): string[] | null {
  const prefixes: string[] = [];
  for (const id of routeIds) {
    const module = routes[id]?.module as { messages?: PageMessages; professionalMessages?: PageMessages } | undefined;
    if (!module?.messages) return null;
    prefixes.push(...module.messages);
    if (professional && module.professionalMessages) prefixes.push(...module.professionalMessages);
  }
  return prefixes;
}

export function keyMatchesPrefix(key: string, prefix: string): boolean {
  return key === prefix || key.startsWith(prefix.endsWith('.') ? prefix : `${prefix}.`);
}

/**
 * Labels of cost facts (the professional section, tariff units, ceiling states, the budget-ceiling
 * and tariff flags, facets and sort, staff findings and any key named after a cost field) go only
 * to viewers who may see costs, like the facts themselves
 * (docs/decisions/005-accounts-and-visibility.md); the pages that show them are professional views.
 */
const professionalOnlyPrefixes = ['pro.', 'tariffUnit.', 'ceilingStatus.', 'flags.ceiling.', 'flags.facet.', 'flags.sort.', 'finding.'];
const costFieldName = /tariffCents|ceilingCents|committedCents|remainingCents|utilisation|costCents|staffMark/i;
export const isProfessionalOnlyKey = (key: string) => professionalOnlyPrefixes.some((prefix) => key.startsWith(prefix)) || costFieldName.test(key);

const selections = new Map<string, Messages>();

/** The messages of `locale` under `prefixes` (all of them for null); cost labels only for `professional`. */
export function selectMessages(locale: Locale, prefixes: readonly string[] | null, professional = true): Messages {
  const cacheKey = `${locale}|${professional ? 'pro' : 'public'}|${prefixes ? [...new Set(prefixes)].sort().join(',') : '*'}`;
  const cached = selections.get(cacheKey);
  if (cached) return cached;
  const catalogue = catalogues[locale];
  const keys = (prefixes ? allKeys.filter((key) => prefixes.some((prefix) => keyMatchesPrefix(key, prefix))) : allKeys).filter(
    (key) => professional || !isProfessionalOnlyKey(key),
  );
  const messages: Messages = {};
  for (const key of keys) messages[key] = catalogue[key] ?? nl[key];
  selections.set(cacheKey, messages);
  return messages;
}

/** The messages for the page at `request`'s URL in `locale`, for a viewer with `role` (null: anonymous). */
export function messagesForPage(locale: Locale, request: Request, routes: RouteTable | undefined, role: Role | null): Messages {
  const professional = role !== null && canSee({ role, userId: null, organizationId: null }, 'costs');
  if (!routes) return selectMessages(locale, null, professional);
  const ids = matchedRouteIds(routes, new URL(request.url).pathname);
  // Per route table, language, audience and matched routes: the same selection object each time.
  let byRoutes = pageSelections.get(routes);
  if (!byRoutes) {
    byRoutes = new Map();
    pageSelections.set(routes, byRoutes);
  }
  const key = `${locale}|${professional ? 'pro' : 'public'}|${ids.join('|')}`;
  let messages = byRoutes.get(key);
  if (!messages) {
    messages = selectMessages(locale, declaredPrefixes(routes, ids.length > 0 ? ids : ['root'], professional), professional);
    byRoutes.set(key, messages);
  }
  return messages;
}

/** Bounded by the number of routes × languages × audiences (matched route chains, not paths). */
const pageSelections = new WeakMap<RouteTable, Map<string, Messages>>();

const packed = new WeakMap<Messages, PackedMessages>();

/** `messagesForPage`, packed for the root loader's data: the JSON text made once per selection. */
export function packedMessagesForPage(locale: Locale, request: Request, routes: RouteTable | undefined, role: Role | null): PackedMessages {
  const messages = messagesForPage(locale, request, routes, role);
  let text = packed.get(messages);
  if (text === undefined) {
    text = pack(messages);
    packed.set(messages, text);
  }
  return text;
}
