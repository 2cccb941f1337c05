/**
 * Recording and insight (issue 13) against the seeded database: who may open every new page and
 * its data, recording a choice with the comparison's own estimate and cheapest-with-room flag,
 * refusing personal data at the field, a general facility deployed, policy's answer shown to
 * staff, and small cells suppressed for everyone below the administrator (page and CSV).
 */
import { TEST_NOW } from '../support/paths';
import { describe, expect, it } from 'vitest';
import { getDb } from '../../app/db.server';
import { createSession } from '../../app/models/session.server';
import { sessionCookieName } from '../../app/utils/session-cookie.server';
import { loader as compareLoader } from '../../app/routes/vergelijken';
import { unpackPage } from '../support/packed-page';
import * as recordChoiceRoute from '../../app/routes/vergelijken_.vastleggen';
import * as generalRoute from '../../app/routes/inzicht.ingezet';
import * as unmetRoute from '../../app/routes/inzicht.geen-passend-aanbod';
import * as needsRoute from '../../app/routes/inzicht.behoeften';
import * as dashboardRoute from '../../app/routes/inzicht._index';
import type { InsightPageData } from '../../app/routes/inzicht._index';
import * as teamRoute from '../../app/routes/inzicht.teamoverleg';
import * as valueRoute from '../../app/routes/inzicht.waardekaart';
import * as exportRoute from '../../app/routes/inzicht.export';
import { call, getArgs, postArgs } from '../support/remix-calls';

const sqlite = () => getDb().$client;
/** The request's instant: inside the seed's reference month (tests/support/paths.ts: 2026-11-01). */
const NOW = new Date('2026-11-16T10:00:00Z');

function cookieFor(email: string): string {
  const user = sqlite().prepare('SELECT id, role FROM users WHERE email = ?').get(email) as { id: number; role: 'staff' };
  return `${sessionCookieName()}=${createSession(getDb(), user, { now: TEST_NOW }).token}`;
}
const emails = {
  citizen: 'inwoner@example.nl',
  provider: 'aanbieder@example.nl',
  staff: 'medewerker@example.nl',
  contract_manager: 'contractmanager@example.nl',
  policy: 'beleid@example.nl',
  admin: 'beheerder@example.nl',
} as const;
type Who = keyof typeof emails | 'anonymous';
const cookie = (who: Who) => (who === 'anonymous' ? undefined : cookieFor(emails[who]));
const userId = (who: keyof typeof emails) => (sqlite().prepare('SELECT id FROM users WHERE email = ?').get(emails[who]) as { id: number }).id;

const get = (path: string, who: Who) => {
  const args = getArgs(path, { cookie: cookie(who) });
  return { ...args, context: { ...args.context, now: NOW } };
};
const post = (path: string, form: Record<string, string>, who: Who) => {
  const args = postArgs(path, form, { cookie: cookie(who) });
  return { ...args, context: { ...args.context, now: NOW } };
};

const generalSlug = (sqlite().prepare("SELECT o.slug FROM organizations o JOIN services s ON s.organization_id = o.id WHERE s.kind = 'general' AND s.status = 'active' AND o.status = 'active' ORDER BY o.slug LIMIT 1").get() as { slug: string }).slug;
const COMPARE = 'product=02A05&aantal=3&eenheid=04&per=week&duur=26&duureenheid=weken&wijk=centrum';

const pages: { name: string; path: string; loader: (args: never) => unknown; may: readonly Who[] }[] = [
  { name: '/inzicht', path: '/inzicht', loader: dashboardRoute.loader as never, may: ['policy', 'admin'] },
  { name: '/inzicht/export', path: '/inzicht/export?tabel=maanden', loader: exportRoute.loader as never, may: ['policy', 'admin'] },
  { name: '/inzicht/teamoverleg', path: '/inzicht/teamoverleg', loader: teamRoute.loader as never, may: ['staff', 'contract_manager', 'policy', 'admin'] },
  { name: '/inzicht/behoeften', path: '/inzicht/behoeften', loader: needsRoute.loader as never, may: ['staff', 'contract_manager', 'policy', 'admin'] },
  { name: '/inzicht/waardekaart', path: '/inzicht/waardekaart?product=02A05', loader: valueRoute.loader as never, may: ['contract_manager', 'policy', 'admin'] },
  { name: '/inzicht/geen-passend-aanbod', path: '/inzicht/geen-passend-aanbod', loader: unmetRoute.loader as never, may: ['staff', 'contract_manager', 'admin'] },
  { name: '/inzicht/ingezet', path: `/inzicht/ingezet?aanbieder=${generalSlug}`, loader: generalRoute.loader as never, may: ['staff', 'contract_manager', 'admin'] },
];

