/** Issue 10's pure pieces: form field filtering, cookies, redirects, public links, start-up checks. */
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseWithZod } from '@conform-to/zod';
import { fieldTree, isKnownName, knownFields, MAX_LIST_ITEMS, parseForm } from '../../app/utils/form.server';
import { readCookie, readCookies } from '../../app/utils/cookies.server';
import { safeRedirect } from '../../app/utils/safe-redirect';
import { publicOrigin } from '../../app/utils/public-url.server';
import { getLocale } from '../../app/i18n/locale.server';
import { parseEnv } from '../../app/env.server';
import { deploymentProblem, type DeploymentFacts } from '../../scripts/deployment-check';
import { bodyLimitFor, FORM_BODY_LIMIT, UPLOAD_BODY_LIMIT } from '../../scripts/security/body-limit';

beforeAll(() => {
  process.env.SESSION_SECRET = 'unit-test-secret-unit-test-secret-0123';
  process.env.DATABASE_PATH = ':memory:';
});

const schema = z
  .object({
    email: z.string().email(),
    hours: z.array(z.object({ weekday: z.string(), opensAt: z.string() })).max(14),
    tags: z.preprocess((v) => (Array.isArray(v) ? v : [v]), z.array(z.string())),
    note: z.string().optional(),
  })
  .superRefine(() => undefined);

