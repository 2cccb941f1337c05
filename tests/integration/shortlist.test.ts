/**
 * Shortlists (keuzelijsten) against the seeded database: only staff manage their own lists;
 * adding is one transaction; the resident's version — also through the share link — contains
 * no amount and no staff finding; the link is hashed, valid for 30 days, revoked at once; an
 * expired, revoked or replaced link gets a clear page.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { action as indexAction, loader as indexLoader } from '../../app/routes/keuzelijst._index';
import { action as listAction, loader as listLoader } from '../../app/routes/keuzelijst.$id';
import { loader as residentLoader } from '../../app/routes/keuzelijst.$id_.inwoner';
import { loader as professionalLoader } from '../../app/routes/keuzelijst.$id_.professioneel';
import { loader as sharedLoader } from '../../app/routes/keuzelijst.gedeeld.$token';
import { action as addAction, loader as addLoader } from '../../app/routes/keuzelijst.toevoegen';
import { getDb } from '../../app/db.server';
import { listShortlistsForOwner, listShortlistTitles } from '../../app/models/shortlist.server';
import { createSession } from '../../app/models/session.server';
import { sessionCookieName } from '../../app/utils/session-cookie.server';
import { call, getArgs, postArgs } from '../support/remix-calls';
import { TEST_NOW } from '../support/paths';

const sqlite = () => getDb().$client;
const DAY = 24 * 60 * 60;

function cookieFor(email: string): string {
  const user = sqlite().prepare('SELECT id, role FROM users WHERE email = ?').get(email) as { id: number; role: 'staff' };
  return `${sessionCookieName()}=${createSession(getDb(), user, { now: TEST_NOW }).token}`;
}

function otherStaffCookie(): string {
  sqlite().prepare("INSERT OR IGNORE INTO users (email, name, role) VALUES ('collega@example.nl', 'Collega', 'staff')").run();
  return cookieFor('collega@example.nl');
}

const staff = () => cookieFor('medewerker@example.nl');

/** A contracted provider with a reached ceiling this year, contracts, findings and a phone number. */
const full = sqlite()
  .prepare(
    `SELECT o.id, o.name, s.id AS service_id FROM organizations o
       JOIN budget_ceilings b ON b.organization_id = o.id AND b.year = ?
       JOIN services s ON s.organization_id = o.id AND s.kind = 'contracted' AND s.status = 'active'
      WHERE o.status = 'active' AND b.committed_cents >= b.ceiling_cents
        AND EXISTS (SELECT 1 FROM contracts c WHERE c.organization_id = o.id AND c.product_code = s.product_code AND c.archived_at IS NULL
                      AND c.valid_from <= date('${TEST_NOW.toISOString().slice(0, 10)}') AND (c.valid_to IS NULL OR c.valid_to >= date('${TEST_NOW.toISOString().slice(0, 10)}')))
        AND EXISTS (SELECT 1 FROM staff_findings f WHERE f.organization_id = o.id)
      ORDER BY o.slug LIMIT 1`,
  )
  .get(new Date(TEST_NOW).getUTCFullYear()) as { id: string; name: string; service_id: string };

/** A second provider with room. */
const roomy = sqlite()
  .prepare(
    `SELECT o.id, o.name, s.id AS service_id FROM organizations o
       JOIN budget_ceilings b ON b.organization_id = o.id AND b.year = ?
       JOIN services s ON s.organization_id = o.id AND s.kind = 'contracted' AND s.status = 'active' AND s.product_code = '02A05'
      WHERE o.status = 'active' AND b.committed_cents * 100 < 80 * b.ceiling_cents AND o.id <> ?
        AND EXISTS (SELECT 1 FROM contracts c WHERE c.organization_id = o.id AND c.product_code = '02A05' AND c.archived_at IS NULL
                      AND c.valid_from <= date('${TEST_NOW.toISOString().slice(0, 10)}') AND (c.valid_to IS NULL OR c.valid_to >= date('${TEST_NOW.toISOString().slice(0, 10)}')))
      ORDER BY o.slug LIMIT 1`,
  )
  .get(new Date(TEST_NOW).getUTCFullYear(), full.id) as { id: string; name: string; service_id: string };

