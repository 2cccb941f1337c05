/**
 * Row builders shared by the seed and the tests ("seed data and test data come from the same
 * factories"). Every builder takes a seeded Rng, optional column overrides and optional context,
 * and returns a plain row object with the raw SQLite types (integers for timestamps and
 * booleans) that `RowWriter` inserts with a prepared statement.
 */
import type Database from 'better-sqlite3';
import { getTableColumns, getTableName, type Table } from 'drizzle-orm';
import type { Law, ServiceKind, ServiceStatus, TariffUnit } from '../../app/domain/enums';
import * as schema from '../schema';
import {
  accessibilityNotes,
  applicationTexts,
  findingAuthors,
  findingOpenings,
  findingSentences,
  firstNames,
  lastNames,
  moderationReasons,
  orgCoresBare,
  reviewClosings,
  reviewDurations,
  reviewOpenings,
  reviewReplyTexts,
  reviewSentences,
  reviewStories,
  reviewerTraits,
  transportationNotes,
  type FindingLevel,
  type HoursPattern,
  type HoursKind,
  type ReviewTopic,
  type Sentiment,
} from './content';
import { Rng, SECONDS_PER_DAY, defaultReferenceDate, isoDateOfUnix, previousMonthOfUnix, toUnix } from './random';

// ---------------------------------------------------------------------------------------------
// Row types and the writer
// ---------------------------------------------------------------------------------------------

type RawValue<V> = V extends Date ? number : V extends boolean ? number : V;
/** A table row as SQLite stores it: timestamps as unix seconds, booleans as 0/1. */
export type RawRow<T> = { [K in keyof T]: RawValue<T[K]> };
type Writable<R> = { [K in keyof R]: K extends 'id' ? (R[K] extends number ? number | null : R[K]) : R[K] };
/** A row ready for insertion; an integer `id` may be null to let SQLite assign it. */
export type RowOf<T extends Table> = Writable<RawRow<T['$inferSelect']>>;

export type OrganizationRow = RowOf<typeof schema.organizations>;
export type OrganizationIdentifierRow = RowOf<typeof schema.organizationIdentifiers>;
export type ServiceRow = RowOf<typeof schema.services>;
export type LocationRow = RowOf<typeof schema.locations>;
export type ScheduleRow = RowOf<typeof schema.schedules>;
export type ContractRow = RowOf<typeof schema.contracts>;
export type BudgetCeilingRow = RowOf<typeof schema.budgetCeilings>;
export type UserRow = RowOf<typeof schema.users>;
export type ReviewInvitationRow = RowOf<typeof schema.reviewInvitations>;
export type ReviewRow = RowOf<typeof schema.reviews>;
export type ReviewReplyRow = RowOf<typeof schema.reviewReplies>;
export type StaffFindingRow = RowOf<typeof schema.staffFindings>;
export type ChangeRequestRow = RowOf<typeof schema.changeRequests>;

interface PreparedInsert {
  statement: Database.Statement;
  keys: string[];
  name: string;
}

/**
 * Inserts builder rows with cached prepared statements built from the drizzle table definition
 * (column order and snake_case names come from db/schema.ts), and counts rows per table.
 */
export class RowWriter {
  readonly counts: Record<string, number> = {};
  private readonly prepared = new Map<Table, PreparedInsert>();

  constructor(readonly sqlite: Database.Database) {}

  private prepare(table: Table): PreparedInsert {
    let entry = this.prepared.get(table);
    if (!entry) {
      const columns = getTableColumns(table) as Record<string, { name: string }>;
      const keys = Object.keys(columns);
      const names = keys.map((k) => `"${columns[k]!.name}"`);
      const name = getTableName(table);
      const statement = this.sqlite.prepare(
        `INSERT INTO "${name}" (${names.join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`,
      );
      entry = { statement, keys, name };
      this.prepared.set(table, entry);
      if (this.counts[name] === undefined) this.counts[name] = 0;
    }
    return entry;
  }

  insert<T extends Table>(table: T, row: RowOf<T>): Database.RunResult {
    const { statement, keys, name } = this.prepare(table);
    const record = row as Record<string, unknown>;
    const values = new Array<unknown>(keys.length);
    for (let i = 0; i < keys.length; i++) {
      const v = record[keys[i]!];
      values[i] = v === undefined ? null : v === true ? 1 : v === false ? 0 : v instanceof Date ? toUnix(v) : v;
    }
    const result = statement.run(values);
    this.counts[name]! += 1;
    return result;
  }
}