function formOf(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe('form fields the schema does not know', () => {
  it('are dropped before conform parses, whatever their shape', () => {
    const tree = fieldTree(schema);
    for (const name of ['email', 'note', 'hours[0].weekday', 'hours[13].opensAt', 'tags', 'tags[3]']) expect(isKnownName(tree, name), name).toBe(true);
    for (const name of ['x', 'x[100000000]', 'hours[14].weekday', 'hours[100000000].weekday', 'hours[0].other', 'email.a', 'email[0]', `a${'[0]'.repeat(20_000)}`, 'hours.0', '', 'tags[9999999]']) {
      expect(isKnownName(tree, name), name.slice(0, 40)).toBe(false);
    }
  });

  it('never reach a reply: the payload has the known fields only', () => {
    const data = formOf([
      ['email', 'a@example.nl'],
      ['x[100000000]', '1'],
      [`a${'[0]'.repeat(20_000)}`, '1'],
      ['hours[0].weekday', '1'],
      ['hours[99999].weekday', '1'],
    ]);
    const submission = parseForm(data, schema);
    expect(Object.keys(submission.payload).sort()).toEqual(['email', 'hours']);
    expect((submission.payload.hours as unknown[]).length).toBe(1);
    expect(JSON.stringify(submission.reply()).length).toBeLessThan(1_000);
    // Today's failure without the filter: conform builds the sparse array the name asks for.
    expect((parseWithZod(formOf([['x[100000]', '1']]), { schema }).payload.x as unknown[]).length).toBe(100_001);
  });

  it('bounds a list without its own maximum, and looks through unions and wrappers', () => {
    const union = z.discriminatedUnion('intent', [z.object({ intent: z.literal('a'), one: z.string() }), z.object({ intent: z.literal('b'), two: z.array(z.string()) })]);
    const tree = fieldTree(union.optional());
    expect(isKnownName(tree, 'one')).toBe(true);
    expect(isKnownName(tree, `two[${MAX_LIST_ITEMS - 1}]`)).toBe(true);
    expect(isKnownName(tree, `two[${MAX_LIST_ITEMS}]`)).toBe(false);
    expect([...knownFields(new URLSearchParams('intent=a&one=1&three=3'), union).keys()]).toEqual(['intent', 'one']);
  });
});

describe('cookies', () => {
  const request = (cookie: string) => new Request('http://localhost/', { headers: { Cookie: cookie } });

  it('are parsed by the cookie package: a bad %-escape is kept, never thrown', () => {
    expect(readCookie(request('taal=%'), 'taal')).toBe('%');
    expect(readCookies(request('a=%E0%A4%A; taal=en'))).toMatchObject({ a: '%E0%A4%A', taal: 'en' });
    expect(readCookie(request('x=%C4%8D'), 'x')).toBe('č');
    expect(() => getLocale(request('taal=%; other=%zz'))).not.toThrow();
    expect(getLocale(request('other=%; taal=en'))).toBe('en');
  });
});

describe('redirect targets', () => {
  it('are same-site paths, percent-encoded so they fit a Location header', () => {
    expect(safeRedirect('/%C4%8D')).toBe('/%C4%8D');
    expect(safeRedirect('/č?q=é#x')).toBe('/%C4%8D?q=%C3%A9#x');
    expect(safeRedirect('/a\u0000b')).toBe('/a%00b');
    expect(safeRedirect('//evil.example')).toBe('/');
    expect(safeRedirect('/\\evil.example')).toBe('/');
    expect(safeRedirect('https://evil.example/')).toBe('/');
    expect(safeRedirect('/zoeken?q=zorg')).toBe('/zoeken?q=zorg');
  });
});

describe('public links (finding 3)', () => {
  it('come from PUBLIC_URL, else http://localhost:PORT, never from a request', () => {
    expect(publicOrigin({ PUBLIC_URL: 'https://kaart.example.nl/pad/', PORT: 3000 })).toBe('https://kaart.example.nl');
    expect(publicOrigin({ PUBLIC_URL: undefined, PORT: 4123 })).toBe('http://localhost:4123');
  });

  it('and a real deployment defaults to no demo data', () => {
    const base = { DATABASE_PATH: ':memory:', SESSION_SECRET: 'x'.repeat(32) };
    expect(parseEnv(base).DEMO_DATA).toBe(true);
    expect(parseEnv({ ...base, PUBLIC_URL: 'https://kaart.example.nl' }).DEMO_DATA).toBe(false);
    expect(parseEnv({ ...base, PUBLIC_URL: 'https://kaart.example.nl', DEMO_DATA: 'true' }).DEMO_DATA).toBe(true);
    expect(() => parseEnv({ ...base, PUBLIC_URL: 'ftp://kaart.example.nl' })).toThrow(/PUBLIC_URL/);
    expect(() => parseEnv({ ...base, RATE_LIMIT_SIGN_INS_PER_MINUTE: '-1' })).toThrow(/RATE_LIMIT_SIGN_INS_PER_MINUTE/);
    expect(parseEnv({ ...base, RATE_LIMIT_READS_PER_MINUTE: '0' }).RATE_LIMIT_READS_PER_MINUTE).toBe(0);
  });

  it('refuses a misspelled setting instead of silently keeping the default', () => {
    const base = { DATABASE_PATH: ':memory:', SESSION_SECRET: 'x'.repeat(32) };
    expect(() => parseEnv({ ...base, RATE_LIMIT_READ_PER_MINUTE: '0' })).toThrow(
      /RATE_LIMIT_READ_PER_MINUTE: not a setting; did you mean RATE_LIMIT_READS_PER_MINUTE or RATE_LIMIT_WRITES_PER_MINUTE or RATE_LIMIT_SIGN_INS_PER_MINUTE\?/,
    );
    expect(() => parseEnv({ ...base, PAGE_CACHE_SIZE: '10' })).toThrow(/PAGE_CACHE_SIZE: not a setting; did you mean PAGE_CACHE_MB\?/);
    // Every wrong variable at once, the unknown with the invalid.
    expect(() => parseEnv({ ...base, BACKUP_KEEP: '0', BACKUP_EVERY: '6' })).toThrow(/BACKUP_KEEP[\s\S]*BACKUP_EVERY: not a setting/);
    // Names outside the app's families are left alone (the platform's own variables), empty ones too.
    expect(parseEnv({ ...base, LOG_LEVEL: 'debug', RATE_LIMIT_READ_PER_MINUTE: '' }).RATE_LIMIT_READS_PER_MINUTE).toBe(1200);
  });
});

describe('start-up checks (finding 5)', () => {
  const facts: DeploymentFacts = { mode: 'production', publicUrl: undefined, demoData: true, databasePath: 'data/x.db', demoDatabase: true, demoAccountsPresent: true };

  it('serve the demo on localhost in production mode without PUBLIC_URL', () => {
    expect(deploymentProblem(facts)).toBeNull();
  });

  it('refuse production without PUBLIC_URL for a real database', () => {
    expect(deploymentProblem({ ...facts, demoData: false, demoDatabase: false, demoAccountsPresent: false })).toMatch(/PUBLIC_URL must be set/);
    expect(deploymentProblem({ ...facts, mode: 'development', demoDatabase: false, demoAccountsPresent: false })).toBeNull();
  });

  it('refuse a demo database for a real deployment unless DEMO_DATA=true', () => {
    expect(deploymentProblem({ ...facts, publicUrl: 'https://kaart.example.nl', demoData: false })).toMatch(/DEMO_DATA=true/);
    expect(deploymentProblem({ ...facts, publicUrl: 'https://kaart.example.nl', demoData: true })).toBeNull();
    expect(deploymentProblem({ ...facts, publicUrl: 'https://kaart.example.nl', demoData: false, demoDatabase: false, demoAccountsPresent: false })).toBeNull();
  });

  it('refuse demo accounts in a database that is not a demo', () => {
    expect(deploymentProblem({ ...facts, demoDatabase: false, publicUrl: 'https://kaart.example.nl' })).toMatch(/demo accounts/);
  });
});

describe('body-size limits (findings 1 and 2)', () => {
  it('are small for forms and larger only for a CSV upload to the import page', () => {
    expect(bodyLimitFor('/inloggen', 'application/x-www-form-urlencoded')).toBe(FORM_BODY_LIMIT);
    expect(bodyLimitFor('/beheer/import', 'multipart/form-data; boundary=x')).toBe(UPLOAD_BODY_LIMIT);
    expect(bodyLimitFor('/BEHEER/import/', 'multipart/form-data; boundary=x')).toBe(UPLOAD_BODY_LIMIT);
    expect(bodyLimitFor('/beheer/import', 'application/x-www-form-urlencoded')).toBe(FORM_BODY_LIMIT);
    expect(bodyLimitFor('/aanbieders/x/fout-melden', 'multipart/form-data; boundary=x')).toBe(FORM_BODY_LIMIT);
  });
});