describe('who may open the insight pages and their data', () => {
  for (const page of pages) {
    it(`${page.name}: residents and providers get 403, visitors are sent to sign in, only ${page.may.join(', ')} get it`, async () => {
      for (const who of ['anonymous', 'citizen', 'provider', 'staff', 'contract_manager', 'policy', 'admin'] as const) {
        const result = await call(() => page.loader(get(page.path, who) as never));
        if (who === 'anonymous') {
          expect(result.status, who).toBe(302);
          expect(result.location, who).toMatch(/^\/inloggen\?terug=/);
        } else if (page.may.includes(who)) expect(result.status, `${page.name} as ${who}`).toBe(200);
        else expect(result.status, `${page.name} as ${who}`).toBe(403);
      }
    });
  }

  it('the recording and answering actions refuse residents, providers and (for answers) staff', async () => {
    for (const who of ['citizen', 'provider'] as const) {
      expect((await call(() => unmetRoute.action(post('/inzicht/geen-passend-aanbod', { maand: '2026-11', wijk: 'centrum', behoefte: 'debts', omschrijving: 'x' }, who) as never))).status).toBe(403);
      expect((await call(() => generalRoute.action(post('/inzicht/ingezet', { aanbieder: generalSlug, maand: '2026-11', wijk: 'centrum', behoefte: 'debts' }, who) as never))).status).toBe(403);
      expect((await call(() => recordChoiceRoute.action(post(`/vergelijken/vastleggen?${COMPARE}&keuze=x`, {}, who) as never))).status).toBe(403);
    }
    expect((await call(() => needsRoute.action(post('/inzicht/behoeften', { id: '1', antwoord: 'planned' }, 'staff') as never))).status).toBe(403);
    expect((await call(() => unmetRoute.action(post('/inzicht/geen-passend-aanbod', { maand: '2026-11', wijk: 'centrum', behoefte: 'debts', omschrijving: 'x' }, 'policy') as never))).status).toBe(403);
  });
});

