/**
 * The HSDS 3.0 API against the seeded municipality, validated with the official compiled
 * schemas the way the specification checks its own examples: `additionalProperties: false` on
 * every object. Public answers carry no cost fields; the professional export adds the tariffs as
 * cost options and is for professionals only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../app/db.server';
import { createSession } from '../../app/models/session.server';
import { stableId } from '../../app/models/hsds-taxonomy.server';
import { termId, taxonomyId } from '../../app/domain/hsds';
import { loader as metaLoader } from '../../app/routes/api.hsds._index';
import { loader as servicesLoader } from '../../app/routes/api.hsds.services._index';
import { loader as serviceLoader } from '../../app/routes/api.hsds.services.$id';
import { loader as organizationsLoader } from '../../app/routes/api.hsds.organizations._index';
import { loader as organizationLoader } from '../../app/routes/api.hsds.organizations.$id';
import { loader as salLoader } from '../../app/routes/api.hsds.service_at_locations._index';
import { loader as salOneLoader } from '../../app/routes/api.hsds.service_at_locations.$id';
import { loader as unknownPathLoader } from '../../app/routes/api.hsds.$';
import { loader as taxonomiesLoader } from '../../app/routes/api.hsds.taxonomies._index';
import { loader as taxonomyLoader } from '../../app/routes/api.hsds.taxonomies.$id';
import { loader as termsLoader } from '../../app/routes/api.hsds.taxonomy_terms._index';
import { loader as termLoader } from '../../app/routes/api.hsds.taxonomy_terms.$id';
import { loader as professionalLoader } from '../../app/routes/api.hsds.professional.services._index';
import { loader as professionalServiceLoader } from '../../app/routes/api.hsds.professional.services.$id';
import { call, getArgs } from '../support/remix-calls';
import { TEST_NOW } from '../support/paths';

const HSDS = '/work/shared/hsds-3.0';

/** The spec's own check: every object closed with additionalProperties: false. */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (!schema || typeof schema !== 'object') return schema;
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) copy[k] = closed(v);
  if (copy.properties && copy.additionalProperties === undefined) copy.additionalProperties = false;
  return copy;
}

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const load = (file: string) => closed(JSON.parse(readFileSync(join(HSDS, file), 'utf8'))) as Record<string, unknown>;
ajv.addSchema({ ...load('metadata.json'), $id: 'metadata.json' });
ajv.addSchema({ ...load('taxonomy.json'), $id: 'taxonomy.json' });
const validators: Record<string, ValidateFunction> = {
  service: ajv.compile(load('compiled/service.json')),
  service_list: ajv.compile(load('compiled/service_list.json')),
  organization: ajv.compile(load('compiled/organization.json')),
  organization_list: ajv.compile(load('compiled/organization_list.json')),
  service_at_location_list: ajv.compile(load('compiled/service_at_location_list.json')),
  service_at_location: ajv.compile(load('compiled/service_at_location.json')),
  taxonomy: ajv.getSchema('taxonomy.json')!,
  taxonomy_term: ajv.compile({ ...load('taxonomy_term.json'), $id: 'taxonomy_term.json' }),
};

function expectValid(kind: keyof typeof validators, value: unknown) {
  const validate = validators[kind]!;
  const ok = validate(value);
  expect(ok, `${kind}: ${ajv.errorsText(validate.errors, { separator: '\n' })}\n${JSON.stringify(value).slice(0, 500)}`).toBe(true);
}

async function get(loader: (args: never) => Promise<unknown>, path: string, options: { params?: Record<string, string>; cookie?: string } = {}) {
  return call<any>(() => loader(getArgs(path, options) as never));
}

const db = () => getDb().$client;
let cookie: string;

beforeAll(() => {
  const user = db().prepare(`SELECT id, role FROM users WHERE email = 'contractmanager@example.nl'`).get() as { id: number; role: 'contract_manager' };
  cookie = `sk_session=${createSession(getDb(), user, { now: TEST_NOW }).token}`;
});

