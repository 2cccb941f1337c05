/**
 * Triage of the moderation queue (/beheer/moderatie): filters by signal, provider, verified and
 * reported, with a count per choice; sorting by risk (signals first) or by date; the flagged
 * fragments of a text to highlight; and, after a decision, the item that came next. Pure: the
 * queue itself comes from app/models/review.server.ts. All state lives in the address, so it
 * works without JavaScript and a decision keeps the moderator's filters.
 */
import { z } from 'zod';
import { reviewFlagKinds, type ReviewFlag, type ReviewFlagKind } from './review-flags';

export const queueSorts = ['risico', 'oudste', 'nieuwste'] as const;
export type QueueSort = (typeof queueSorts)[number];
export const QUEUE_PER_PAGE = 20;

export const queueQuerySchema = z.object({
  signaal: z.enum([...reviewFlagKinds, 'geen', 'alle'] as [string, ...string[]]).optional().catch(undefined),
  aanbieder: z.string().trim().max(64).regex(/^[\w-]+$/).optional().catch(undefined),
  geverifieerd: z.enum(['ja', 'nee']).optional().catch(undefined),
  gemeld: z.enum(['ja', 'nee']).optional().catch(undefined),
  sortering: z.enum(queueSorts).catch('risico').default('risico'),
  pagina: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type QueueQuery = z.infer<typeof queueQuerySchema>;

export function readQueueQuery(params: URLSearchParams): QueueQuery {
  const raw: Record<string, string> = {};
  for (const key of ['signaal', 'aanbieder', 'geverifieerd', 'gemeld', 'sortering', 'pagina']) {
    const value = params.get(key);
    if (value) raw[key] = value;
  }
  return queueQuerySchema.parse(raw);
}

/** The query string of a queue view (only what differs from the defaults), without `?`. */
export function queueQueryString(query: Partial<QueueQuery>, extra: Record<string, string | number> = {}): string {
  const params = new URLSearchParams();
  if (query.signaal && query.signaal !== 'alle') params.set('signaal', query.signaal);
  if (query.aanbieder) params.set('aanbieder', query.aanbieder);
  if (query.geverifieerd) params.set('geverifieerd', query.geverifieerd);
  if (query.gemeld) params.set('gemeld', query.gemeld);
  if (query.sortering && query.sortering !== 'risico') params.set('sortering', query.sortering);
  if (query.pagina && query.pagina > 1) params.set('pagina', String(query.pagina));
  for (const [key, value] of Object.entries(extra)) params.set(key, String(value));
  return params.toString();
}

/** What triage needs of a queue item. */
export interface TriageItem {
  id: number;
  organizationId: string;
  organizationName: string;
  verified: boolean;
  status: string;
  queuedAt: string;
  flags: readonly ReviewFlag[];
  reports: readonly unknown[];
}

/** How much harm a signal may do if published: personal data first. */
export const flagWeights: Record<ReviewFlagKind, number> = {
  bsn: 8,
  email: 5,
  phone: 5,
  staffName: 4,
  link: 3,
  swearing: 3,
  nearDuplicate: 2,
  capitals: 1,
};

/** Risk of an item: its distinct signals by weight, plus an open report. */
export function riskOf(item: TriageItem): number {
  const kinds = new Set(item.flags.map((f) => f.kind));
  let risk = 0;
  for (const kind of kinds) risk += flagWeights[kind];
  if (item.reports.length > 0) risk += 3;
  return risk;
}

type Dimension = 'signaal' | 'aanbieder' | 'geverifieerd' | 'gemeld';

function passes(item: TriageItem, query: QueueQuery, skip?: Dimension): boolean {
  if (skip !== 'signaal' && query.signaal && query.signaal !== 'alle') {
    if (query.signaal === 'geen' ? item.flags.length > 0 : !item.flags.some((f) => f.kind === query.signaal)) return false;
  }
  if (skip !== 'aanbieder' && query.aanbieder && item.organizationId !== query.aanbieder) return false;
  if (skip !== 'geverifieerd' && query.geverifieerd && item.verified !== (query.geverifieerd === 'ja')) return false;
  if (skip !== 'gemeld' && query.gemeld && item.reports.length > 0 !== (query.gemeld === 'ja')) return false;
  return true;
}

export function compareQueueItems(sort: QueueSort): (a: TriageItem, b: TriageItem) => number {
  const oldest = (a: TriageItem, b: TriageItem) => (a.queuedAt < b.queuedAt ? -1 : a.queuedAt > b.queuedAt ? 1 : a.id - b.id);
  if (sort === 'oudste') return oldest;
  if (sort === 'nieuwste') return (a, b) => -oldest(a, b);
  return (a, b) => riskOf(b) - riskOf(a) || oldest(a, b);
}

export interface QueueCounts {
  signaal: Record<string, number>;
  aanbieder: { id: string; name: string; count: number }[];
  geverifieerd: { ja: number; nee: number };
  gemeld: { ja: number; nee: number };
}

/** Counts per choice of each filter, among the items that pass the other filters (as search facets do). */
export function queueCounts(items: readonly TriageItem[], query: QueueQuery): QueueCounts {
  const signaal: Record<string, number> = Object.fromEntries([...reviewFlagKinds, 'geen'].map((k) => [k, 0]));
  const providers = new Map<string, { id: string; name: string; count: number }>();
  const geverifieerd = { ja: 0, nee: 0 };
  const gemeld = { ja: 0, nee: 0 };
  for (const item of items) {
    if (passes(item, query, 'signaal')) {
      const kinds = new Set(item.flags.map((f) => f.kind));
      for (const kind of kinds) signaal[kind] = (signaal[kind] ?? 0) + 1;
      if (kinds.size === 0) signaal.geen = (signaal.geen ?? 0) + 1;
    }
    if (passes(item, query, 'aanbieder')) {
      const entry = providers.get(item.organizationId) ?? { id: item.organizationId, name: item.organizationName, count: 0 };
      entry.count += 1;
      providers.set(item.organizationId, entry);
    }
    if (passes(item, query, 'geverifieerd')) geverifieerd[item.verified ? 'ja' : 'nee'] += 1;
    if (passes(item, query, 'gemeld')) gemeld[item.reports.length > 0 ? 'ja' : 'nee'] += 1;
  }
  const aanbieder = [...providers.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id));
  // A chosen provider with nothing left still shows (with 0), so the choice stays visible.
  return { signaal, aanbieder, geverifieerd, gemeld };
}

export interface QueueView<T extends TriageItem> {
  /** Items that pass every filter, in the chosen order. */
  ordered: T[];
  page: number;
  pages: number;
  items: T[];
  counts: QueueCounts;
}

export function triageQueue<T extends TriageItem>(all: readonly T[], query: QueueQuery, perPage: number = QUEUE_PER_PAGE): QueueView<T> {
  const ordered = all.filter((item) => passes(item, query)).sort(compareQueueItems(query.sortering));
  const pages = Math.max(1, Math.ceil(ordered.length / perPage));
  const page = Math.min(Math.max(1, query.pagina), pages);
  return { ordered, page, pages, items: ordered.slice((page - 1) * perPage, page * perPage), counts: queueCounts(all, query) };
}

/**
 * After deciding on `decidedId`: the item that came after it in the view (or before it, when it
 * was the last), and the page it is on once the decided item has left the queue.
 */
export function nextAfterDecision(orderedIds: readonly number[], decidedId: number, perPage: number = QUEUE_PER_PAGE): { id: number; page: number } | null {
  const index = orderedIds.indexOf(decidedId);
  const rest = orderedIds.filter((id) => id !== decidedId);
  if (rest.length === 0) return null;
  const position = index === -1 ? 0 : Math.min(index, rest.length - 1);
  return { id: rest[position]!, page: Math.floor(position / perPage) + 1 };
}

export interface TextSegment {
  text: string;
  flag: ReviewFlagKind | null;
}

/** The text in pieces, with every flagged fragment found in it marked (first flag wins on overlap). */
export function highlightFlags(text: string, flags: readonly ReviewFlag[]): TextSegment[] {
  const marks: { start: number; end: number; flag: ReviewFlagKind }[] = [];
  for (const flag of flags) {
    if (flag.kind === 'nearDuplicate' || !flag.match) continue;
    let from = 0;
    for (;;) {
      const start = text.indexOf(flag.match, from);
      if (start === -1) break;
      const end = start + flag.match.length;
      if (!marks.some((m) => start < m.end && end > m.start)) marks.push({ start, end, flag: flag.kind });
      from = end;
    }
  }
  marks.sort((a, b) => a.start - b.start);
  const segments: TextSegment[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start > at) segments.push({ text: text.slice(at, mark.start), flag: null });
    segments.push({ text: text.slice(mark.start, mark.end), flag: mark.flag });
    at = mark.end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), flag: null });
  return segments;
}