// ---------------------------------------------------------------------------------------------
// Time
// ---------------------------------------------------------------------------------------------

export interface SeedClock {
  /** The reference date: "now" for the seed. */
  date: Date;
  /** The reference date in unix seconds. */
  now: number;
  year: number;
}

export function seedClock(referenceDate: Date = defaultReferenceDate()): SeedClock {
  return { date: referenceDate, now: toUnix(referenceDate), year: referenceDate.getUTCFullYear() };
}

export const DAY = SECONDS_PER_DAY;
export const YEAR = 365 * DAY;

// ---------------------------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------------------------

export type TextVars = Record<string, string | undefined>;

function capitalize(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

/** Fill `{key}` placeholders; `{Key}` fills the same value with a capital first letter. */
export function fillTemplate(template: string, vars: TextVars): string {
  if (template.indexOf('{') < 0) return template;
  return template.replace(/\{(\w+)\}/g, (match, key: string) => {
    const lower = key[0]!.toLowerCase() + key.slice(1);
    const value = vars[key] ?? vars[lower];
    if (value === undefined) return match;
    return key === lower ? value : capitalize(value);
  });
}

/** Kebab-case ASCII slug: "Zorggroep Het Anker & Co" → "zorggroep-het-anker-en-co". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "de Vries" → "De Vries" (a surname at the start of a name). */
export function surnameCapitalized(lastName: string): string {
  return capitalize(lastName);
}

export function personName(rng: Rng): { first: string; last: string; full: string } {
  const first = rng.pick(firstNames);
  const last = rng.pick(lastNames);
  return { first, last, full: `${first} ${last}` };
}

/** A reviewer's display name: "Anouk (62)", "Familie de Vries", "M. Yilmaz", "Anoniem". */
export function reviewerName(rng: Rng, district?: string): string {
  const first = rng.pick(firstNames);
  const last = rng.pick(lastNames);
  const r = rng.next();
  if (r < 0.33) return `${first} (${rng.int(19, 91)})`;
  if (r < 0.53) return `${first[0]}. ${surnameCapitalized(last)}`;
  if (r < 0.68) return first;
  if (r < 0.85) {
    return fillTemplate(rng.pick(reviewerTraits.family), {
      first,
      last,
      lastCap: last.split(' ').pop() ?? last,
    });
  }
  return fillTemplate(rng.pick(reviewerTraits.generic), { district: district ?? 'de wijk' });
}

const POSTCODE_LETTERS = 'ABCDEGHJKLMNPRSTVWXZ';

/** "3561 KL": a Dutch postcode in a given PC4 (never the letter pairs SA, SD or SS). */
export function postcodeIn(rng: Rng, pc4: string): string {
  for (;;) {
    const pair = POSTCODE_LETTERS[rng.int(0, POSTCODE_LETTERS.length - 1)]! + POSTCODE_LETTERS[rng.int(0, POSTCODE_LETTERS.length - 1)]!;
    if (pair !== 'SA' && pair !== 'SD' && pair !== 'SS') return `${pc4} ${pair}`;
  }
}

/** A landline in the given area code (10 digits in all), or sometimes a mobile number. */
export function phoneNumber(rng: Rng, area = '030', mobileChance = 0.12): string {
  if (rng.chance(mobileChance)) return `06-${rng.digits(8, true).replace(/^0/, '1')}`;
  return `${area}-${rng.digits(10 - area.length)}`;
}

/** An 8-digit KvK number, distinct for distinct ordinals (a bijection on 10000000–99999998). */
export function kvkNumber(ordinal: number, offset: number): string {
  return String(10_000_000 + ((ordinal * 7_368_787 + offset) % 89_999_999));
}

/** An 8-digit AGB code in the "98" range, distinct for distinct ordinals below one million. */
export function agbCode(ordinal: number, offset: number): string {
  return `98${String((ordinal * 7919 + offset) % 1_000_000).padStart(6, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------------------------

export interface OrganizationInput {
  clock?: SeedClock;
  externalId?: string | null;
  description?: string;
  phoneArea?: string;
  /** Set for an organisation that joined recently (younger than the review window). */
  recent?: boolean;
}

export function websiteDomain(slug: string): string {
  return `${slug.slice(0, 58).replace(/-+$/, '')}.example.nl`;
}

export function buildOrganization(rng: Rng, overrides: Partial<OrganizationRow> = {}, input: OrganizationInput = {}): OrganizationRow {
  const clock = input.clock ?? seedClock();
  const name = overrides.name ?? `Stichting ${rng.pick(orgCoresBare)} ${rng.hex(4).toUpperCase()}`;
  const slug = overrides.slug ?? slugify(name);
  const domain = websiteDomain(slug);
  const createdAt = input.recent ? clock.now - rng.int(30, 330) * DAY : clock.now - rng.int(Math.round(5.2 * 365), 9 * 365) * DAY;
  const assuredDays = rng.chance(0.75) ? rng.int(0, 365) : rng.int(366, 730);
  const assuredAt = Math.max(createdAt, clock.now - assuredDays * DAY);
  const updatedAt = Math.max(createdAt, clock.now - rng.int(0, 420) * DAY);
  return {
    id: rng.uuid(),
    externalId: input.externalId ?? null,
    slug,
    name,
    alternateName: null,
    description: input.description ?? `${name} biedt ondersteuning in de buurt.`,
    website: `https://www.${domain}`,
    email: `${rng.pick(['info', 'info', 'contact', 'aanmelden', 'zorg'])}@${domain}`,
    phone: phoneNumber(rng, input.phoneArea),
    logoUrl: null,
    status: 'active',
    assuredDate: isoDateOfUnix(assuredAt),
    version: 1,
    createdAt,
    updatedAt,
    ...overrides,
  };
}