/** Every cost amount of an organisation, in the ways the app prints amounts. */
function amountForms(organizationId: string): RegExp[] {
  const rows = sqlite()
    .prepare(
      'SELECT tariff_cents AS cents FROM contracts WHERE organization_id = ? UNION SELECT ceiling_cents FROM budget_ceilings WHERE organization_id = ? UNION SELECT committed_cents FROM budget_ceilings WHERE organization_id = ?',
    )
    .all(organizationId, organizationId, organizationId) as { cents: number }[];
  return rows.flatMap(({ cents }) => {
    const whole = Math.floor(cents / 100).toLocaleString('nl-NL').replace(/\u00a0/g, '.');
    const euros = `${whole},${String(cents % 100).padStart(2, '0')}`;
    return [new RegExp(`(?<![\\d.,])${euros.replace(/\./g, '\\.')}(?!\\d)`), new RegExp(`(?<![\\w.,-])${cents}(?![\\w.,-])`), new RegExp(`(?<![\\d.,])${(cents / 100).toFixed(2).replace('.', '\\.')}(?!\\d)`)];
  });
}

function expectNoCosts(json: string, organizationIds: string[]) {
  expect(json).not.toMatch(/€|tariff|ceiling|committed|remainingCents|utilisation|costCents|staffMark/i);
  for (const id of organizationIds) for (const form of amountForms(id)) expect(json, `amount ${form}`).not.toMatch(form);
  for (const id of organizationIds) {
    const findings = sqlite().prepare('SELECT body FROM staff_findings WHERE organization_id = ?').all(id) as { body: string }[];
    for (const finding of findings) expect(json).not.toContain(finding.body.slice(0, 50));
  }
}

async function add(cookie: string, form: Record<string, string>) {
  return call(() => addAction(postArgs('/keuzelijst/toevoegen', form, { cookie }) as never));
}

async function newListWithTwo(cookie = staff()): Promise<number> {
  const first = await add(cookie, { organisatie: full.id, dienst: full.service_id, notitie: 'Bekend bij de inwoner.', terug: '/vergelijken?product=02&aantal=3&duur=26' });
  expect(first.status).toBe(302);
  const id = Number(new URL(first.location!, 'http://x').searchParams.get('lijst'));
  const second = await add(cookie, { organisatie: roomy.id, dienst: roomy.service_id, lijst: String(id), notitie: 'Heeft ruimte.' });
  expect(second.status).toBe(302);
  return id;
}

async function listAct(cookie: string, id: number, form: Record<string, string>) {
  return call(() => listAction(postArgs(`/keuzelijst/${id}`, form, { cookie, params: { id: String(id) } }) as never));
}

async function shareLink(cookie: string, id: number): Promise<string> {
  const made = await listAct(cookie, id, { intent: 'share' });
  expect(made.status).toBe(302);
  const setCookie = made.headers.get('Set-Cookie')!;
  const page = await call(() => listLoader(getArgs(`/keuzelijst/${id}`, { cookie: `${cookie}; ${setCookie.split(';')[0]}`, params: { id: String(id) } }) as never));
  expect(page.headers.get('Set-Cookie')).toMatch(/Max-Age=0/);
  const link = page.data.newLink as string;
  expect(link).toMatch(/^http:\/\/localhost:3000\/keuzelijst\/gedeeld\/[A-Za-z0-9_-]{43}$/);
  return link.split('/').at(-1)!;
}

const openShared = (token: string) => call(() => sharedLoader(getArgs(`/keuzelijst/gedeeld/${token}`, { params: { token } }) as never));