describe('recording the chosen offer from the comparison', () => {
  it('records the comparison estimate, the cheapest-with-room flag and a reason when it was not the cheapest', async () => {
    const comparison = unpackPage(await call(() => compareLoader(get(`/vergelijken?${COMPARE}`, 'staff') as never)));
    const rows = (comparison.data as { result: { rows: { key: string; costCents: number | null; bestChoice: boolean; available: boolean; organizationId: string }[] } }).result.rows;
    const best = rows.find((r) => r.bestChoice)!;
    const dearer = rows.find((r) => r.available && r.costCents !== null && r.costCents > best.costCents!)!;
    expect(best && dearer).toBeTruthy();

    const page = await call(() => recordChoiceRoute.loader(get(`/vergelijken/vastleggen?${COMPARE}&keuze=${dearer.key}`, 'staff') as never));
    expect(page.data.chosen).toMatchObject({ costCents: dearer.costCents, cheapestWithRoom: false, district: 'centrum' });

    const before = (sqlite().prepare('SELECT count(*) AS n FROM deployments').get() as { n: number }).n;
    const noReason = await call(() => recordChoiceRoute.action(post(`/vergelijken/vastleggen?${COMPARE}&keuze=${dearer.key}`, { wijk: 'centrum' }, 'staff') as never));
    expect(noReason.status).toBe(400);
    expect(noReason.data.errors.reden.key).toBe('insight.choice.error.reason');
    expect((sqlite().prepare('SELECT count(*) AS n FROM deployments').get() as { n: number }).n).toBe(before);

    const saved = await call(() => recordChoiceRoute.action(post(`/vergelijken/vastleggen?${COMPARE}&keuze=${dearer.key}`, { wijk: 'centrum', reden: 'waiting_time' }, 'staff') as never));
    expect(saved.status).toBe(302);
    expect(saved.location).toMatch(/^\/vergelijken\?.*vastgelegd=1$/);
    const row = sqlite().prepare('SELECT * FROM deployments ORDER BY id DESC LIMIT 1').get() as Record<string, unknown>;
    expect(row).toMatchObject({
      month: '2026-11',
      need_code: '02',
      product_code: '02A05',
      organization_id: dearer.organizationId,
      general_facility: 0,
      estimated_cost_cents: dearer.costCents,
      cheapest_with_room: 0,
      reason: 'waiting_time',
      recorded_by_user_id: userId('staff'),
    });
    const audit = sqlite().prepare("SELECT action, user_id FROM audit_log WHERE entity_type = 'deployment' AND entity_id = ?").get(String(row.id));
    expect(audit).toEqual({ action: 'record_choice', user_id: userId('staff') });

    const cheapest = await call(() => recordChoiceRoute.action(post(`/vergelijken/vastleggen?${COMPARE}&keuze=${best.key}`, { wijk: 'centrum' }, 'staff') as never));
    expect(cheapest.status).toBe(302);
    expect(sqlite().prepare('SELECT cheapest_with_room, reason, estimated_cost_cents FROM deployments ORDER BY id DESC LIMIT 1').get()).toEqual({
      cheapest_with_room: 1,
      reason: null,
      estimated_cost_cents: best.costCents,
    });
  });

  it('refuses an explanation with personal data at the field', async () => {
    const comparison = unpackPage(await call(() => compareLoader(get(`/vergelijken?${COMPARE}`, 'staff') as never)));
    const rows = (comparison.data as { result: { rows: { key: string; costCents: number | null; bestChoice: boolean; available: boolean }[] } }).result.rows;
    const best = rows.find((r) => r.bestChoice)!;
    const dearer = rows.find((r) => r.available && r.costCents !== null && r.costCents > best.costCents!)!;
    const refused = await call(() =>
      recordChoiceRoute.action(post(`/vergelijken/vastleggen?${COMPARE}&keuze=${dearer.key}`, { wijk: 'centrum', reden: 'other', toelichting: 'mevrouw Jansen wilde dit' }, 'staff') as never),
    );
    expect(refused.status).toBe(400);
    expect(refused.data.errors.toelichting).toEqual({ key: 'insight.error.personal', personal: ['name'] });
  });
});

describe('a general facility deployed and a need without a fitting offer', () => {
  it('records "ingezet" from the facility page in one action', async () => {
    const result = await call(() => generalRoute.action(post('/inzicht/ingezet', { aanbieder: generalSlug, maand: '2026-11', wijk: 'centrum', behoefte: 'loneliness' }, 'staff') as never));
    expect(result.status).toBe(302);
    expect(result.location).toBe(`/aanbieders/${generalSlug}?ingezet=1#ingezet`);
    expect(sqlite().prepare('SELECT general_facility, need_code, month, estimated_cost_cents FROM deployments ORDER BY id DESC LIMIT 1').get()).toEqual({
      general_facility: 1,
      need_code: 'loneliness',
      month: '2026-11',
      estimated_cost_cents: null,
    });
    const bad = await call(() => generalRoute.action(post('/inzicht/ingezet', { aanbieder: generalSlug, maand: 'november', wijk: 'nergens', behoefte: 'x' }, 'staff') as never));
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.data.errors).sort()).toEqual(['behoefte', 'maand', 'wijk']);
  });

  it('refuses a description with a phone number at the field, stores nothing, and keeps a clean one', async () => {
    const before = (sqlite().prepare('SELECT count(*) AS n FROM unmet_needs').get() as { n: number }).n;
    const form = { maand: '2026-11', wijk: 'centrum', behoefte: 'transport', omschrijving: 'Geen vervoer naar de dagbesteding, bel 06-12345678', alternatief: '08A01', kosten: '450' };
    const refused = await call(() => unmetRoute.action(post('/inzicht/geen-passend-aanbod', form, 'staff') as never));
    expect(refused.status).toBe(400);
    expect(refused.data.errors.omschrijving).toEqual({ key: 'insight.error.personal', personal: ['phone'] });
    expect(refused.data.values.omschrijving).toBe(form.omschrijving);
    expect((sqlite().prepare('SELECT count(*) AS n FROM unmet_needs').get() as { n: number }).n).toBe(before);

    const saved = await call(() => unmetRoute.action(post('/inzicht/geen-passend-aanbod', { ...form, omschrijving: 'Geen vervoer naar de dagbesteding op zaterdag' }, 'staff') as never));
    expect(saved.status).toBe(302);
    expect(sqlite().prepare('SELECT need_code, alternative_product_code, alternative_cost_cents, answer, recorded_by_user_id FROM unmet_needs ORDER BY id DESC LIMIT 1').get()).toEqual({
      need_code: 'transport',
      alternative_product_code: '08A01',
      alternative_cost_cents: 45_000,
      answer: null,
      recorded_by_user_id: userId('staff'),
    });
  });
});