export function buildIdentifier(
  rng: Rng,
  overrides: Partial<OrganizationIdentifierRow> & Pick<OrganizationIdentifierRow, 'organizationId'>,
): OrganizationIdentifierRow {
  return { id: rng.uuid(), scheme: 'kvk', identifier: rng.digits(8), ...overrides };
}

// ---------------------------------------------------------------------------------------------
// Locations and schedules
// ---------------------------------------------------------------------------------------------

export interface LocationInput {
  clock?: SeedClock;
  pc4?: string;
  latitude?: number;
  longitude?: number;
  street?: string;
  city?: string;
  districtId?: string | null;
  /** Created no earlier than this (unix seconds). */
  since?: number;
}

export function buildLocation(
  rng: Rng,
  overrides: Partial<LocationRow> & Pick<LocationRow, 'organizationId'>,
  input: LocationInput = {},
): LocationRow {
  const clock = input.clock ?? seedClock();
  const wheelchair = rng.chance(0.7);
  const number = rng.int(1, 180);
  const suffix = rng.chance(0.12) ? rng.pick(['a', 'b', 'c', '-1', '-2', ' bis']) : '';
  const lat = (input.latitude ?? 52.08) + rng.float(-0.0035, 0.0035);
  const lon = (input.longitude ?? 5.3) + rng.float(-0.0055, 0.0055);
  const createdAt = Math.max(input.since ?? 0, clock.now - rng.int(200, 3000) * DAY);
  return {
    id: rng.uuid(),
    name: 'Hoofdlocatie',
    address1: `${input.street ?? 'Kerkstraat'} ${number}${suffix}`,
    postalCode: postcodeIn(rng, input.pc4 ?? '3561'),
    city: input.city ?? 'Vlietstede',
    districtId: input.districtId ?? null,
    latitude: Math.round(lat * 1e6) / 1e6,
    longitude: Math.round(lon * 1e6) / 1e6,
    wheelchairAccessible: wheelchair ? 1 : 0,
    hearingLoop: rng.chance(wheelchair ? 0.3 : 0.1) ? 1 : 0,
    accessibleToilet: rng.chance(wheelchair ? 0.75 : 0.05) ? 1 : 0,
    accessibilityNote: rng.chance(0.35) ? rng.pick(accessibilityNotes) : null,
    transportation: rng.chance(0.4) ? rng.pick(transportationNotes) : null,
    version: 1,
    createdAt,
    updatedAt: Math.max(createdAt, clock.now - rng.int(0, 500) * DAY),
    ...overrides,
  };
}

type Slot = readonly [days: readonly number[], opens: string, closes: string, note?: string];
type SchedulePatternKey = HoursPattern | Exclude<HoursKind, 'none'>;

const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7] as const;
const WORKDAYS = [1, 2, 3, 4, 5] as const;