describe('who may use shortlists', () => {
  it('sends visitors to sign in and refuses residents and providers', async () => {
    const anonymous = await call(() => indexLoader(getArgs('/keuzelijst') as never));
    expect(anonymous.status).toBe(302);
    for (const email of ['inwoner@example.nl', 'aanbieder@example.nl']) {
      const cookie = cookieFor(email);
      expect((await call(() => indexLoader(getArgs('/keuzelijst', { cookie }) as never))).status, email).toBe(403);
      expect((await add(cookie, { organisatie: full.id })).status, email).toBe(403);
    }
    expect(sqlite().prepare('SELECT count(*) AS n FROM shortlists').get()).toEqual({ n: 0 });
  });

  it("gives the comparison the owner's lists by title, newest first, and nobody else's", async () => {
    const first = await newListWithTwo();
    const second = await newListWithTwo();
    sqlite().prepare('UPDATE shortlists SET updated_at = updated_at + 60 WHERE id = ?').run(first);
    const owner = (sqlite().prepare('SELECT owner_user_id FROM shortlists WHERE id = ?').pluck().get(first) as number);
    const titles = listShortlistTitles(getDb(), owner);
    expect(titles).toEqual(listShortlistsForOwner(getDb(), owner, TEST_NOW).map(({ id, title }) => ({ id, title })));
    expect(titles.map((list) => list.id).indexOf(first)).toBeLessThan(titles.map((list) => list.id).indexOf(second));
    const colleague = sqlite().prepare("SELECT id FROM users WHERE role = 'staff' AND id != ? ORDER BY id LIMIT 1").pluck().get(owner) as number;
    expect(listShortlistTitles(getDb(), colleague).map((list) => list.id)).not.toContain(first);
  });

  it("keeps a staff member out of a colleague's list", async () => {
    const id = await newListWithTwo();
    const colleague = otherStaffCookie();
    for (const run of [
      () => listLoader(getArgs(`/keuzelijst/${id}`, { cookie: colleague, params: { id: String(id) } }) as never),
      () => residentLoader(getArgs(`/keuzelijst/${id}/inwoner`, { cookie: colleague, params: { id: String(id) } }) as never),
      () => professionalLoader(getArgs(`/keuzelijst/${id}/professioneel`, { cookie: colleague, params: { id: String(id) } }) as never),
    ]) {
      expect((await call(run)).status).toBe(404);
    }
    expect((await listAct(colleague, id, { intent: 'remove', item: '1' })).status).toBe(404);
    expect((await add(colleague, { organisatie: roomy.id, lijst: String(id) })).status).toBe(400);
    expect(sqlite().prepare('SELECT count(*) AS n FROM shortlist_items WHERE shortlist_id = ?').get(id)).toEqual({ n: 2 });
  });
});

