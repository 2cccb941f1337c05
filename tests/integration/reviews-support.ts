/**
 * Helpers for the review integration tests: signed-in requests, calling loaders and actions
 * directly, and reading what they answered (data with a status, a redirect, or a thrown Response).
 */
import { getDb } from '../../app/db.server';
import { createSession } from '../../app/models/session.server';
import { sessionCookieName } from '../../app/utils/session-cookie.server';
import type { Role } from '../../app/domain/enums';
import { unixSeconds } from '../../app/domain/clock';
import { TEST_NOW } from '../support/paths';

export { TEST_NOW };

export const USERS = { citizen: 1, staff: 2, contractManager: 3, provider: 4, admin: 5 } as const;

export function cookieFor(userId: number): string {
  const db = getDb();
  const row = db.$client.prepare('SELECT role FROM users WHERE id = ?').get(userId) as { role: Role };
  const { token } = createSession(db, { id: userId, role: row.role }, { now: TEST_NOW });
  return `${sessionCookieName()}=${token}`;
}

export interface CallOptions {
  params?: Record<string, string>;
  cookie?: string;
  form?: Record<string, string | string[]> | FormData;
  ip?: string | null;
  headers?: Record<string, string>;
  /** The request's instant; default TEST_NOW. */
  now?: Date;
}

export function args(url: string, options: CallOptions = {}) {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.cookie) headers.Cookie = options.cookie;
  let body: FormData | undefined;
  if (options.form) {
    if (options.form instanceof FormData) body = options.form;
    else {
      body = new FormData();
      for (const [key, value] of Object.entries(options.form)) for (const v of [value].flat()) body.append(key, v);
    }
  }
  return {
    request: new Request(`http://localhost${url}`, { method: body ? 'POST' : 'GET', headers, body }),
    params: options.params ?? {},
    context: { clientIp: options.ip === undefined ? '192.0.2.10' : options.ip, cspNonce: '', now: options.now ?? TEST_NOW },
  };
}

export interface Answer<T = unknown> {
  status: number;
  data: T;
  location: string | null;
  thrown: boolean;
}

/** Runs a loader or action and normalises what came back: data(), a plain object, a Response, or a thrown Response. */
export async function answer<T = any>(run: () => Promise<unknown>): Promise<Answer<T>> {
  let value: unknown;
  let thrown = false;
  try {
    value = await run();
  } catch (error) {
    if (!(error instanceof Response)) throw error;
    value = error;
    thrown = true;
  }
  if (value instanceof Response) {
    return { status: value.status, data: undefined as T, location: value.headers.get('Location'), thrown };
  }
  if (value && typeof value === 'object' && (value as { type?: string }).type === 'DataWithResponseInit') {
    const d = value as { data: T; init: ResponseInit | null };
    return { status: d.init?.status ?? 200, data: d.data, location: null, thrown };
  }
  return { status: 200, data: value as T, location: null, thrown };
}

export function sql<T = Record<string, unknown>>(query: string, ...params: unknown[]): T[] {
  return getDb()
    .$client.prepare(query)
    .all(...params) as T[];
}

export function one<T = Record<string, unknown>>(query: string, ...params: unknown[]): T {
  return getDb()
    .$client.prepare(query)
    .get(...params) as T;
}

export function run(query: string, ...params: unknown[]) {
  return getDb()
    .$client.prepare(query)
    .run(...params);
}

/** TEST_NOW in unix seconds. */
export const nowSeconds = () => unixSeconds(TEST_NOW);
export const DAY = 24 * 60 * 60;

/** The month before TEST_NOW's, always allowed as an experience month. */
export function lastMonth(): string {
  const d = new Date(TEST_NOW);
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - 1);
  return d.toISOString().slice(0, 7);
}

export function validReview(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    overall: '9',
    treatment: '9',
    expertise: '8',
    appointments: '9',
    reachability: '7',
    say: '8',
    result: '9',
    recommend: 'yes',
    body: 'De begeleider kwam elke week op tijd en hielp mij mijn administratie weer op orde te krijgen. Heel fijn.',
    experienceMonth: lastMonth(),
    authorName: 'Testpersoon',
    consent: 'on',
    website: '',
    ...overrides,
  };
}

/** A fresh active organisation with one service and no reviews, for tests that need exact numbers. */
export function createOrganization(slug: string): { id: string; serviceId: string } {
  const id = `test-org-${slug}`;
  const serviceId = `test-svc-${slug}`;
  run(
    `INSERT INTO organizations (id, slug, name, description, status, created_at, updated_at) VALUES (?, ?, ?, '', 'active', ?, ?)`,
    id,
    slug,
    `Testorganisatie ${slug}`,
    nowSeconds(),
    nowSeconds(),
  );
  run(
    `INSERT INTO services (id, organization_id, name, kind, law, status, created_at, updated_at) VALUES (?, ?, ?, 'general', 'none', 'active', ?, ?)`,
    serviceId,
    id,
    `Testdienst ${slug}`,
    nowSeconds(),
    nowSeconds(),
  );
  return { id, serviceId };
}

/** Inserts a review row directly (for fixtures the rules would refuse, such as old ones). */
export function insertReview(values: {
  organizationId: string;
  overall: number;
  status?: string;
  createdAt?: number;
  userId?: number | null;
  verified?: boolean;
  serviceId?: string | null;
  body?: string;
  marks?: Partial<Record<'treatment' | 'expertise' | 'appointments' | 'reachability' | 'say' | 'result', number | null>>;
  wouldRecommend?: boolean;
}): number {
  const created = values.createdAt ?? nowSeconds() - DAY;
  const m = values.marks ?? {};
  const result = run(
    `INSERT INTO reviews (organization_id, service_id, user_id, author_name, overall, mark_treatment, mark_expertise, mark_appointments,
       mark_reachability, mark_say, mark_result, would_recommend, body, experience_month, status, verified, created_at, updated_at)
     VALUES (?, ?, ?, 'Fixture', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    values.organizationId,
    values.serviceId ?? null,
    values.userId ?? null,
    values.overall,
    m.treatment ?? null,
    m.expertise ?? null,
    m.appointments ?? null,
    m.reachability ?? null,
    m.say ?? null,
    m.result ?? null,
    values.wouldRecommend ?? true ? 1 : 0,
    values.body ?? 'Een ervaring als testgegeven, lang genoeg om als echte ervaring door te gaan.',
    new Date(created * 1000).toISOString().slice(0, 7),
    values.status ?? 'published',
    values.verified ? 1 : 0,
    created,
    created,
  );
  return Number(result.lastInsertRowid);
}