/** Weekly opening-hour patterns. A period whose closing time is earlier than its opening time crosses midnight. */
export const schedulePatterns: Record<SchedulePatternKey, readonly (readonly Slot[])[]> = {
  office: [
    [[WORKDAYS, '09:00', '17:00']],
    [[[1, 2, 3, 4], '08:30', '17:00'], [[5], '08:30', '12:30']],
    [[WORKDAYS, '09:00', '17:00'], [[2], '19:00', '21:00', 'Avondspreekuur']],
  ],
  buurthuis: [
    [[WORKDAYS, '09:00', '17:00'], [[2, 4], '19:00', '22:00']],
    [[WORKDAYS, '09:00', '22:00'], [[6], '10:00', '14:00']],
    [[[1, 2, 3, 4], '09:30', '16:30'], [[3], '19:00', '22:30']],
  ],
  spreekuur: [
    [[[2], '13:30', '15:30', 'Zonder afspraak']],
    [[[4], '09:30', '11:30', 'Zonder afspraak'], [[1], '19:00', '20:30', 'Avondspreekuur']],
    [[[3], '10:00', '12:00']],
  ],
  voedselbank: [
    [[[4], '14:00', '16:00', 'Alleen met uitgiftepas']],
    [[[5], '13:00', '15:30', 'Alleen met uitgiftepas'], [[6], '10:00', '12:00']],
  ],
  repair: [[[[6], '10:00', '13:00', 'Elke eerste zaterdag van de maand']], [[[3], '19:00', '21:30', 'Elke tweede woensdag van de maand']]],
  taalcafe: [[[[3], '19:00', '21:00']], [[[5], '10:00', '12:00'], [[2], '19:30', '21:00']]],
  wijkrestaurant: [[[[2, 4], '17:00', '19:30']], [[[3], '17:30', '19:30'], [[5], '12:00', '13:30', 'Lunch']]],
  beweeg: [[[[1, 4], '10:00', '11:00']], [[[2], '09:30', '10:30'], [[5], '10:00', '11:00']]],
  inloop: [
    [[WORKDAYS, '10:00', '16:00']],
    [[WORKDAYS, '10:00', '16:00'], [[6], '12:00', '16:00']],
    [[[1, 3, 5], '13:00', '17:00'], [[2], '19:00', '22:00']],
  ],
  jongeren: [
    [[[3], '14:00', '22:00'], [[5], '19:00', '23:30'], [[6], '14:00', '18:00']],
    [[[1, 2, 3, 4], '15:00', '18:00', 'Huiswerkbegeleiding'], [[5], '20:00', '23:00']],
  ],
  nachtcafe: [[[[5, 6], '22:00', '02:00', 'Vrijdag- en zaterdagnacht']]],
  day: [[[WORKDAYS, '09:00', '16:00']], [[WORKDAYS, '09:30', '15:30']], [[[1, 3, 5], '09:00', '16:00']]],
  night: [[[ALL_WEEK, '21:30', '09:00', 'Binnenkomst tot 23.00 uur']], [[ALL_WEEK, '22:00', '08:30']]],
  always: [[[ALL_WEEK, '00:00', '24:00', 'Dag en nacht bereikbaar']]],
};