describe('making a list', () => {
  it('creates a list with a name, and refuses no name or a BSN-like number at the field', async () => {
    const cookie = staff();
    const empty = await call(() => indexAction(postArgs('/keuzelijst', { titel: '  ' }, { cookie }) as never));
    expect(empty.status).toBe(400);
    expect(empty.data.error.titel).toEqual(['shortlist.error.titleMissing']);
    const bsn = await call(() => indexAction(postArgs('/keuzelijst', { titel: 'Mevrouw J. 123456782' }, { cookie }) as never));
    expect(bsn.data.error.titel).toEqual(['shortlist.error.personalNumber']);
    const made = await call(() => indexAction(postArgs('/keuzelijst', { titel: 'Mevrouw J., 23-11-2026' }, { cookie }) as never));
    expect(made.status).toBe(302);
    expect(made.location).toMatch(/^\/keuzelijst\/\d+$/);
    const lists = await call(() => indexLoader(getArgs('/keuzelijst', { cookie }) as never));
    expect(lists.data.lists.map((l: { title: string }) => l.title)).toContain('Mevrouw J., 23-11-2026');
  });

  it('adds a provider to a new list in one transaction and goes back to the comparison', async () => {
    const before = (sqlite().prepare('SELECT count(*) AS n FROM shortlists').get() as { n: number }).n;
    const unknown = await add(staff(), { organisatie: 'bestaat-niet', terug: '/vergelijken?product=02' });
    expect(unknown.status).toBe(400);
    expect(unknown.data.error['']).toEqual(['shortlist.error.providerUnknown']);
    expect((sqlite().prepare('SELECT count(*) AS n FROM shortlists').get() as { n: number }).n).toBe(before);

    const money = await add(staff(), { organisatie: full.id, notitie: 'Kost € 60 per uur' });
    expect(money.status).toBe(400);
    expect(money.data.error.notitie).toEqual(['shortlist.error.noteAmount']);
    expect((sqlite().prepare('SELECT count(*) AS n FROM shortlists').get() as { n: number }).n).toBe(before);

    const added = await add(staff(), { organisatie: full.id, dienst: full.service_id, terug: '/vergelijken?product=02&aantal=3&duur=26&lijst=999' });
    expect(added.status).toBe(302);
    const next = new URL(added.location!, 'http://x');
    expect(next.pathname).toBe('/vergelijken');
    expect(next.searchParams.get('toegevoegd')).toBe(full.id);
    const id = Number(next.searchParams.get('lijst'));
    expect(sqlite().prepare('SELECT title FROM shortlists WHERE id = ?').get(id)).toEqual({ title: expect.stringMatching(/^Keuzelijst \d\d-\d\d-\d{4}$/) });

    // Adding again keeps one item and updates its note; from a provider page it lands on the list.
    const again = await add(staff(), { organisatie: full.id, dienst: full.service_id, lijst: String(id), notitie: 'Tweede keer', terug: '/aanbieders/x' });
    expect(again.location).toBe(`/keuzelijst/${id}?toegevoegd=${full.id}`);
    expect(sqlite().prepare('SELECT count(*) AS n, max(note) AS note FROM shortlist_items WHERE shortlist_id = ?').get(id)).toEqual({ n: 1, note: 'Tweede keer' });
  });

  it('offers the add form for a provider, and 404 for an unknown one', async () => {
    const page = await call(() => addLoader(getArgs(`/keuzelijst/toevoegen?organisatie=${full.id}&dienst=${full.service_id}`, { cookie: staff() }) as never));
    expect(page.status).toBe(200);
    expect(page.data.provider.name).toBe(full.name);
    const missing = await call(() => addLoader(getArgs('/keuzelijst/toevoegen?organisatie=nee', { cookie: staff() }) as never));
    expect(missing.status).toBe(404);
  });

  it('edits notes, moves and removes items', async () => {
    const cookie = staff();
    const id = await newListWithTwo(cookie);
    const items = () => sqlite().prepare('SELECT id, organization_id, note FROM shortlist_items WHERE shortlist_id = ? ORDER BY position, id').all(id) as { id: number; organization_id: string; note: string | null }[];
    const [first, second] = items();
    expect([first!.organization_id, second!.organization_id]).toEqual([full.id, roomy.id]);

    expect((await listAct(cookie, id, { intent: 'move-up', item: String(second!.id) })).status).toBe(302);
    expect(items().map((i) => i.organization_id)).toEqual([roomy.id, full.id]);

    const bad = await listAct(cookie, id, { intent: 'note', item: String(first!.id), notitie: 'Prijs: 55 euro' });
    expect(bad.status).toBe(400);
    expect(bad.data).toMatchObject({ intent: 'note', item: first!.id });
    expect(bad.data.result.error.notitie).toEqual(['shortlist.error.noteAmount']);
    await listAct(cookie, id, { intent: 'note', item: String(first!.id), notitie: 'Eerst bellen.' });
    expect(items().find((i) => i.id === first!.id)!.note).toBe('Eerst bellen.');

    await listAct(cookie, id, { intent: 'remove', item: String(second!.id) });
    expect(items().map((i) => i.id)).toEqual([first!.id]);
  });
});