describe('the compiled schemas catch what they should', () => {
  it('refuses an unknown field and a wrong status, so passing means something', () => {
    expect(validators.service_list!({ id: '1fdf4d39-3d80-484d-9f92-a8ffa08621e7', name: 'x', status: 'active', tariff: 1 })).toBe(false);
    expect(validators.service_list!({ id: '1fdf4d39-3d80-484d-9f92-a8ffa08621e7', name: 'x', status: 'open' })).toBe(false);
    expect(validators.service_list!({ id: 'not-a-uuid', name: 'x', status: 'active' })).toBe(false);
    expect(validators.service_list!({ id: '1fdf4d39-3d80-484d-9f92-a8ffa08621e7', name: 'x', status: 'active' })).toBe(true);
  });
});

describe('public HSDS 3.0 API', () => {
  it('says which version it follows', async () => {
    const meta = await get(metaLoader, '/api/hsds');
    expect(meta.data).toMatchObject({ version: '3.0' });
  });

  it('lists services page by page, each valid against service_list.json', async () => {
    const first = await get(servicesLoader, '/api/hsds/services?per_page=200');
    expect(first.status).toBe(200);
    expect(first.headers.get('Content-Type')).toMatch(/application\/json/);
    const expected = (db().prepare(`SELECT count(*) AS n FROM services s JOIN organizations o ON o.id = s.organization_id WHERE s.status <> 'inactive' AND o.status = 'active'`).get() as { n: number }).n;
    expect(first.data).toMatchObject({ total_items: expected, total_pages: Math.ceil(expected / 200), page_number: 1, size: 200, first_page: true, last_page: false, empty: false });
    for (const service of first.data.contents) expectValid('service_list', service);
    const last = await get(servicesLoader, `/api/hsds/services?per_page=200&page=${first.data.total_pages}`);
    expect(last.data).toMatchObject({ last_page: true, size: expected - 200 * (first.data.total_pages - 1) });
    const ids = new Set(first.data.contents.map((s: { id: string }) => s.id));
    for (const s of last.data.contents) expect(ids.has(s.id)).toBe(false);
  });

  it('nests services fully (locations, hours, languages, taxonomy terms), valid against service.json', async () => {
    const full = await get(servicesLoader, '/api/hsds/services?full=true&per_page=60');
    expect(full.data.contents).toHaveLength(60);
    for (const service of full.data.contents) expectValid('service', service);
    const rich = db()
      .prepare(
        `SELECT s.id FROM services s JOIN organizations o ON o.id = s.organization_id
          WHERE s.status = 'active' AND o.status = 'active' AND s.product_code IS NOT NULL
            AND EXISTS (SELECT 1 FROM service_languages l WHERE l.service_id = s.id)
            AND EXISTS (SELECT 1 FROM service_at_locations sl JOIN schedules h ON h.location_id = sl.location_id WHERE sl.service_id = s.id)
          ORDER BY s.id LIMIT 1`,
      )
      .get() as { id: string };
    const one = await get(serviceLoader, `/api/hsds/services/${rich.id}`, { params: { id: rich.id } });
    expectValid('service', one.data);
    expect(one.data.service_at_locations[0].location.addresses[0]).toMatchObject({ country: 'NL', postal_code: expect.stringMatching(/^[1-9]\d{3} [A-Z]{2}$/) });
    expect(one.data.service_at_locations.some((sal: any) => sal.location.schedules?.length > 0)).toBe(true);
    expect(one.data.languages.length).toBeGreaterThan(0);
    expect(one.data.attributes.map((a: any) => a.taxonomy_term.taxonomy)).toEqual(expect.arrayContaining(['Gemeentelijke productcode', 'Soort aanbod', 'Wet']));
    expect(one.data.cost_options).toBeUndefined();
    // The closed schema reaches nested objects too: an extra field deep inside fails.
    const tampered = structuredClone(one.data);
    tampered.service_at_locations[0].location.addresses[0].province = 'Utrecht';
    expect(validators.service!(tampered)).toBe(false);
  });

  it('answers 404 for an unknown, inactive or archived service', async () => {
    const inactive = db().prepare(`SELECT id FROM services WHERE status = 'inactive' LIMIT 1`).get() as { id: string };
    for (const id of [inactive.id, '00000000-0000-4000-8000-000000000000', 'zomaar']) {
      const result = await get(serviceLoader, `/api/hsds/services/${id}`, { params: { id } });
      expect(result.status).toBe(404);
    }
  });

  it('lists organisations and nests one with identifiers, locations and services', async () => {
    const list = await get(organizationsLoader, '/api/hsds/organizations?per_page=100');
    for (const o of list.data.contents) expectValid('organization_list', o);
    const withKvk = db()
      .prepare(`SELECT o.id, i.identifier FROM organizations o JOIN organization_identifiers i ON i.organization_id = o.id AND i.scheme = 'kvk' WHERE o.status = 'active' AND EXISTS (SELECT 1 FROM locations l WHERE l.organization_id = o.id) ORDER BY o.id LIMIT 1`)
      .get() as { id: string; identifier: string };
    for (const query of ['', '?full_service=true']) {
      const one = await get(organizationLoader, `/api/hsds/organizations/${withKvk.id}${query}`, { params: { id: withKvk.id } });
      expectValid('organization', one.data);
      expect(one.data.organization_identifiers).toEqual(expect.arrayContaining([expect.objectContaining({ identifier_scheme: 'NL-KVK', identifier: withKvk.identifier })]));
      expect(one.data.locations.length).toBeGreaterThan(0);
    }
    const fullList = await get(organizationsLoader, '/api/hsds/organizations?per_page=5&full=true');
    for (const o of fullList.data.contents) expectValid('organization', o);
  });

  it('lists services at locations, valid against service_at_location_list.json, and finds what is near a postcode', async () => {
    const all = await get(salLoader, '/api/hsds/service_at_locations?per_page=200');
    for (const sal of all.data.contents) expectValid('service_at_location_list', sal);
    const centroid = db().prepare(`SELECT pc4, latitude, longitude FROM postcode_centroids WHERE pc4 IN (SELECT substr(postal_code, 1, 4) FROM locations) ORDER BY pc4 LIMIT 1`).get() as { pc4: string; latitude: number; longitude: number };
    const near = await get(salLoader, `/api/hsds/service_at_locations?postcode=${centroid.pc4}&proximity=2000&per_page=200`);
    expect(near.data.total_items).toBeGreaterThan(0);
    expect(near.data.total_items).toBeLessThan(all.data.total_items);
    const rad = Math.PI / 180;
    for (const sal of near.data.contents) {
      const { latitude, longitude } = sal.location;
      const d = 2 * 6_371_000 * Math.asin(Math.sqrt(Math.sin(((latitude - centroid.latitude) * rad) / 2) ** 2 + Math.cos(latitude * rad) * Math.cos(centroid.latitude * rad) * Math.sin(((longitude - centroid.longitude) * rad) / 2) ** 2));
      expect(d).toBeLessThanOrEqual(2000);
    }
    const services = await get(servicesLoader, `/api/hsds/services?postcode=${centroid.pc4}&proximity=2000&per_page=200`);
    expect(services.data.total_items).toBeGreaterThan(0);
    expect(services.data.total_items).toBeLessThanOrEqual(near.data.total_items);
  });

  it('answers every service-at-location id from the list, valid against service_at_location.json', async () => {
    const all = await get(salLoader, '/api/hsds/service_at_locations?per_page=200');
    expect(all.data.contents.length).toBeGreaterThan(10);
    for (const listed of all.data.contents) {
      const one = await get(salOneLoader, `/api/hsds/service_at_locations/${listed.id}`, { params: { id: listed.id } });
      expect(one.status, listed.id).toBe(200);
      expect(one.headers.get('Access-Control-Allow-Origin')).toBe('*');
      expectValid('service_at_location', one.data);
      expect(one.data).toMatchObject({ id: listed.id, service_id: listed.service_id, location_id: listed.location_id });
      expect(one.data.service.id).toBe(listed.service_id);
      expect(one.data.location.addresses[0].country).toBe('NL');
      expect(one.data.service.cost_options).toBeUndefined();
    }
  });

  it('answers a JSON 404 with CORS for an unknown or hidden service at location and for an unknown path', async () => {
    const hidden = db()
      .prepare(`SELECT sl.id FROM service_at_locations sl JOIN services s ON s.id = sl.service_id WHERE s.status = 'inactive' LIMIT 1`)
      .get() as { id: string } | undefined;
    for (const id of [hidden?.id, '00000000-0000-4000-8000-000000000000', 'zomaar'].filter((x): x is string => Boolean(x))) {
      const result = await get(salOneLoader, `/api/hsds/service_at_locations/${id}`, { params: { id } });
      expect(result.status).toBe(404);
      expect(result.headers.get('Content-Type')).toMatch(/^application\/json/);
      expect(result.headers.get('Access-Control-Allow-Origin')).toBe('*');
      expect(result.data).toEqual({ error: 'not_found' });
    }
    const unknown = await get(unknownPathLoader, '/api/hsds/nothing/here', { params: { '*': 'nothing/here' } });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(unknown.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('offers the Dutch profile’s taxonomies and terms, and filters services by term', async () => {
    const taxonomies = await get(taxonomiesLoader, '/api/hsds/taxonomies');
    expect(taxonomies.data.contents.map((t: any) => t.name)).toEqual(['iWmo productcategorie', 'iJw productcategorie', 'Gemeentelijke productcode', 'Soort aanbod', 'Wet']);
    for (const t of taxonomies.data.contents) expectValid('taxonomy', t);
    const one = await get(taxonomyLoader, '/api/hsds/taxonomies/x', { params: { id: taxonomyId(stableId, 'iwmo') } });
    expect(one.data.name).toBe('iWmo productcategorie');
    const terms = await get(termsLoader, `/api/hsds/taxonomy_terms?per_page=200&taxonomy_id=${taxonomyId(stableId, 'iwmo')}`);
    expect(terms.data.total_items).toBe(18);
    for (const t of terms.data.contents) expectValid('taxonomy_term', t);
    const products = await get(termsLoader, `/api/hsds/taxonomy_terms?per_page=200&parent_id=${termId(stableId, 'iwmo', '02')}`);
    expect(products.data.contents.map((t: any) => t.code)).toEqual(
      (db().prepare(`SELECT code FROM products WHERE category_code = '02' ORDER BY code`).all() as { code: string }[]).map((r) => r.code),
    );
    const term = await get(termLoader, '/api/hsds/taxonomy_terms/x', { params: { id: termId(stableId, 'iwmo', '07') } });
    expect(term.data).toMatchObject({ code: '07', name: 'Dagbesteding' });

    const dagbesteding = await get(servicesLoader, `/api/hsds/services?per_page=200&taxonomy_term_id=${termId(stableId, 'iwmo', '07')}`);
    const expected = (db().prepare(`SELECT count(*) AS n FROM services s JOIN organizations o ON o.id = s.organization_id WHERE s.status <> 'inactive' AND o.status = 'active' AND s.category_code = '07'`).get() as { n: number }).n;
    expect(dagbesteding.data.total_items).toBe(expected);
    const free = await get(servicesLoader, `/api/hsds/services?per_page=5&taxonomy_term_id=${termId(stableId, 'soort-aanbod', 'general')}`);
    expect(free.data.contents.every((s: any) => s.fees_description.startsWith('Gratis'))).toBe(true);
  });

  it('filters by organisation, search text and modification date', async () => {
    const org = db().prepare(`SELECT organization_id AS id, count(*) AS n FROM services s JOIN organizations o ON o.id = s.organization_id WHERE s.status <> 'inactive' AND o.status = 'active' GROUP BY 1 ORDER BY n DESC LIMIT 1`).get() as { id: string; n: number };
    const byOrg = await get(servicesLoader, `/api/hsds/services?organization_id=${org.id}`);
    expect(byOrg.data.total_items).toBe(org.n);
    expect(byOrg.data.contents.every((s: any) => s.organization_id === org.id)).toBe(true);
    const search = await get(servicesLoader, '/api/hsds/services?search=dagbesteding&per_page=200');
    expect(search.data.total_items).toBeGreaterThan(0);
    const future = await get(servicesLoader, '/api/hsds/services?modified_after=2100-01-01T00:00:00Z');
    expect(future.data).toMatchObject({ total_items: 0, empty: true, contents: [] });
    const target = db().prepare(`SELECT s.id FROM services s JOIN organizations o ON o.id = s.organization_id WHERE s.status = 'active' AND o.status = 'active' ORDER BY s.id LIMIT 1`).get() as { id: string };
    db().prepare(`UPDATE services SET updated_at = unixepoch('2099-06-01') WHERE id = ?`).run(target.id);
    const recent = await get(servicesLoader, '/api/hsds/services?modified_after=2099-01-01');
    expect(recent.data.contents.map((s: any) => s.id)).toEqual([target.id]);
    expect(recent.data.contents[0].last_modified).toBe('2099-06-01T00:00:00.000Z');
  });

  it('answers 400 with a reason for wrong parameters', async () => {
    for (const query of ['page=0', 'per_page=100000', 'modified_after=gisteren', 'postcode=ABCD', 'taxonomy_term_id=02', 'proximity=-5']) {
      const result = await get(servicesLoader, `/api/hsds/services?${query}`);
      expect(result.status, query).toBe(400);
      expect(result.data).toMatchObject({ error: 'bad_request', detail: expect.any(String) });
    }
  });

  it('never sends a cost field or amount publicly', async () => {
    const org = db().prepare(`SELECT o.id FROM organizations o JOIN contracts c ON c.organization_id = o.id WHERE o.status = 'active' GROUP BY o.id ORDER BY count(*) DESC LIMIT 1`).get() as { id: string };
    const tariffs = (db().prepare('SELECT tariff_cents AS cents FROM contracts WHERE organization_id = ?').all(org.id) as { cents: number }[]).map((r) => r.cents);
    const bodies = [
      JSON.stringify((await get(organizationLoader, `/api/hsds/organizations/${org.id}?full_service=true`, { params: { id: org.id } })).data),
      JSON.stringify((await get(servicesLoader, `/api/hsds/services?full=true&per_page=200&organization_id=${org.id}`)).data),
    ];
    for (const body of bodies) {
      expect(body).not.toMatch(/cost_option|tariff|ceiling|committed|"amount"/);
      for (const cents of tariffs) {
        expect(body).not.toContain(`"${(cents / 100).toFixed(2)}"`);
        expect(body).not.toContain(`:${cents / 100},`);
      }
    }
  });
});

describe('professional HSDS export', () => {
  it('is only for professionals', async () => {
    const anonymous = await get(professionalLoader, '/api/hsds/professional/services');
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toMatch(/^\/inloggen/);
    const citizen = db().prepare(`SELECT id, role FROM users WHERE email = 'inwoner@example.nl'`).get() as { id: number; role: 'citizen' };
    const citizenCookie = `sk_session=${createSession(getDb(), citizen, { now: TEST_NOW }).token}`;
    expect((await get(professionalLoader, '/api/hsds/professional/services', { cookie: citizenCookie })).status).toBe(403);
    const provider = db().prepare(`SELECT id, role FROM users WHERE email = 'aanbieder@example.nl'`).get() as { id: number; role: 'provider' };
    expect((await get(professionalLoader, '/api/hsds/professional/services', { cookie: `sk_session=${createSession(getDb(), provider, { now: TEST_NOW }).token}` })).status).toBe(403);
  });

  it('adds the tariffs as cost options, valid against service.json, and is never cached', async () => {
    const contract = db()
      .prepare(
        `SELECT c.id, c.tariff_cents, c.unit, s.id AS service_id FROM contracts c
           JOIN services s ON s.organization_id = c.organization_id AND s.product_code = c.product_code
           JOIN organizations o ON o.id = s.organization_id
          WHERE c.archived_at IS NULL AND s.status <> 'inactive' AND o.status = 'active' ORDER BY c.id LIMIT 1`,
      )
      .get() as { id: string; tariff_cents: number; unit: string; service_id: string };
    const one = await get(professionalServiceLoader, `/api/hsds/professional/services/${contract.service_id}`, { params: { id: contract.service_id }, cookie });
    expect(one.status).toBe(200);
    expect(one.headers.get('Cache-Control')).toContain('no-store');
    expectValid('service', one.data);
    expect(one.data.cost_options).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: contract.id, currency: 'EUR', amount: contract.tariff_cents / 100, amount_description: expect.stringContaining(`eenheid ${contract.unit}`) })]),
    );
    const list = await get(professionalLoader, '/api/hsds/professional/services?per_page=50', { cookie });
    for (const service of list.data.contents) expectValid('service', service);
    expect(list.data.contents.some((s: any) => s.cost_options?.length > 0)).toBe(true);
  });
});