describe("policy's answer", () => {
  it('a policy officer answers a need; a rejection needs a reason; staff see the answer next to the need', async () => {
    const id = (sqlite().prepare("SELECT id FROM unmet_needs WHERE answer IS NULL ORDER BY id DESC LIMIT 1").get() as { id: number }).id;
    const noReason = await call(() => needsRoute.action(post('/inzicht/behoeften', { id: String(id), antwoord: 'rejected' }, 'policy') as never));
    expect(noReason.status).toBe(400);
    expect(noReason.data.errors.toelichting.key).toBe('insight.needs.error.reason');
    const answered = await call(() => needsRoute.action(post('/inzicht/behoeften', { id: String(id), antwoord: 'rejected', toelichting: 'Past binnen de buurtbus van het wijkcentrum.' }, 'policy') as never));
    expect(answered.status).toBe(302);
    expect(sqlite().prepare('SELECT answer, answer_reason, answered_by_user_id FROM unmet_needs WHERE id = ?').get(id)).toEqual({
      answer: 'rejected',
      answer_reason: 'Past binnen de buurtbus van het wijkcentrum.',
      answered_by_user_id: userId('policy'),
    });
    const list = await call(() => needsRoute.loader(get('/inzicht/behoeften', 'staff') as never));
    const item = (list.data.items as { id: number; answer: string; answerReason: string }[]).find((i) => i.id === id)!;
    expect(item).toMatchObject({ answer: 'rejected', answerReason: 'Past binnen de buurtbus van het wijkcentrum.' });
    expect(list.data.canAnswer).toBe(false);
    const missing = await call(() => needsRoute.action(post('/inzicht/behoeften', { id: '99999999', antwoord: 'planned' }, 'policy') as never));
    expect(missing.status).toBe(404);
  });
});