describe("the two versions", () => {
  it("the resident's version has contact details, waiting times and marks, and no amounts or findings", async () => {
    const cookie = staff();
    const id = await newListWithTwo(cookie);
    const page = await call(() => residentLoader(getArgs(`/keuzelijst/${id}/inwoner`, { cookie, params: { id: String(id) } }) as never));
    expect(page.status).toBe(200);
    const items = page.data.list.items;
    expect(items.map((i: { organizationName: string }) => i.organizationName)).toEqual([full.name, roomy.name]);
    expect(items[0].noNewClientsViaMunicipality).toBe(true);
    expect(items[1].noNewClientsViaMunicipality).toBe(false);
    expect(items[0].reviews).toHaveProperty('count');
    expect(items.some((i: { phone: string | null }) => i.phone)).toBe(true);
    expectNoCosts(JSON.stringify(page.data), [full.id, roomy.id]);
  });

  it('the professional version has tariffs, flags, staff marks and the cost of the indication', async () => {
    const cookie = staff();
    const id = await newListWithTwo(cookie);
    const page = await call(() =>
      professionalLoader(getArgs(`/keuzelijst/${id}/professioneel?product=02&aantal=3&eenheid=04&per=week&duur=26&duureenheid=weken&start=2026-03-02`, { cookie, params: { id: String(id) } }) as never),
    );
    expect(page.status).toBe(200);
    const [fullItem, roomyItem] = page.data.list.items;
    expect(fullItem.ceiling.status).toBe('reached');
    expect(fullItem.takesNoNewClients).toBe(true);
    expect(fullItem.staffMark).not.toBeNull();
    const tariff = sqlite()
      .prepare(
        `SELECT tariff_cents FROM contracts WHERE organization_id = ? AND product_code = '02A05' AND archived_at IS NULL
          AND valid_from <= date('${TEST_NOW.toISOString().slice(0, 10)}') AND (valid_to IS NULL OR valid_to >= date('${TEST_NOW.toISOString().slice(0, 10)}')) ORDER BY valid_from DESC LIMIT 1`,
      )
      .get(roomy.id) as { tariff_cents: number };
    expect(roomyItem.contracts[0].tariffCents).toBe(tariff.tariff_cents);
    expect(roomyItem.estimate.costCents).toBe(Math.round(78 * tariff.tariff_cents));
    const citizen = await call(() => professionalLoader(getArgs(`/keuzelijst/${id}/professioneel`, { cookie: cookieFor('inwoner@example.nl'), params: { id: String(id) } }) as never));
    expect(citizen.status).toBe(403);
  });
});

describe('what the resident pays, per item', () => {
  it('follows the law of each service, and every item names its provider page (also through the share link)', async () => {
    const cookie = staff();
    const pick = (where: string) =>
      sqlite()
        .prepare(
          `SELECT o.id, o.slug, s.id AS service_id FROM services s JOIN organizations o ON o.id = s.organization_id
            WHERE s.status = 'active' AND o.status = 'active' AND ${where} ORDER BY s.id LIMIT 1`,
        )
        .get() as { id: string; slug: string; service_id: string };
    const cases = [
      { service: pick(`s.kind = 'contracted' AND s.law = 'wmo' AND s.category_code = '02'`), cost: 'subscription' },
      { service: pick(`s.kind = 'contracted' AND s.law = 'jeugdwet'`), cost: 'none-youth' },
      { service: pick(`s.kind = 'contracted' AND s.law = 'participatiewet'`), cost: 'none-participation' },
      { service: pick(`s.kind = 'general'`), cost: 'free' },
      { service: pick(`s.kind = 'national' AND s.law = 'jeugdwet'`), cost: 'none-youth' },
    ];
    let id: number | null = null;
    for (const { service } of cases) {
      const added = await add(cookie, { organisatie: service.id, dienst: service.service_id, terug: '/vergelijken?product=02', ...(id ? { lijst: String(id) } : {}) });
      expect(added.status).toBe(302);
      id ??= Number(new URL(added.location!, 'http://x').searchParams.get('lijst'));
    }
    const page = await call(() => residentLoader(getArgs(`/keuzelijst/${id}/inwoner`, { cookie, params: { id: String(id) } }) as never));
    expect(page.data.list.items.map((i: { cost: string }) => i.cost)).toEqual(cases.map((c) => c.cost));
    expect(page.data.list.items.map((i: { organizationSlug: string }) => i.organizationSlug)).toEqual(cases.map((c) => c.service.slug));
    expect(page.data.contributionCents).toBe(2180);
    const shared = await openShared(await shareLink(cookie, id!));
    expect(shared.data.list.items.map((i: { cost: string }) => i.cost)).toEqual(cases.map((c) => c.cost));
    expect(shared.data.contributionCents).toBe(2180);
  });
});