export function buildSchedules(
  rng: Rng,
  pattern: SchedulePatternKey,
  owner: { serviceId?: string | null; locationId?: string | null },
): ScheduleRow[] {
  const slots = rng.pick(schedulePatterns[pattern]);
  const rows: ScheduleRow[] = [];
  for (const [days, opensAt, closesAt, note] of slots) {
    for (const weekday of days) {
      rows.push({
        id: rng.uuid(),
        serviceId: owner.serviceId ?? null,
        locationId: owner.locationId ?? null,
        weekday,
        opensAt,
        closesAt,
        note: note ?? null,
      });
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Services
// ---------------------------------------------------------------------------------------------

export interface ServiceInput {
  clock?: SeedClock;
  /** Created no earlier than this (unix seconds). */
  since?: number;
}

/** Application text by kind and law. */
export function applicationProcessFor(rng: Rng, kind: ServiceKind, law: Law, crisis = false): string | null {
  if (kind === 'general') return null;
  if (kind === 'national') return rng.pick(applicationTexts.national);
  if (crisis) return rng.pick(applicationTexts.crisis);
  if (law === 'jeugdwet') return rng.pick(applicationTexts.jeugdwet);
  if (law === 'participatiewet') return rng.pick(applicationTexts.participatiewet);
  return rng.pick(applicationTexts.wmo);
}

function waitingWeeksFor(rng: Rng, kind: ServiceKind): number | null {
  if (kind === 'general') return rng.chance(0.7) ? null : 0;
  if (kind === 'national') return rng.int(3, 20);
  return rng.weighted([
    [0, 25],
    [rng.int(1, 4), 40],
    [rng.int(5, 10), 25],
    [rng.int(11, 20), 10],
  ]);
}

export function buildService(
  rng: Rng,
  overrides: Partial<ServiceRow> & Pick<ServiceRow, 'organizationId'>,
  input: ServiceInput = {},
): ServiceRow {
  const clock = input.clock ?? seedClock();
  const kind: ServiceKind = overrides.kind ?? 'general';
  const law: Law = overrides.law ?? (kind === 'general' ? 'none' : 'wmo');
  const waitingWeeks = overrides.waitingWeeks !== undefined ? overrides.waitingWeeks : waitingWeeksFor(rng, kind);
  const reportedDays = rng.chance(0.7) ? rng.int(0, 90) : rng.int(91, 320);
  const status: ServiceStatus = rng.weighted([
    ['active', 92],
    ['temporarily_closed', 4],
    ['inactive', 4],
  ]);
  const createdAt = Math.max(input.since ?? 0, clock.now - rng.int(120, 2800) * DAY);
  const assuredDays = rng.chance(0.72) ? rng.int(0, 365) : rng.int(366, 730);
  return {
    id: rng.uuid(),
    externalId: null,
    name: 'Inloopspreekuur',
    description: '',
    kind,
    law,
    categoryCode: null,
    productCode: null,
    targetGroup: null,
    minimumAge: null,
    maximumAge: null,
    waitingWeeks,
    waitingReportedOn: waitingWeeks === null ? null : isoDateOfUnix(Math.max(createdAt, clock.now - reportedDays * DAY)),
    acceptingNewClients: (waitingWeeks ?? 0) > 15 ? (rng.chance(0.5) ? 1 : 0) : rng.chance(0.93) ? 1 : 0,
    applicationProcess: applicationProcessFor(rng, kind, law),
    url: null,
    email: null,
    phone: null,
    status,
    assuredDate: isoDateOfUnix(Math.max(createdAt, clock.now - assuredDays * DAY)),
    version: 1,
    createdAt,
    updatedAt: Math.max(createdAt, clock.now - rng.int(0, 400) * DAY),
    ...overrides,
  };
}

// ---------------------------------------------------------------------------------------------
// Contracts, ceilings, procurement
// ---------------------------------------------------------------------------------------------

export interface ContractInput {
  clock?: SeedClock;
  unit?: TariffUnit;
  tariffEuro?: readonly [number, number];
  lot?: string | null;
  /** 'current' (default), 'history' (ended last-but-one year) or 'ending' (ends within 60 days). */
  phase?: 'current' | 'history' | 'ending';
}

export function tariffCents(rng: Rng, unit: TariffUnit, range: readonly [number, number]): number {
  if (unit === '83') return 100;
  const cents = Math.round(rng.float(range[0], range[1]) * 100);
  // Prices per item of several hundred euro are whole euros; hourly and daily tariffs keep cents.
  return range[0] >= 300 ? Math.round(cents / 100) * 100 : cents;
}

export function buildContract(
  rng: Rng,
  overrides: Partial<ContractRow> & Pick<ContractRow, 'organizationId' | 'productCode'>,
  input: ContractInput = {},
): ContractRow {
  const clock = input.clock ?? seedClock();
  const y = clock.year;
  const unit = input.unit ?? '04';
  let validFrom: string;
  let validTo: string | null;
  if (input.phase === 'history') {
    validFrom = `${y - 2}-01-01`;
    validTo = `${y - 2}-12-31`;
  } else if (input.phase === 'ending') {
    validFrom = `${y - 1}-01-01`;
    validTo = isoDateOfUnix(clock.now + rng.int(10, 59) * DAY);
  } else {
    validFrom = rng.chance(0.55) ? `${y - 1}-01-01` : `${y}-01-01`;
    validTo = rng.weighted<string | null>([
      [`${y}-12-31`, 50],
      [`${y + 1}-12-31`, 45],
      [null, 5],
    ]);
  }
  const createdAt = Math.min(clock.now, toUnix(new Date(`${validFrom}T00:00:00Z`)) - rng.int(20, 90) * DAY);
  return {
    id: rng.uuid(),
    lot: input.lot ?? null,
    tariffCents: tariffCents(rng, unit, input.tariffEuro ?? [55, 80]),
    unit,
    validFrom,
    validTo,
    archivedAt: null,
    version: 1,
    createdAt,
    updatedAt: Math.min(clock.now, createdAt + rng.int(0, 200) * DAY),
    ...overrides,
  };
}

export type CeilingBand = 'low' | 'nearly' | 'reached' | 'closed';

/** Utilisation as a fraction of the ceiling: `nearly` 80–99 %, `reached` ≥ 100 %, `closed` a finished year. */
export function utilisationFor(rng: Rng, band: CeilingBand): number {
  switch (band) {
    case 'reached':
      return rng.float(1.0, 1.14);
    case 'nearly':
      return rng.float(0.8, 0.995);
    case 'closed':
      return rng.float(0.7, 1.05);
    default:
      return rng.float(0.12, 0.78);
  }
}

export function buildBudgetCeiling(
  rng: Rng,
  overrides: Partial<BudgetCeilingRow> & Pick<BudgetCeilingRow, 'organizationId'>,
  input: { clock?: SeedClock; band?: CeilingBand } = {},
): BudgetCeilingRow {
  const clock = input.clock ?? seedClock();
  // Log-uniform between €50k and €2.5M, rounded to €1,000.
  const euros = Math.round(Math.exp(rng.float(Math.log(50_000), Math.log(2_500_000))) / 1000) * 1000;
  const ceilingCents = overrides.ceilingCents ?? euros * 100;
  const committedCents = Math.round(ceilingCents * utilisationFor(rng, input.band ?? 'low'));
  return {
    id: rng.uuid(),
    year: clock.year,
    ceilingCents,
    committedCents,
    version: 1,
    updatedAt: clock.now - rng.int(0, 30) * DAY,
    ...overrides,
  };
}

// ---------------------------------------------------------------------------------------------
// Users
// ---------------------------------------------------------------------------------------------

export function emailLocalPart(name: string): string {
  return slugify(name).replace(/-/g, '.');
}

export function buildUser(rng: Rng, overrides: Partial<UserRow> = {}, input: { clock?: SeedClock } = {}): UserRow {
  const clock = input.clock ?? seedClock();
  const person = personName(rng);
  return {
    id: null,
    email: `${emailLocalPart(person.full)}.${rng.hex(4)}@example.nl`,
    name: person.full,
    passwordHash: null,
    role: 'citizen',
    organizationId: null,
    disabledAt: null,
    lastLoginAt: null,
    createdAt: clock.now - rng.int(30, 4 * 365) * DAY,
    ...overrides,
  };
}

// ---------------------------------------------------------------------------------------------
// Reviews
// ---------------------------------------------------------------------------------------------

/** Overall marks 1–10, skewed like real review sites (mean about 7.6). */
const MARK_WEIGHTS = [2, 1.5, 2, 2.5, 4, 8, 18, 30, 20, 12];
const MARK_CUMULATIVE = (() => {
  const total = MARK_WEIGHTS.reduce((a, b) => a + b, 0);
  let acc = 0;
  return MARK_WEIGHTS.map((w) => (acc += w / total));
})();

function clampMark(value: number): number {
  return value < 1 ? 1 : value > 10 ? 10 : Math.round(value);
}

/** An overall mark for an organisation of a given quality (about −1.5 … +1). */
export function overallMark(rng: Rng, quality = 0): number {
  const r = rng.next();
  let mark = 10;
  for (let i = 0; i < MARK_CUMULATIVE.length; i++) {
    if (r < MARK_CUMULATIVE[i]!) {
      mark = i + 1;
      break;
    }
  }
  return clampMark(mark + quality + rng.float(-0.5, 0.5));
}

export function sentimentOf(overall: number): Sentiment {
  return overall >= 8 ? 'positive' : overall >= 6 ? 'mixed' : 'negative';
}

/** The tone of one topic sentence, given the overall mark: a 7 leans positive, a 6 leans critical. */
function topicSentiment(rng: Rng, overall: number): Sentiment {
  const r = rng.next();
  if (overall >= 8) return r < 0.88 ? 'positive' : 'mixed';
  if (overall === 7) return r < 0.45 ? 'positive' : r < 0.9 ? 'mixed' : 'negative';
  if (overall === 6) return r < 0.2 ? 'positive' : r < 0.75 ? 'mixed' : 'negative';
  return r < 0.8 ? 'negative' : 'mixed';
}

const TOPICS: readonly ReviewTopic[] = ['bejegening', 'deskundigheid', 'afspraken', 'bereikbaarheid', 'inspraak', 'resultaat', 'wachttijd'];
const TOPIC_COUNT: readonly (readonly [number, number])[] = [
  [1, 14],
  [2, 24],
  [3, 25],
  [4, 18],
  [5, 10],
  [6, 6],
  [7, 3],
];

export interface ReviewTextContext {
  kind: 'contracted' | 'general' | 'national';
  org: string;
  worker: string;
  service: string;
  district?: string;
}

/** A review text of 60–900 characters, composed from sentences for the sentiment and topics. */
export function composeReviewBody(rng: Rng, overall: number, context: ReviewTextContext): string {
  const sentiment = sentimentOf(overall);
  const vars: TextVars = { ...context, duration: rng.pick(reviewDurations) };
  const parts: string[] = [];
  if (rng.chance(0.7)) parts.push(rng.pick(reviewOpenings[context.kind === 'general' ? 'general' : 'contracted']));
  if (rng.chance(0.22)) parts.push(rng.pick(reviewStories));
  const count = rng.weighted(TOPIC_COUNT);
  const topics = rng.sample(TOPICS, count);
  const elaborate = rng.chance(0.1);
  for (const topic of topics) {
    const options = reviewSentences[topic][topicSentiment(rng, overall)];
    if (elaborate && options.length > 1) parts.push(...rng.sample(options, 2));
    else parts.push(rng.pick(options));
  }
  if (rng.chance(0.55)) parts.push(rng.pick(reviewClosings[overall === 7 && rng.chance(0.5) ? 'positive' : sentiment]));
  let body = fillTemplate(parts.join(' '), vars);
  while (body.length < 60) body = `${body} ${fillTemplate(rng.pick(reviewClosings[sentiment]), vars)}`;
  if (body.length > 900) {
    body = body.slice(0, 900);
    const cut = body.lastIndexOf('. ');
    body = cut > 60 ? body.slice(0, cut + 1) : body;
  }
  return body;
}

const PERSONAL_DATA_SNIPPETS = [
  ' Bel me gerust op 06-12345678.',
  ' Vooral Marjolein van het team was fantastisch.',
  ' Wat een stelletje prutsers.',
  ' Mijn buurman zegt dat het daar ook slecht gaat.',
  ' Lees meer op www.mijnverhaal.example.com.',
];

export interface ReviewInput {
  clock?: SeedClock;
  context?: ReviewTextContext;
  /** Organisation quality, roughly −1.5 … +1: shifts the marks. */
  quality?: number;
  /** Created no earlier than this (unix seconds). */
  since?: number;
  moderatorUserId?: number | null;
}

/** Created-at for a review: up to five years back, more recent ones more likely. */
export function reviewCreatedAt(rng: Rng, clock: SeedClock, since = 0): number {
  const from = Math.max(since, clock.now - 5 * YEAR);
  const span = clock.now - from;
  return clock.now - 3600 - Math.floor(Math.pow(rng.next(), 1.4) * Math.max(0, span - 7200));
}

export function buildReview(
  rng: Rng,
  overrides: Partial<ReviewRow> & Pick<ReviewRow, 'organizationId'>,
  input: ReviewInput = {},
): ReviewRow {
  const clock = input.clock ?? seedClock();
  const status = overrides.status ?? 'published';
  const overall = overrides.overall ?? overallMark(rng, input.quality ?? 0);
  const dim = () => (rng.chance(0.09) ? null : clampMark(overall + rng.normal(0, 0.9)));
  const recommendChance = overall >= 8 ? 0.97 : overall === 7 ? 0.85 : overall === 6 ? 0.45 : 0.05;
  const createdAt =
    overrides.createdAt ??
    (status === 'pending' ? clock.now - rng.int(3600, 14 * DAY) : reviewCreatedAt(rng, clock, input.since));
  const context = input.context ?? { kind: 'contracted', org: 'deze aanbieder', worker: 'de begeleider', service: 'begeleiding' };
  let body = composeReviewBody(rng, overall, context);
  let moderationReason: string | null = null;
  if (status === 'rejected') {
    const i = rng.int(0, moderationReasons.length - 1);
    moderationReason = moderationReasons[i]!;
    body = `${body}${PERSONAL_DATA_SNIPPETS[i] ?? ''}`.slice(0, 1000);
  }
  const moderated = status === 'published' || status === 'rejected';
  const moderatedAt = moderated ? Math.min(clock.now, createdAt + rng.int(2 * 3600, 3 * DAY)) : null;
  const updatedAt = status === 'withdrawn' ? Math.min(clock.now, createdAt + rng.int(1, 60) * DAY) : (moderatedAt ?? createdAt);
  return {
    id: null,
    serviceId: null,
    userId: null,
    invitationId: null,
    authorName: reviewerName(rng, context.district),
    overall,
    markTreatment: dim(),
    markExpertise: dim(),
    markAppointments: dim(),
    markReachability: dim(),
    markSay: dim(),
    markResult: dim(),
    wouldRecommend: rng.chance(recommendChance) ? 1 : 0,
    body,
    experienceMonth: previousMonthOfUnix(createdAt),
    status,
    verified: 0,
    moderationReason,
    moderatedByUserId: moderated ? (input.moderatorUserId ?? null) : null,
    moderatedAt,
    submittedIpHash: null,
    createdAt,
    updatedAt,
    ...overrides,
  };
}

export function buildReviewReply(
  rng: Rng,
  overrides: Partial<ReviewReplyRow> & Pick<ReviewReplyRow, 'reviewId'>,
  input: { clock?: SeedClock; overall?: number; reviewCreatedAt?: number } = {},
): ReviewReplyRow {
  const clock = input.clock ?? seedClock();
  const createdAt = Math.min(clock.now, (input.reviewCreatedAt ?? clock.now - 30 * DAY) + rng.int(1, 12) * DAY);
  return {
    id: null,
    userId: null,
    body: rng.pick(reviewReplyTexts[sentimentOf(input.overall ?? 8)]),
    createdAt,
    updatedAt: createdAt,
    ...overrides,
  };
}

export function buildReviewInvitation(
  rng: Rng,
  overrides: Partial<ReviewInvitationRow> & Pick<ReviewInvitationRow, 'organizationId'>,
  input: { clock?: SeedClock; usedAt?: number | null } = {},
): ReviewInvitationRow {
  const clock = input.clock ?? seedClock();
  const usedAt = input.usedAt ?? null;
  const createdAt = (usedAt ?? clock.now) - rng.int(1, 20) * DAY;
  return {
    id: null,
    codeHash: rng.hex(64),
    createdByUserId: null,
    createdAt,
    expiresAt: createdAt + 30 * DAY,
    usedAt,
    ...overrides,
  };
}

// ---------------------------------------------------------------------------------------------
// Staff findings
// ---------------------------------------------------------------------------------------------

function levelOf(mark: number): FindingLevel {
  return mark >= 8 ? 'good' : mark >= 6 ? 'fair' : 'poor';
}

export function buildStaffFinding(
  rng: Rng,
  overrides: Partial<StaffFindingRow> & Pick<StaffFindingRow, 'organizationId'>,
  input: { clock?: SeedClock; quality?: number; district?: string } = {},
): StaffFindingRow {
  const clock = input.clock ?? seedClock();
  const q = input.quality ?? 0;
  const mark = () => clampMark(6.9 + q * 1.3 + rng.normal(0, 1.1));
  const marks = {
    cooperation: mark(),
    clientResult: mark(),
    reporting: mark(),
    valueForMoney: mark(),
  };
  const dims = rng.sample(['cooperation', 'clientResult', 'reporting', 'valueForMoney'] as const, rng.int(2, 4));
  const parts = [fillTemplate(rng.pick(findingOpenings), { n: String(rng.int(2, 14)) })];
  for (const d of dims) parts.push(rng.pick(findingSentences[d][levelOf(marks[d])]));
  const district = input.district ?? 'Centrum';
  return {
    id: null,
    userId: null,
    authorName: fillTemplate(rng.pick(findingAuthors), { district }),
    markCooperation: marks.cooperation,
    markClientResult: marks.clientResult,
    markReporting: marks.reporting,
    markValueForMoney: marks.valueForMoney,
    body: parts.join(' '),
    createdAt: clock.now - rng.int(1, 3 * 365) * DAY,
    ...overrides,
  };
}