describe('small cells are suppressed below the administrator', () => {
  it('the dashboard and its CSV hide what the administrator sees', async () => {
    // One district and one need per month: small numbers.
    const query = '/inzicht?tot=2026-11&maanden=12&wijk=centrum&behoefte=debts';
    const policy = unpackPage<InsightPageData, Awaited<ReturnType<typeof call>>>(await call(() => dashboardRoute.loader(get(query, 'policy') as never)));
    const admin = unpackPage<InsightPageData, Awaited<ReturnType<typeof call>>>(await call(() => dashboardRoute.loader(get(query, 'admin') as never)));
    type Month = { month: string; general: number | null; paid: number | null; generalShare: number | null };
    const policyMonths = policy.data.dashboard.monthly as Month[];
    const adminMonths = admin.data.dashboard.monthly as Month[];
    const small = adminMonths.find((m) => m.general !== null && m.general > 0 && m.general < 5)!;
    expect(small).toBeTruthy();
    const same = policyMonths.find((m) => m.month === small.month)!;
    expect(same.general).toBeNull();
    expect(same.generalShare).toBeNull();
    for (const m of policyMonths) for (const value of [m.general, m.paid]) expect(value === null || value === 0 || value >= 5).toBe(true);
    expect(policy.data.dashboard.suppressed).toBe(true);

    const csv = await call(() => exportRoute.loader(get('/inzicht/export?tabel=maanden&tot=2026-11&maanden=12&wijk=centrum&behoefte=debts', 'policy') as never));
    expect(csv.headers.get('Content-Type')).toMatch(/text\/csv/);
    expect(String(csv.data)).toContain('< 5');
    const adminCsv = await call(() => exportRoute.loader(get('/inzicht/export?tabel=maanden&tot=2026-11&maanden=12&wijk=centrum&behoefte=debts', 'admin') as never));
    expect(String(adminCsv.data)).not.toContain('< 5');
  });

  it('the seeded story is there: loneliness rising in Stationskwartier, with the cost of the alternatives', async () => {
    const result = unpackPage<InsightPageData, Awaited<ReturnType<typeof call>>>(await call(() => dashboardRoute.loader(get('/inzicht?tot=2026-11&maanden=12&wijk=stationskwartier', 'policy') as never)));
    const first = result.data.dashboard.unmet[0]!;
    expect(first.needCode).toBe('loneliness');
    expect(first.trend).toBe('rising');
    expect(first.alternativeCostCents).toBeGreaterThan(0);
    expect(first.descriptions.length).toBeGreaterThan(0);
  });

  it('the team overview shows the month, the reasons and the ceilings', async () => {
    const result = await call(() => teamRoute.loader(get('/inzicht/teamoverleg?maand=2026-11', 'staff') as never));
    const overview = result.data.overview;
    expect(overview.month).toBe('2026-11');
    expect(overview.choices.total).toBeGreaterThanOrEqual(5);
    expect(overview.costByCategory.length).toBeGreaterThan(0);
    expect(overview.ceilings.length).toBeGreaterThan(0);
    for (const r of overview.reasons as { count: number | null }[]) expect(r.count === null || r.count === 0 || r.count >= 5).toBe(true);
  });

  it('the value map names the quadrants and lists good-and-affordable providers near their ceiling', async () => {
    const result = await call(() => valueRoute.loader(get('/inzicht/waardekaart?product=02A05', 'contract_manager') as never));
    const map = result.data.map;
    expect(map.points.length).toBeGreaterThan(3);
    expect(map.points.some((p: { quadrant: string }) => p.quadrant === 'good_affordable')).toBe(true);
    for (const p of map.growCandidates as { quadrant: string; ceilingStatus: string }[]) {
      expect(p.quadrant).toBe('good_affordable');
      expect(['nearly_reached', 'reached']).toContain(p.ceilingStatus);
    }
  });
});

describe('"Ingezet" on a general facility page', () => {
  it('is offered to staff on a general facility, never to residents or on a contracted provider', async () => {
    const { loader: providerLoader } = await import('../../app/routes/aanbieders.$slug');
    const contracted = (sqlite().prepare("SELECT o.slug FROM organizations o WHERE o.status = 'active' AND NOT EXISTS (SELECT 1 FROM services s WHERE s.organization_id = o.id AND s.kind = 'general') ORDER BY o.slug LIMIT 1").get() as { slug: string }).slug;
    const page = (slug: string, who: Who) => call(() => providerLoader({ ...get(`/aanbieders/${slug}`, who), params: { slug } } as never));
    const staffPage = await page(generalSlug, 'staff');
    expect(staffPage.data.deploymentForm).toMatchObject({ slug: generalSlug, month: expect.stringMatching(/^\d{4}-\d{2}$/) });
    expect(staffPage.data.deploymentForm.districts.length).toBeGreaterThan(0);
    expect((await page(generalSlug, 'citizen')).data.deploymentForm).toBeNull();
    expect((await page(generalSlug, 'policy')).data.deploymentForm).toBeNull();
    expect((await page(contracted, 'staff')).data.deploymentForm).toBeNull();
  });
});