describe('the share link', () => {
  it('opens the resident version without an account; only the hash is stored; valid 30 days', async () => {
    const cookie = staff();
    const id = await newListWithTwo(cookie);
    const token = await shareLink(cookie, id);
    const row = sqlite().prepare('SELECT share_token_hash, share_expires_at, share_revoked_at FROM shortlists WHERE id = ?').get(id) as {
      share_token_hash: string;
      share_expires_at: number;
      share_revoked_at: number | null;
    };
    expect(row.share_token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    const dump = JSON.stringify(sqlite().prepare('SELECT * FROM shortlists').all()) + JSON.stringify(sqlite().prepare('SELECT * FROM audit_log').all());
    expect(dump).not.toContain(token);
    expect(Math.abs(row.share_expires_at - (Math.floor(TEST_NOW.getTime() / 1000) + 30 * DAY))).toBeLessThan(60);

    const shared = await openShared(token);
    expect(shared.status).toBe(200);
    expect(shared.data.state).toBe('ok');
    expect(shared.data.list.items).toHaveLength(2);
    expect(shared.headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(shared.headers.get('Cache-Control')).toMatch(/no-store/);
    expectNoCosts(JSON.stringify(shared.data), [full.id, roomy.id]);

    // The link is shown once: the page without the one-time cookie has no link.
    const later = await call(() => listLoader(getArgs(`/keuzelijst/${id}`, { cookie, params: { id: String(id) } }) as never));
    expect(later.data.newLink).toBeNull();
    expect(later.data.list.share).toBe('active');
  });

  it('stops working at once when revoked, when expired, when replaced and when the list is deleted', async () => {
    const cookie = staff();
    const id = await newListWithTwo(cookie);
    const token = await shareLink(cookie, id);
    expect((await listAct(cookie, id, { intent: 'unshare' })).status).toBe(302);
    const revoked = await openShared(token);
    expect(revoked.status).toBe(410);
    expect(revoked.data).toMatchObject({ state: 'revoked', list: null });
    expect(sqlite().prepare("SELECT count(*) AS n FROM audit_log WHERE entity_type = 'shortlist' AND entity_id = ?").get(String(id))).toEqual({ n: 2 });

    const second = await shareLink(cookie, id);
    expect((await openShared(second)).status).toBe(200);
    sqlite().prepare('UPDATE shortlists SET share_expires_at = ? WHERE id = ?').run(Math.floor(TEST_NOW.getTime() / 1000) - 1, id);
    const expired = await openShared(second);
    expect(expired.status).toBe(410);
    expect(expired.data.state).toBe('expired');

    const third = await shareLink(cookie, id);
    const fourth = await shareLink(cookie, id);
    expect((await openShared(third)).status).toBe(404);
    expect((await openShared(fourth)).status).toBe(200);

    const refused = await listAct(cookie, id, { intent: 'delete' });
    expect(refused.status).toBe(400);
    expect(refused.data.result.error.bevestig).toEqual(['shortlist.error.confirmDelete']);
    const deleted = await listAct(cookie, id, { intent: 'delete', bevestig: 'ja' });
    expect(deleted.location).toBe('/keuzelijst?melding=verwijderd');
    const gone = await openShared(fourth);
    expect(gone.status).toBe(404);
    expect(gone.data).toMatchObject({ state: 'unknown', list: null });
    expect(sqlite().prepare('SELECT count(*) AS n FROM shortlist_items WHERE shortlist_id = ?').get(id)).toEqual({ n: 0 });
  });

  it('answers 404 for a token that was never made, in any shape', async () => {
    for (const token of ['kort', 'A'.repeat(43), '../../etc/passwd', 'x'.repeat(500)]) {
      const page = await openShared(token);
      expect(page.status, token).toBe(404);
      expect(page.data.list).toBeNull();
    }
  });
});
