/**
 * The deterministic seed: `seedDatabase(db, { scale, seed, referenceDate })` fills an empty,
 * migrated database with a believable catalogue — one municipality (Vlietstede) at demo scale,
 * 350 fictional municipalities at national (benchmark) scale. The same seed and reference date
 * give identical rows: every random choice comes from a seeded Rng, every timestamp from the
 * reference date.
 */
import { createHash } from 'node:crypto';
import { hashPasswordWithSaltSync } from '../../app/domain/password-hash';
import { productCategories as categoryList } from '../../app/domain/categories';
import type { Law, Role, ServiceLanguage } from '../../app/domain/enums';
import type { Db } from '../client';
import { addBundledCentroids } from '../postcodes';
import * as schema from '../schema';
import {
  DAY,
  RowWriter,
  agbCode,
  buildBudgetCeiling,
  buildContract,
  buildLocation,
  buildOrganization,
  buildReview,
  buildReviewInvitation,
  buildReviewReply,
  buildSchedules,
  buildService,
  buildStaffFinding,
  buildUser,
  emailLocalPart,
  fillTemplate,
  kvkNumber,
  phoneNumber,
  seedClock,
  slugify,
  surnameCapitalized,
  type CeilingBand,
  type ChangeRequestRow,
  type OrganizationRow,
  type ReviewTextContext,
  type SeedClock,
} from './builders';
import {
  VLIETSTEDE,
  applicationTexts,
  archetypes,
  categoryContent,
  changeRequestMessages,
  districtNameParts,
  firstNames,
  generalTypes,
  lastNames,
  locationNames,
  nationalNameRegions,
  nationalNameTypes,
  nationalOrgIntro,
  nationalOrgMore,
  nationalProcurementNotes,
  nationalProductPool,
  nationalProviders,
  netherlandsBox,
  orgCoresBare,
  orgCoresWithArticle,
  phoneAreaCodes,
  products as productList,
  streetSuffixes,
  streetThemes,
  townFirstParts,
  townNameBlocklist,
  townSecondParts,
  vlietstedeDistricts,
  type Archetype,
  type CategoryContent,
  type GeneralTypeContent,
  type ProductContent,
} from './content';
import { Rng, createRng, defaultReferenceDate, isoDate } from './random';
import { markAsDemo } from '../meta';
import { insertInsightHistory } from './insight';

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

export const DEMO_PASSWORD = 'sociale-kaart-demo';

export interface DemoAccount {
  id: number;
  email: string;
  name: string;
  role: Role;
}

/** The demo accounts, all with password `DEMO_PASSWORD`. The provider is linked to one contracted organisation. */
export const demoAccounts: readonly DemoAccount[] = [
  { id: 1, email: 'inwoner@example.nl', name: 'Iris Inwoner', role: 'citizen' },
  { id: 2, email: 'medewerker@example.nl', name: 'Mehmet Medewerker', role: 'staff' },
  { id: 3, email: 'contractmanager@example.nl', name: 'Carla Contractmanager', role: 'contract_manager' },
  { id: 4, email: 'aanbieder@example.nl', name: 'Anton Aanbieder', role: 'provider' },
  { id: 5, email: 'beheerder@example.nl', name: 'Bea Beheerder', role: 'admin' },
  { id: 6, email: 'beleid@example.nl', name: 'Bram Beleid', role: 'policy' },
];

const USER = { citizen: 1, staff: 2, contractManager: 3, provider: 4, admin: 5, policy: 6 } as const;

export type SeedScale = 'demo' | 'national';

export interface SeedOptions {
  scale?: SeedScale;
  seed?: number;
  /** "Now" for the seed. Default: the first day of the current month (UTC). Tests pass one explicitly. */
  referenceDate?: Date;
  onProgress?: (done: number, total: number, label: string) => void;
  /** Demo accounts and citizen users. Default true. */
  withDemoAccounts?: boolean;
  /** Hash of DEMO_PASSWORD made by hashPassword(); without it a deterministic scrypt hash is made here. */
  passwordHash?: string;
}

export interface SeedSummary {
  scale: SeedScale;
  seed: number;
  referenceDate: string;
  municipalities: number;
  /** Rows inserted per table (SQL table name). */
  counts: Record<string, number>;
  /** Shorthands for the three numbers people ask for first. */
  organizations: number;
  services: number;
  reviews: number;
  /** The organisation the demo provider account belongs to. */
  demoProviderOrganizationId: string | null;
  elapsedMs: number;
}

export const DEFAULT_SEED = 42;

// ---------------------------------------------------------------------------------------------
// Scale
// ---------------------------------------------------------------------------------------------

interface ScaleConfig {
  municipalities: number;
  nationalProviders: number;
  /** Reviews over all municipalities (all statuses). */
  reviewsTotal: number;
  /** Staff findings in Vlietstede, and per contracted organisation elsewhere. */
  primaryFindings: number;
  findingsPerContracted: number;
  citizens: number;
}

const scales: Record<SeedScale, ScaleConfig> = {
  demo: { municipalities: 1, nationalProviders: 28, reviewsTotal: 4_500, primaryFindings: 560, findingsPerContracted: 0, citizens: 200 },
  national: {
    municipalities: 350,
    nationalProviders: 60,
    reviewsTotal: 1_060_000,
    primaryFindings: 560,
    findingsPerContracted: 0.3,
    citizens: 2_000,
  },
};

const PRIMARY_CONTRACTED = 265;
const PRIMARY_GENERAL = 88;
const CONTRACTED_PER_DISTRICT = 17;
const GENERAL_PER_DISTRICT = 5;

// ---------------------------------------------------------------------------------------------
// Plans: municipalities, districts, postcodes
// ---------------------------------------------------------------------------------------------

interface Pc4Plan {
  pc4: string;
  lat: number;
  lon: number;
}

interface DistrictPlan {
  id: string;
  slug: string;
  name: string;
  streets: readonly string[];
  pc4s: Pc4Plan[];
  weight: number;
}

interface MunicipalityPlan {
  index: number;
  primary: boolean;
  city: string;
  citySlug: string;
  code: string;
  phoneArea: string;
  districts: DistrictPlan[];
  contracted: number;
  general: number;
}

const KM_LAT = 0.009;
const KM_LON = 0.0147;

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function primaryPlan(rng: Rng): MunicipalityPlan {
  const districts = vlietstedeDistricts.map((d): DistrictPlan => {
    const centerLat = VLIETSTEDE.latitude + d.offsetKm[0] * KM_LAT;
    const centerLon = VLIETSTEDE.longitude + d.offsetKm[1] * KM_LON;
    const spread = d.slug === 'buitengebied' ? 2.2 : 0.6;
    return {
      id: rng.uuid(),
      slug: d.slug,
      name: d.name,
      streets: d.streets,
      weight: d.slug === 'centrum' ? 1.6 : d.slug === 'stationskwartier' ? 1.2 : d.slug === 'buitengebied' ? 0.5 : 1,
      pc4s: d.pc4.map((pc4) => ({
        pc4,
        lat: round6(centerLat + rng.float(-spread, spread) * KM_LAT),
        lon: round6(centerLon + rng.float(-spread, spread) * KM_LON),
      })),
    };
  });
  return {
    index: 0,
    primary: true,
    city: VLIETSTEDE.city,
    citySlug: slugify(VLIETSTEDE.city),
    code: VLIETSTEDE.code,
    phoneArea: VLIETSTEDE.phoneArea,
    districts,
    contracted: PRIMARY_CONTRACTED,
    general: PRIMARY_GENERAL,
  };
}

function townNames(rng: Rng, count: number, taken: Set<string>): string[] {
  const out: string[] = [];
  let guard = 0;
  while (out.length < count && guard++ < count * 200) {
    const first = rng.pick(townFirstParts);
    const second = rng.pick(townSecondParts);
    if (first.toLowerCase().endsWith(second)) continue;
    const name = first + second;
    if (taken.has(name) || townNameBlocklist.has(name)) continue;
    taken.add(name);
    out.push(name);
  }
  if (out.length < count) throw new Error('not enough town names');
  return out;
}

function streetsFor(rng: Rng): string[] {
  const theme = rng.pick(streetThemes);
  return rng.sample(theme, rng.int(6, 9)).map((part) => part + rng.pick(streetSuffixes));
}

const PRIMARY_PC4_MIN = 3560;
const PRIMARY_PC4_MAX = 3589;

function generatedPlans(rng: Rng, count: number): MunicipalityPlan[] {
  if (count <= 0) return [];
  const names = townNames(rng.fork('names'), count, new Set([VLIETSTEDE.city]));
  const districtCounts = names.map(() => rng.int(5, 15));
  let districtsLeft = districtCounts.reduce((a, b) => a + b, 0);
  let cursor = 1000;
  const codesLeft = () => 9999 - cursor + 1 - (cursor <= PRIMARY_PC4_MAX ? PRIMARY_PC4_MAX - Math.max(cursor, PRIMARY_PC4_MIN) + 1 : 0);
  const nextPc4 = () => {
    if (cursor >= PRIMARY_PC4_MIN && cursor <= PRIMARY_PC4_MAX) cursor = PRIMARY_PC4_MAX + 1;
    return String(cursor++);
  };
  return names.map((city, i): MunicipalityPlan => {
    const r = rng.fork(`plan:${i + 1}`);
    const citySlug = slugify(city);
    const centerLat = r.float(netherlandsBox.latMin, netherlandsBox.latMax);
    const centerLon = r.float(netherlandsBox.lonMin, netherlandsBox.lonMax);
    const nDistricts = districtCounts[i]!;
    const districtNames = ['Centrum'];
    let guard = 0;
    while (districtNames.length < nDistricts && guard++ < 500) {
      const name = r.chance(0.3)
        ? `${city}-${r.pick(districtNameParts.compass)}`
        : `${r.pick(districtNameParts.prefixes)}${r.pick(districtNameParts.cores)}`;
      if (!districtNames.some((n) => slugify(n) === slugify(name))) districtNames.push(name);
    }
    const districts = districtNames.map((name, d): DistrictPlan => {
      districtsLeft -= 1;
      const wanted = r.int(1, 3);
      const count = Math.max(1, Math.min(wanted, codesLeft() - districtsLeft));
      const dLat = centerLat + (d === 0 ? 0 : r.float(-3, 3)) * KM_LAT;
      const dLon = centerLon + (d === 0 ? 0 : r.float(-3, 3)) * KM_LON;
      const pc4s: Pc4Plan[] = [];
      for (let k = 0; k < count; k++) {
        pc4s.push({ pc4: nextPc4(), lat: round6(dLat + r.float(-0.6, 0.6) * KM_LAT), lon: round6(dLon + r.float(-0.6, 0.6) * KM_LON) });
      }
      const nameSlug = slugify(name);
      return {
        id: r.uuid(),
        slug: nameSlug.startsWith(`${citySlug}-`) ? nameSlug : `${citySlug}-${nameSlug}`,
        name,
        streets: d === 0 ? ['Markt', 'Kerkstraat', 'Dorpsstraat', 'Molenstraat', 'Raadhuisplein', 'Nieuwstraat'] : streetsFor(r),
        weight: d === 0 ? 1.5 : 1,
        pc4s,
      };
    });
    if (cursor > 10_000) throw new Error('ran out of PC4 codes');
    return {
      index: i + 1,
      primary: false,
      city,
      citySlug,
      code: `G${String(i + 1).padStart(4, '0')}`,
      phoneArea: r.pick(phoneAreaCodes),
      districts,
      contracted: nDistricts * CONTRACTED_PER_DISTRICT,
      general: nDistricts * GENERAL_PER_DISTRICT,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Generation context
// ---------------------------------------------------------------------------------------------

interface ServiceInfo {
  id: string;
  worker: string;
  service: string;
}

interface OrgInfo {
  id: string;
  name: string;
  kind: 'contracted' | 'general' | 'national';
  quality: number;
  archived: boolean;
  createdAt: number;
  district: string;
  services: ServiceInfo[];
  demoProvider: boolean;
  phone: string | null;
}

interface Site {
  city: string;
  districtId: string | null;
  districtName: string;
  pc4: Pc4Plan;
  streets: readonly string[];
}

interface Ctx {
  rng: Rng;
  clock: SeedClock;
  writer: RowWriter;
  config: ScaleConfig;
  usedSlugs: Set<string>;
  orgOrdinal: number;
  kvkOffset: number;
  agbOffset: number;
  reviewId: number;
  invitationId: number;
  replyId: number;
  findingId: number;
  citizenIds: number[];
  accounts: boolean;
  passwordHash: string | null;
  reviewRate: number;
  demoProviderOrgId: string | null;
  /** What the change requests and the audit log of the primary municipality point at. */
  refs: {
    providerServiceId?: string;
    providerPhone?: string | null;
    contractId?: string;
    contractTariff?: number;
    ceilingId?: string;
    ceilingCents?: number;
    generalOrgId?: string;
    generalServiceId?: string;
    generalPhone?: string | null;
    rejectedReviewId?: number;
    contractedOrgIds: string[];
  };
}

const categoryByCode = new Map(categoryContent.map((c) => [c.code, c]));
const categoryLawByCode = new Map(categoryList.map((c) => [c.code, c.law]));
const productByCode = new Map(productList.map((p) => [p.code, p]));
const generalTypeByKey = new Map(generalTypes.map((g) => [g.key, g]));
/** Products a local provider can be contracted for (everything but the nationally procured category 55). */
const localProductCodes = productList.filter((p) => p.categoryCode !== '55').map((p) => p.code);

function categoryOf(product: ProductContent): CategoryContent {
  const c = categoryByCode.get(product.categoryCode);
  if (!c) throw new Error(`no content for category ${product.categoryCode}`);
  return c;
}

function productOf(code: string): ProductContent {
  const p = productByCode.get(code);
  if (!p) throw new Error(`unknown product ${code}`);
  return p;
}

function pad(n: number, width = 5): string {
  return String(n).padStart(width, '0');
}

function uniqueSlug(ctx: Ctx, name: string, citySlug: string): string {
  const base = slugify(name);
  let slug = base;
  if (ctx.usedSlugs.has(slug)) slug = `${base}-${citySlug}`;
  let n = 2;
  while (ctx.usedSlugs.has(slug)) slug = `${base}-${citySlug}-${n++}`;
  ctx.usedSlugs.add(slug);
  return slug;
}

const LANGUAGE_WEIGHTS: readonly (readonly [ServiceLanguage, number])[] = [
  ['en', 40], ['tr', 12], ['ar', 12], ['pl', 8], ['uk', 7], ['pap', 5], ['ber', 5], ['so', 3], ['ti', 3], ['de', 3], ['fy', 2], ['ngt', 2],
];

function insertLanguages(ctx: Ctx, r: Rng, serviceId: string, many = false): void {
  const codes: ServiceLanguage[] = ['nl'];
  const x = r.next();
  const extra = many ? r.int(2, 4) : x < 0.1 ? 2 : x < 0.36 ? 1 : 0;
  let guard = 0;
  while (codes.length < extra + 1 && guard++ < 20) {
    const code = r.weighted(LANGUAGE_WEIGHTS);
    if (!codes.includes(code)) codes.push(code);
  }
  for (const code of codes) ctx.writer.insert(schema.serviceLanguages, { serviceId, code });
}

function insertIdentifiers(ctx: Ctx, r: Rng, orgId: string, kvk: boolean, agb: boolean): void {
  const ordinal = ctx.orgOrdinal;
  if (kvk) ctx.writer.insert(schema.organizationIdentifiers, { id: r.uuid(), organizationId: orgId, scheme: 'kvk', identifier: kvkNumber(ordinal, ctx.kvkOffset) });
  if (agb) ctx.writer.insert(schema.organizationIdentifiers, { id: r.uuid(), organizationId: orgId, scheme: 'agb', identifier: agbCode(ordinal, ctx.agbOffset) });
}

/** Distribute `total` over `weights` proportionally (largest remainder; ties by index). */
function allocate(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map((e) => Math.floor(e));
  let rest = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; k < order.length && rest > 0; k++, rest--) counts[order[k]![1]]! += 1;
  return counts;
}

/** Popularity of an organisation: many have a handful of reviews, a few have very many. */
function reviewWeight(r: Rng): number {
  return r.weighted<() => number>([
    [() => 0, 12],
    [() => r.float(0.08, 0.3), 25],
    [() => r.float(0.4, 1.1), 43],
    [() => r.float(1.2, 3), 15],
    [() => r.float(3.8, 9), 5],
  ])();
}

// ---------------------------------------------------------------------------------------------
// Organisation specs
// ---------------------------------------------------------------------------------------------

interface OrgSpec {
  kind: 'contracted' | 'general';
  archetype?: Archetype;
  generalType?: GeneralTypeContent;
  products: string[];
  generalKeys: string[];
  home: DistrictPlan;
  archived: boolean;
  recent: boolean;
  demoProvider: boolean;
}

function pickHome(r: Rng, plan: MunicipalityPlan): DistrictPlan {
  return r.weighted(plan.districts.map((d) => [d, d.weight] as const));
}

function archetypeProducts(r: Rng, archetype: Archetype): string[] {
  const [first, ...rest] = archetype.products;
  const chosen = [first![0]];
  for (const [code, p] of rest) if (r.chance(p)) chosen.push(code);
  return chosen.slice(0, 4);
}

function contractedSpecs(r: Rng, plan: MunicipalityPlan, withProvider: boolean): OrgSpec[] {
  const begeleiding = archetypes.find((a) => a.key === 'begeleiding')!;
  const weightedArchetypes = archetypes.map((a) => [a, a.weight] as const);
  const chosen: Archetype[] = [];
  // Every archetype at least once, then by weight.
  for (const a of archetypes) chosen.push(a);
  while (chosen.length < plan.contracted - (withProvider ? 1 : 0)) chosen.push(r.weighted(weightedArchetypes));
  const ordered = r.shuffle(chosen);
  const specs: OrgSpec[] = [];
  if (withProvider) {
    specs.push({
      kind: 'contracted',
      archetype: begeleiding,
      products: ['02A05', '02A06'],
      generalKeys: [],
      home: plan.districts.find((d) => d.slug === 'oosterpark') ?? plan.districts[0]!,
      archived: false,
      recent: false,
      demoProvider: true,
    });
  }
  for (const archetype of ordered) {
    specs.push({
      kind: 'contracted',
      archetype,
      products: archetypeProducts(r, archetype),
      generalKeys: [],
      home: pickHome(r, plan),
      archived: r.chance(0.015),
      recent: r.chance(0.03),
      demoProvider: false,
    });
  }
  // Every local product is offered by at least one active provider in every municipality.
  const offered = new Set<string>();
  for (const s of specs) if (!s.archived) for (const p of s.products) offered.add(p);
  for (const code of localProductCodes) {
    if (offered.has(code)) continue;
    const open = specs.filter((s) => !s.archived && !s.demoProvider && s.products.length < 4);
    const fitting = open.filter((s) => s.archetype!.products.some(([c]) => c === code));
    const target = r.pick(fitting.length > 0 ? fitting : open);
    target.products.push(code);
    offered.add(code);
  }
  return specs;
}

function generalSpecs(r: Rng, plan: MunicipalityPlan): OrgSpec[] {
  const weighted = generalTypes.map((g) => [g, g.weight] as const);
  const chosen: GeneralTypeContent[] = plan.primary ? [...generalTypes] : [];
  while (chosen.length < plan.general) chosen.push(r.weighted(weighted));
  return r.shuffle(chosen).map((type) => {
    const keys = [type.key];
    for (const companion of r.shuffle(type.companions)) {
      if (keys.length < 3 && r.chance(0.4)) keys.push(companion);
    }
    return {
      kind: 'general' as const,
      generalType: type,
      products: [],
      generalKeys: keys,
      home: pickHome(r, plan),
      archived: false,
      recent: r.chance(0.04),
      demoProvider: false,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Names and descriptions
// ---------------------------------------------------------------------------------------------

const PERSONAL_TYPES = new Set(['Praktijk', 'Psychologenpraktijk', 'Jobcoaching', 'Gezinshuis']);

function contractedName(r: Rng, archetype: Archetype, plan: MunicipalityPlan, home: DistrictPlan): string {
  const type = r.pick(archetype.nameTypes);
  if (PERSONAL_TYPES.has(type) && r.chance(0.45)) {
    const surname = surnameCapitalized(r.pick(lastNames));
    return type === 'Gezinshuis' ? `Gezinshuis Familie ${surname}` : `${type} ${surname}`;
  }
  if (type === 'Stichting') return `Stichting ${r.chance(0.7) ? r.pick(orgCoresWithArticle) : r.pick(orgCoresBare)}`;
  const x = r.next();
  if (x < 0.45) return `${type} ${r.pick(orgCoresWithArticle)}`;
  if (x < 0.72) return `${type} ${r.pick(orgCoresBare)}`;
  if (x < 0.87) return `${type} ${r.chance(0.5) ? plan.city : home.name}`;
  return `${r.pick(orgCoresBare)} ${type}`;
}

function uniqueName(r: Rng, taken: Set<string>, make: () => string, home: DistrictPlan): string {
  for (let i = 0; i < 12; i++) {
    const name = make();
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  // Still taken: name it after its street, as small local organisations often are.
  const base = make();
  const candidates = [...(base.includes(home.name) ? [] : [`${base} ${home.name}`]), ...r.shuffle(home.streets).map((street) => `${base} ${street}`)];
  let name = candidates.find((c) => !taken.has(c)) ?? `${base} 2`;
  let n = 2;
  while (taken.has(name)) name = `${base} ${++n}`;
  taken.add(name);
  return name;
}

function describe(r: Rng, first: readonly string[], more: readonly string[], vars: Record<string, string>, extra?: string): string {
  const parts = [r.pick(first), ...r.sample(more, r.int(1, Math.min(2, more.length)))];
  if (extra) parts.push(extra);
  return fillTemplate(parts.join(' '), vars);
}

function serviceDescription(r: Rng, category: CategoryContent, vars: Record<string, string>): string {
  const parts = [r.pick(category.intro), ...r.sample(category.what, r.int(1, 2))];
  if (r.chance(0.8)) parts.push(r.pick(category.how));
  return fillTemplate(parts.join(' '), vars);
}

// ---------------------------------------------------------------------------------------------
// Building one organisation
// ---------------------------------------------------------------------------------------------

function insertLocations(
  ctx: Ctx,
  r: Rng,
  org: OrganizationRow,
  sites: Site[],
  mainName: string,
): string[] {
  const ids: string[] = [];
  sites.forEach((site, i) => {
    const name = i === 0 ? mainName : fillTemplate(r.pick(locationNames.extra), { district: site.districtName, street: r.pick(site.streets) });
    const row = buildLocation(
      r,
      { organizationId: org.id, name },
      {
        clock: ctx.clock,
        pc4: site.pc4.pc4,
        latitude: site.pc4.lat,
        longitude: site.pc4.lon,
        street: r.pick(site.streets),
        city: site.city,
        districtId: site.districtId,
        since: org.createdAt,
      },
    );
    ctx.writer.insert(schema.locations, row);
    ids.push(row.id);
  });
  return ids;
}

function siteIn(r: Rng, plan: MunicipalityPlan, district: DistrictPlan): Site {
  return { city: plan.city, districtId: district.id, districtName: district.name, pc4: r.pick(district.pc4s), streets: district.streets };
}

function linkService(ctx: Ctx, r: Rng, serviceId: string, locationIds: string[]): void {
  locationIds.forEach((locationId, i) => {
    if (i === 0 || r.chance(0.3)) ctx.writer.insert(schema.serviceAtLocations, { id: r.uuid(), serviceId, locationId });
  });
}

function buildLocalOrganization(ctx: Ctx, plan: MunicipalityPlan, spec: OrgSpec, names: Set<string>, orgNumber: number): OrgInfo {
  const r = ctx.rng.fork(`org:${plan.index}:${orgNumber}`);
  ctx.orgOrdinal += 1;
  const home = spec.home;
  const vars = { city: plan.city, district: home.name } as Record<string, string>;
  let name: string;
  let description: string;
  if (spec.kind === 'contracted') {
    const archetype = spec.archetype!;
    name = spec.demoProvider ? `Zorggroep Het Anker ${plan.city}` : uniqueName(r, names, () => contractedName(r, archetype, plan, home), home);
    if (spec.demoProvider) names.add(name);
    vars.org = name;
    description = describe(r, archetype.orgIntro, archetype.orgMore, vars, r.chance(0.5) ? `Ons kantoor staat in ${home.name}.` : undefined);
  } else {
    const type = spec.generalType!;
    name = uniqueName(
      r,
      names,
      () => fillTemplate(r.pick(type.orgNames), { core: r.pick(orgCoresWithArticle), district: home.name, city: plan.city }),
      home,
    );
    vars.org = name;
    description = describe(r, type.intro, type.more, vars);
  }
  const org = buildOrganization(
    r,
    {
      name,
      slug: uniqueSlug(ctx, name, plan.citySlug),
      status: spec.archived ? 'archived' : 'active',
    },
    { clock: ctx.clock, externalId: `${plan.code}-ORG-${pad(orgNumber)}`, description, phoneArea: plan.phoneArea, recent: spec.recent },
  );
  ctx.writer.insert(schema.organizations, org);
  const healthcare = spec.kind === 'contracted' && spec.archetype!.healthcare;
  insertIdentifiers(ctx, r, org.id, r.chance(spec.kind === 'general' ? 0.8 : 0.95), healthcare && r.chance(0.95));

  // Locations: the first in the home district, others anywhere in town.
  const nLocations = spec.kind === 'general' ? r.weighted([[1, 80], [2, 20]] as const) : r.weighted([[1, 60], [2, 30], [3, 10]] as const);
  const sites = [siteIn(r, plan, home)];
  while (sites.length < nLocations) sites.push(siteIn(r, plan, pickHome(r, plan)));
  const mainName = spec.kind === 'general' ? name : fillTemplate(r.pick(locationNames.main), { district: home.name });
  const locationIds = insertLocations(ctx, r, org, sites, mainName);

  const info: OrgInfo = {
    id: org.id,
    name,
    kind: spec.kind,
    quality: Math.max(-1.8, Math.min(1.2, r.normal(0.1, 0.7))),
    archived: spec.archived,
    createdAt: org.createdAt,
    district: home.name,
    services: [],
    demoProvider: spec.demoProvider,
    phone: org.phone,
  };

  let serviceNumber = 0;
  const serviceNames = new Set<string>();
  const nextServiceId = () => `${plan.code}-SRV-${pad(orgNumber)}-${++serviceNumber}`;

  if (spec.kind === 'general') {
    const type = spec.generalType!;
    for (const locationId of locationIds.slice(0, 1)) {
      for (const row of buildSchedules(r, type.hours, { locationId })) ctx.writer.insert(schema.schedules, row);
    }
    for (const locationId of locationIds.slice(1)) {
      if (r.chance(0.5)) for (const row of buildSchedules(r, 'office', { locationId })) ctx.writer.insert(schema.schedules, row);
    }
    spec.generalKeys.forEach((key, i) => {
      const g = generalTypeByKey.get(key)!;
      let serviceName = r.pick(g.serviceNames);
      if (serviceNames.has(serviceName)) serviceName = `${serviceName} ${home.name}`;
      serviceNames.add(serviceName);
      const [minimumAge, maximumAge] = r.pick(g.ages);
      const service = buildService(
        r,
        {
          organizationId: org.id,
          externalId: nextServiceId(),
          name: serviceName,
          description: describe(r, g.intro, g.more, vars),
          kind: 'general',
          law: g.law,
          targetGroup: r.pick(g.targetGroups),
          minimumAge,
          maximumAge,
          applicationProcess: r.pick(g.application),
          url: `${org.website}/${slugify(serviceName)}`,
        },
        { clock: ctx.clock, since: org.createdAt },
      );
      ctx.writer.insert(schema.services, service);
      insertLanguages(ctx, r, service.id, key === 'taalcafe');
      linkService(ctx, r, service.id, locationIds);
      if (i > 0) for (const row of buildSchedules(r, g.hours, { serviceId: service.id })) ctx.writer.insert(schema.schedules, row);
      info.services.push({ id: service.id, worker: g.worker, service: g.service });
    });
    return info;
  }

  // Contracted provider: office hours on the main location for some.
  if (r.chance(0.4)) for (const row of buildSchedules(r, 'office', { locationId: locationIds[0]! })) ctx.writer.insert(schema.schedules, row);
  const productCodes = spec.products;
  const serviceProducts = [...productCodes];
  if (r.chance(0.15)) serviceProducts.push(productCodes[0]!);
  for (const code of serviceProducts) {
    const product = productOf(code);
    const category = categoryOf(product);
    let serviceName = r.pick(product.serviceNames);
    for (let k = 0; k < 4 && serviceNames.has(serviceName); k++) serviceName = r.pick(product.serviceNames);
    if (serviceNames.has(serviceName)) serviceName = `${serviceName} (${home.name})`;
    serviceNames.add(serviceName);
    const law: Law = product.law ?? categoryLawByCode.get(product.categoryCode) ?? 'wmo';
    const crisis = product.categoryCode === '17' || product.categoryCode === '46';
    const [minimumAge, maximumAge] = r.pick(category.ages);
    const service = buildService(
      r,
      {
        organizationId: org.id,
        externalId: nextServiceId(),
        name: serviceName,
        description: serviceDescription(r, category, vars),
        kind: 'contracted',
        law,
        categoryCode: product.categoryCode,
        productCode: product.code,
        targetGroup: r.pick(category.targetGroups),
        minimumAge,
        maximumAge,
        ...(crisis ? { applicationProcess: r.pick(applicationTexts.crisis) } : {}),
        url: `${org.website}/aanbod/${slugify(serviceName)}`,
        phone: crisis || r.chance(0.12) ? phoneNumber(r, plan.phoneArea, 0) : null,
        email: r.chance(0.1) ? `aanmelden@${org.website!.replace('https://www.', '')}` : null,
        ...(spec.archived ? { status: 'inactive' as const, acceptingNewClients: 0 } : {}),
      },
      { clock: ctx.clock, since: org.createdAt },
    );
    ctx.writer.insert(schema.services, service);
    insertLanguages(ctx, r, service.id);
    linkService(ctx, r, service.id, locationIds);
    const hours = category.hours;
    if (hours === 'day' || hours === 'night' || hours === 'always' || (hours === 'office' && r.chance(0.25))) {
      for (const row of buildSchedules(r, hours, { serviceId: service.id })) ctx.writer.insert(schema.schedules, row);
    }
    info.services.push({ id: service.id, worker: category.worker, service: category.service });
    if (spec.demoProvider && !ctx.refs.providerServiceId) ctx.refs.providerServiceId = service.id;
  }

  // Contracts: one per product (1–4), some history, a few ending soon.
  productCodes.forEach((code, i) => {
    const product = productOf(code);
    const lot = categoryOf(product).lot;
    if (spec.archived) {
      const row = buildContract(r, { organizationId: org.id, productCode: code, archivedAt: ctx.clock.now - r.int(30, 300) * DAY }, { clock: ctx.clock, unit: product.unit, tariffEuro: product.tariffEuro, lot, phase: 'history' });
      ctx.writer.insert(schema.contracts, row);
      return;
    }
    const phase = !spec.demoProvider && r.chance(0.04) ? 'ending' : 'current';
    const row = buildContract(r, { organizationId: org.id, productCode: code }, { clock: ctx.clock, unit: product.unit, tariffEuro: product.tariffEuro, lot, phase });
    ctx.writer.insert(schema.contracts, row);
    if (spec.demoProvider && i === 0) {
      ctx.refs.contractId = row.id;
      ctx.refs.contractTariff = row.tariffCents;
    }
    if (i === 0 && r.chance(0.2)) {
      const history = buildContract(r, { organizationId: org.id, productCode: code }, { clock: ctx.clock, unit: product.unit, tariffEuro: product.tariffEuro, lot, phase: 'history' });
      history.tariffCents = product.unit === '83' ? 100 : Math.round(row.tariffCents * r.float(0.94, 0.99));
      ctx.writer.insert(schema.contracts, history);
    }
  });
  return info;
}

// ---------------------------------------------------------------------------------------------
// National providers
// ---------------------------------------------------------------------------------------------

function nationalSites(r: Rng, plans: MunicipalityPlan[], count: number): Site[] {
  const others = plans.filter((p) => !p.primary);
  if (others.length > 0) {
    return Array.from({ length: count }, () => {
      const plan = r.pick(others);
      return siteIn(r, plan, r.pick(plan.districts));
    });
  }
  // Demo scale: a few fictional towns elsewhere in the country (no district of ours).
  const towns = townNames(r, 10, new Set([VLIETSTEDE.city]));
  return towns.map((city) => {
    let pc4 = r.int(1000, 9999);
    if (pc4 >= PRIMARY_PC4_MIN && pc4 <= PRIMARY_PC4_MAX) pc4 += 100;
    return {
      city,
      districtId: null,
      districtName: city,
      pc4: { pc4: String(pc4), lat: round6(r.float(netherlandsBox.latMin, netherlandsBox.latMax)), lon: round6(r.float(netherlandsBox.lonMin, netherlandsBox.lonMax)) },
      streets: streetsFor(r),
    };
  });
}

function buildNationalProviders(ctx: Ctx, plans: MunicipalityPlan[]): OrgInfo[] {
  const r = ctx.rng.fork('national');
  const specs: { name: string; products: string[] }[] = nationalProviders.slice(0, ctx.config.nationalProviders).map((p) => ({ name: p.name, products: [...p.products] }));
  const taken = new Set(specs.map((s) => s.name));
  while (specs.length < ctx.config.nationalProviders) {
    const name = `${r.pick(nationalNameTypes)} ${r.pick(nationalNameRegions)}${r.chance(0.3) ? ` ${r.pick(['Jong', 'Jeugd', 'Zorg', 'Expertise'])}` : ''}`;
    if (taken.has(name)) continue;
    taken.add(name);
    specs.push({ name, products: r.sample(nationalProductPool, r.int(1, 2)) });
  }
  const sites = nationalSites(r, plans, 40);
  const infos: OrgInfo[] = [];
  specs.forEach((spec, index) => {
    const o = r.fork(`national:${index}`);
    ctx.orgOrdinal += 1;
    const vars = { org: spec.name, city: 'Nederland', district: '' };
    const org = buildOrganization(
      o,
      { name: spec.name, slug: uniqueSlug(ctx, spec.name, 'nl') },
      { clock: ctx.clock, externalId: `LND-ORG-${pad(index + 1)}`, description: describe(o, nationalOrgIntro, nationalOrgMore, vars), phoneArea: o.pick(phoneAreaCodes) },
    );
    ctx.writer.insert(schema.organizations, org);
    insertIdentifiers(ctx, o, org.id, true, true);
    const nLocations = o.weighted([[1, 45], [2, 35], [3, 20]] as const);
    const locationIds = insertLocations(ctx, o, org, o.sample(sites, nLocations), 'Hoofdlocatie');
    const info: OrgInfo = { id: org.id, name: spec.name, kind: 'national', quality: o.normal(0.2, 0.5), archived: false, createdAt: org.createdAt, district: '', services: [], demoProvider: false, phone: org.phone };
    spec.products.forEach((code, k) => {
      const product = productOf(code);
      const category = categoryOf(product);
      const law: Law = product.law ?? categoryLawByCode.get(product.categoryCode) ?? 'jeugdwet';
      const [minimumAge, maximumAge] = o.pick(category.ages);
      const serviceName = o.pick(product.serviceNames);
      const service = buildService(
        o,
        {
          organizationId: org.id,
          externalId: `LND-SRV-${pad(index + 1)}-${k + 1}`,
          name: serviceName,
          description: serviceDescription(o, category, vars),
          kind: 'national',
          law,
          categoryCode: product.categoryCode,
          productCode: product.code,
          targetGroup: o.pick(category.targetGroups),
          minimumAge,
          maximumAge,
          url: `${org.website}/${slugify(serviceName)}`,
        },
        { clock: ctx.clock, since: org.createdAt },
      );
      ctx.writer.insert(schema.services, service);
      insertLanguages(ctx, o, service.id);
      linkService(ctx, o, service.id, locationIds);
      if (category.hours === 'always') for (const row of buildSchedules(o, 'always', { serviceId: service.id })) ctx.writer.insert(schema.schedules, row);
      info.services.push({ id: service.id, worker: category.worker, service: category.service });
      ctx.writer.insert(schema.nationalProcurements, {
        id: o.uuid(),
        categoryCode: product.categoryCode,
        productCode: product.code,
        organizationId: org.id,
        note: o.pick(nationalProcurementNotes),
        validFrom: `${ctx.clock.year - 1}-01-01`,
        validTo: o.chance(0.5) ? `${ctx.clock.year + 1}-12-31` : null,
      });
    });
    if (o.chance(0.3)) {
      ctx.writer.insert(schema.nationalProcurements, {
        id: o.uuid(),
        categoryCode: '55',
        productCode: null,
        organizationId: org.id,
        note: 'Raamovereenkomst voor de hele categorie landelijk ingekochte zorg.',
        validFrom: `${ctx.clock.year - 2}-01-01`,
        validTo: null,
      });
    }
    infos.push(info);
  });
  return infos;
}

// ---------------------------------------------------------------------------------------------
// Budget ceilings, reviews, findings
// ---------------------------------------------------------------------------------------------

function insertCeilings(ctx: Ctx, plan: MunicipalityPlan, contracted: OrgInfo[]): void {
  const r = ctx.rng.fork(`ceilings:${plan.index}`);
  const active = contracted.filter((o) => !o.archived);
  const n = active.length;
  const reached = Math.round(n * 0.05);
  const nearly = Math.round(n * 0.1);
  const order = r.shuffle(active.filter((o) => !o.demoProvider));
  const bands = new Map<string, CeilingBand>();
  order.forEach((o, i) => bands.set(o.id, i < reached ? 'reached' : i < reached + nearly ? 'nearly' : 'low'));
  const lastYear = { ...ctx.clock, year: ctx.clock.year - 1, now: ctx.clock.now };
  for (const org of contracted) {
    if (!org.archived) {
      const current = buildBudgetCeiling(r, { organizationId: org.id }, { clock: ctx.clock, band: bands.get(org.id) ?? 'low' });
      ctx.writer.insert(schema.budgetCeilings, current);
      if (org.demoProvider) {
        ctx.refs.ceilingId = current.id;
        ctx.refs.ceilingCents = current.ceilingCents;
      }
      const previous = buildBudgetCeiling(
        r,
        { organizationId: org.id, ceilingCents: Math.round((current.ceilingCents * r.float(0.85, 1.05)) / 100_000) * 100_000 },
        { clock: lastYear, band: 'closed' },
      );
      previous.updatedAt = Math.min(ctx.clock.now, Math.floor(Date.UTC(ctx.clock.year, 0, 1) / 1000) + r.int(20, 60) * DAY);
      ctx.writer.insert(schema.budgetCeilings, previous);
    } else {
      const previous = buildBudgetCeiling(r, { organizationId: org.id }, { clock: lastYear, band: 'closed' });
      ctx.writer.insert(schema.budgetCeilings, previous);
    }
  }
}

function reviewStatus(r: Rng): 'published' | 'pending' | 'rejected' | 'withdrawn' {
  const x = r.next();
  return x < 0.956 ? 'published' : x < 0.986 ? 'pending' : x < 0.996 ? 'rejected' : 'withdrawn';
}

function insertReviewsFor(ctx: Ctx, r: Rng, org: OrgInfo, count: number): void {
  const usedUsers = new Set<number>();
  const moderator = ctx.accounts ? USER.admin : null;
  for (let k = 0; k < count; k++) {
    const status = reviewStatus(r);
    const svc = org.services.length > 0 && r.chance(0.8) ? r.pick(org.services) : undefined;
    const words = svc ?? org.services[0] ?? { worker: 'de medewerkers', service: 'de hulp' };
    const context: ReviewTextContext = {
      kind: org.kind,
      org: org.name,
      worker: words.worker,
      service: words.service,
      district: org.district,
    };
    const id = ++ctx.reviewId;
    let userId: number | null = null;
    if (ctx.citizenIds.length > 0 && r.chance(0.3)) {
      const candidate = r.pick(ctx.citizenIds);
      if (!usedUsers.has(candidate)) {
        usedUsers.add(candidate);
        userId = candidate;
      }
    }
    const review = buildReview(
      r,
      { id, organizationId: org.id, serviceId: svc?.id ?? null, userId, status },
      { clock: ctx.clock, context, quality: org.quality, since: org.createdAt, moderatorUserId: moderator },
    );
    if (r.chance(0.3)) {
      const invitationId = ++ctx.invitationId;
      ctx.writer.insert(
        schema.reviewInvitations,
        buildReviewInvitation(r, { id: invitationId, organizationId: org.id, createdByUserId: ctx.accounts ? USER.staff : null }, { clock: ctx.clock, usedAt: review.createdAt }),
      );
      review.invitationId = invitationId;
      review.verified = 1;
    }
    ctx.writer.insert(schema.reviews, review);
    if (status === 'rejected' && ctx.refs.rejectedReviewId === undefined) ctx.refs.rejectedReviewId = id;
    if (status === 'published') {
      const replyChance = org.demoProvider ? 0.5 : org.kind === 'general' ? 0.04 : review.overall <= 5 ? 0.35 : review.overall <= 7 ? 0.2 : 0.12;
      if (r.chance(replyChance)) {
        ctx.writer.insert(
          schema.reviewReplies,
          buildReviewReply(r, { id: ++ctx.replyId, reviewId: id, userId: org.demoProvider && ctx.accounts ? USER.provider : null }, { clock: ctx.clock, overall: review.overall, reviewCreatedAt: review.createdAt }),
        );
      }
    }
  }
}

function insertReviews(ctx: Ctx, plan: MunicipalityPlan, orgs: OrgInfo[]): void {
  const r = ctx.rng.fork(`reviews:${plan.index}`);
  const weights = orgs.map((o) => (o.demoProvider ? 4.2 : reviewWeight(r) * (o.archived ? 0.3 : 1)));
  const target = Math.round(orgs.length * ctx.reviewRate);
  const counts = allocate(weights, target);
  orgs.forEach((org, i) => insertReviewsFor(ctx, r.fork(i), org, counts[i]!));
}

function insertFindings(ctx: Ctx, plan: MunicipalityPlan, contracted: OrgInfo[]): void {
  const r = ctx.rng.fork(`findings:${plan.index}`);
  const active = contracted.filter((o) => !o.archived);
  const total = plan.primary ? ctx.config.primaryFindings : Math.round(active.length * ctx.config.findingsPerContracted);
  const counts = allocate(active.map((o) => (o.demoProvider ? 2 : r.chance(0.1) ? 0 : r.float(0.5, 2))), total);
  active.forEach((org, i) => {
    for (let k = 0; k < counts[i]!; k++) {
      ctx.writer.insert(
        schema.staffFindings,
        buildStaffFinding(r, { id: ++ctx.findingId, organizationId: org.id, userId: ctx.accounts && r.chance(0.3) ? USER.staff : null }, { clock: ctx.clock, quality: org.quality, district: org.district }),
      );
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Users
// ---------------------------------------------------------------------------------------------

function insertUsers(ctx: Ctx, providerOrgId: string | null): void {
  if (!ctx.accounts) return;
  const r = ctx.rng.fork('users');
  for (const account of demoAccounts) {
    if (account.role === 'provider' && !providerOrgId) continue;
    ctx.writer.insert(
      schema.users,
      buildUser(
        // Accounts added later draw from their own stream, so the residents' names stay the same.
        account.id > USER.admin ? ctx.rng.fork(`users:${account.email}`) : r,
        {
          id: account.id,
          email: account.email,
          name: account.name,
          role: account.role,
          passwordHash: ctx.passwordHash,
          organizationId: account.role === 'provider' ? providerOrgId : null,
          createdAt: ctx.clock.now - (400 - account.id * 10) * DAY,
        },
        { clock: ctx.clock },
      ),
    );
  }
  const emails = new Set(demoAccounts.map((a) => a.email));
  let id = demoAccounts.length;
  for (let i = 0; i < ctx.config.citizens; i++) {
    const first = r.pick(firstNames);
    const last = r.pick(lastNames);
    const base = emailLocalPart(`${first} ${last}`);
    let email = `${base}@example.nl`;
    let n = 2;
    while (emails.has(email)) email = `${base}${n++}@example.nl`;
    emails.add(email);
    id += 1;
    ctx.writer.insert(schema.users, buildUser(r, { id, email, name: `${first} ${last}`, passwordHash: ctx.passwordHash }, { clock: ctx.clock }));
    ctx.citizenIds.push(id);
  }
}

// ---------------------------------------------------------------------------------------------
// One municipality
// ---------------------------------------------------------------------------------------------

function generateMunicipality(ctx: Ctx, plan: MunicipalityPlan, step: (label: string) => void): void {
  const r = ctx.rng.fork(`municipality:${plan.index}`);
  const withProvider = plan.primary;
  const contractedPlan = contractedSpecs(r.fork('contracted'), plan, withProvider);
  const generalPlan = generalSpecs(r.fork('general'), plan);
  const names = new Set<string>();
  const contracted: OrgInfo[] = [];
  const general: OrgInfo[] = [];
  let orgNumber = 0;
  for (const spec of contractedPlan) contracted.push(buildLocalOrganization(ctx, plan, spec, names, ++orgNumber));
  for (const spec of generalPlan) general.push(buildLocalOrganization(ctx, plan, spec, names, ++orgNumber));
  insertCeilings(ctx, plan, contracted);
  step(`${plan.city}: ${orgNumber} organisaties`);

  if (plan.primary) {
    const provider = contracted.find((o) => o.demoProvider) ?? null;
    ctx.demoProviderOrgId = provider?.id ?? null;
    ctx.refs.providerPhone = provider?.phone ?? null;
    ctx.refs.contractedOrgIds = contracted.filter((o) => !o.archived).map((o) => o.id);
    const firstGeneral = general[0];
    if (firstGeneral) {
      ctx.refs.generalOrgId = firstGeneral.id;
      ctx.refs.generalServiceId = firstGeneral.services[0]?.id;
      ctx.refs.generalPhone = firstGeneral.phone;
    }
    insertUsers(ctx, ctx.demoProviderOrgId);
  }

  insertReviews(ctx, plan, [...contracted, ...general]);
  if (plan.primary && ctx.accounts) insertIrisReviews(ctx, contracted, general);
  step(`${plan.city}: reviews`);
  insertFindings(ctx, plan, contracted);
  step(`${plan.city}: bevindingen`);
}

/** The demo citizen has written two reviews: one published, one awaiting moderation. */
function insertIrisReviews(ctx: Ctx, contracted: OrgInfo[], general: OrgInfo[]): void {
  const r = ctx.rng.fork('iris');
  const targets: [OrgInfo | undefined, 'published' | 'pending', number][] = [
    [contracted.find((o) => !o.demoProvider && !o.archived), 'published', 8],
    [general[1], 'pending', 7],
  ];
  for (const [org, status, overall] of targets) {
    if (!org) continue;
    const svc = org.services[0];
    ctx.writer.insert(
      schema.reviews,
      buildReview(
        r,
        { id: ++ctx.reviewId, organizationId: org.id, serviceId: svc?.id ?? null, userId: USER.citizen, authorName: 'Iris (34)', overall, status },
        {
          clock: ctx.clock,
          context: { kind: org.kind, org: org.name, worker: svc?.worker ?? 'de medewerkers', service: svc?.service ?? 'de hulp', district: org.district },
          moderatorUserId: USER.admin,
          since: ctx.clock.now - 200 * DAY,
        },
      ),
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Change requests and audit log (primary municipality)
// ---------------------------------------------------------------------------------------------

function insertMaintenanceHistory(ctx: Ctx): void {
  const r = ctx.rng.fork('maintenance');
  const now = ctx.clock.now;
  const { refs } = ctx;
  const providerOrgId = ctx.demoProviderOrgId ?? refs.contractedOrgIds[0];
  const u = (id: number) => (ctx.accounts ? id : null);
  let crId = 0;
  const cr = (row: Partial<ChangeRequestRow>): number => {
    crId += 1;
    ctx.writer.insert(schema.changeRequests, {
      id: crId,
      kind: 'provider_update',
      organizationId: providerOrgId!,
      serviceId: null,
      proposerUserId: null,
      proposerEmail: null,
      changes: '{}',
      message: null,
      status: 'pending',
      decidedByUserId: null,
      decidedAt: null,
      decisionReason: null,
      createdAt: now - DAY,
      ...row,
    });
    return crId;
  };
  if (!providerOrgId) return;
  const newProviderPhone = phoneNumber(r, VLIETSTEDE.phoneArea, 0);
  const newGeneralPhone = phoneNumber(r, VLIETSTEDE.phoneArea, 0);
  cr({
    serviceId: refs.providerServiceId ?? null,
    proposerUserId: u(USER.provider),
    proposerEmail: 'aanbieder@example.nl',
    changes: JSON.stringify({ waitingWeeks: 2, acceptingNewClients: true }),
    message: changeRequestMessages.waiting,
    createdAt: now - 3 * DAY,
  });
  cr({
    proposerUserId: u(USER.provider),
    proposerEmail: 'aanbieder@example.nl',
    changes: JSON.stringify({ phone: newProviderPhone }),
    message: changeRequestMessages.phone,
    createdAt: now - 2 * DAY,
  });
  let approvedId: number | null = null;
  if (refs.generalOrgId) {
    cr({
      kind: 'error_report',
      organizationId: refs.generalOrgId,
      serviceId: refs.generalServiceId ?? null,
      proposerEmail: 'buurtbewoner@example.nl',
      changes: '{}',
      message: changeRequestMessages.openingHours,
      createdAt: now - 5 * DAY,
    });
    approvedId = cr({
      kind: 'error_report',
      organizationId: refs.generalOrgId,
      proposerEmail: 'vrijwilliger@example.nl',
      changes: JSON.stringify({ phone: newGeneralPhone }),
      message: changeRequestMessages.wrongPhone,
      status: 'approved',
      decidedByUserId: u(USER.contractManager),
      decidedAt: now - 12 * DAY,
      decisionReason: 'Gecontroleerd bij de organisatie en aangepast.',
      createdAt: now - 15 * DAY,
    });
  }
  const rejectedId = cr({
    proposerUserId: u(USER.provider),
    proposerEmail: 'aanbieder@example.nl',
    changes: JSON.stringify({ description: 'Dé beste zorg van de regio, nu met 10% korting op alle trajecten!' }),
    message: changeRequestMessages.description,
    status: 'rejected',
    decidedByUserId: u(USER.contractManager),
    decidedAt: now - 9 * DAY,
    decisionReason: 'De tekst is reclame en niet in begrijpelijke taal (B1). Tarieven lopen via het contract.',
    createdAt: now - 11 * DAY,
  });

  let auditId = 0;
  const audit = (row: {
    at: number;
    userId: number | null;
    actor: string;
    action: string;
    entityType: string;
    entityId: string | null;
    field?: string | null;
    oldValue?: string | null;
    newValue?: string | null;
    result?: 'success' | 'failure';
    ip?: string | null;
  }) =>
    ctx.writer.insert(schema.auditLog, {
      id: ++auditId,
      field: null,
      oldValue: null,
      newValue: null,
      result: 'success',
      ip: '192.0.2.' + r.int(10, 99),
      ...row,
    });
  if (refs.contractId && refs.contractTariff !== undefined) {
    audit({ at: now - 40 * DAY, userId: u(USER.contractManager), actor: 'contractmanager@example.nl', action: 'update', entityType: 'contract', entityId: refs.contractId, field: 'tariff_cents', oldValue: String(refs.contractTariff - 150), newValue: String(refs.contractTariff) });
  }
  if (approvedId && refs.generalOrgId) {
    // The approved change was applied: the organisation now has the reported number.
    ctx.writer.sqlite.prepare('UPDATE organizations SET phone = ?, version = version + 1, updated_at = ? WHERE id = ?').run(newGeneralPhone, now - 12 * DAY, refs.generalOrgId);
    audit({ at: now - 12 * DAY, userId: u(USER.contractManager), actor: 'contractmanager@example.nl', action: 'approve', entityType: 'change_request', entityId: String(approvedId), field: 'status', oldValue: 'pending', newValue: 'approved' });
    audit({ at: now - 12 * DAY, userId: u(USER.contractManager), actor: 'contractmanager@example.nl', action: 'update', entityType: 'organization', entityId: refs.generalOrgId!, field: 'phone', oldValue: refs.generalPhone ?? null, newValue: newGeneralPhone });
  }
  audit({ at: now - 9 * DAY, userId: u(USER.contractManager), actor: 'contractmanager@example.nl', action: 'reject', entityType: 'change_request', entityId: String(rejectedId), field: 'status', oldValue: 'pending', newValue: 'rejected' });
  if (refs.rejectedReviewId !== undefined) {
    audit({ at: now - 5 * DAY, userId: u(USER.admin), actor: 'beheerder@example.nl', action: 'moderate', entityType: 'review', entityId: String(refs.rejectedReviewId), field: 'status', oldValue: 'pending', newValue: 'rejected' });
  }
  audit({ at: now - 3 * DAY, userId: null, actor: 'onbekend', action: 'login', entityType: 'user', entityId: null, result: 'failure', ip: '198.51.100.23' });
  if (ctx.accounts && ctx.demoProviderOrgId) {
    audit({ at: now - 2 * DAY, userId: USER.admin, actor: 'beheerder@example.nl', action: 'update', entityType: 'user', entityId: String(USER.provider), field: 'role', oldValue: 'citizen', newValue: 'provider' });
  }
  if (refs.ceilingId && refs.ceilingCents !== undefined) {
    audit({ at: now - DAY, userId: u(USER.contractManager), actor: 'contractmanager@example.nl', action: 'update', entityType: 'budget_ceiling', entityId: refs.ceilingId, field: 'ceiling_cents', oldValue: String(Math.round((refs.ceilingCents * 0.9) / 100_000) * 100_000), newValue: String(refs.ceilingCents) });
  }
}

// ---------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------

/** A deterministic scrypt hash of DEMO_PASSWORD, in the stored form of app/domain/password-hash.ts. */
export function demoPasswordHashSync(seed: number = DEFAULT_SEED): string {
  const salt = createHash('sha256').update(`sociale-kaart-demo-salt:${seed}`).digest().subarray(0, 16);
  return hashPasswordWithSaltSync(DEMO_PASSWORD, salt);
}

function insertReferenceRows(writer: RowWriter): void {
  for (const c of categoryList) writer.insert(schema.productCategories, { code: c.code, law: c.law, nameNl: c.nameNl, nameEn: c.nameEn });
  for (const p of productList) writer.insert(schema.products, { code: p.code, categoryCode: p.categoryCode, nameNl: p.nameNl, nameEn: p.nameEn });
}

/** Only the reference data: every product category of app/domain/categories.ts and the municipal products. */
export function insertReferenceData(db: Db): void {
  db.$client.transaction(() => insertReferenceRows(new RowWriter(db.$client)))();
}

function insertPlans(ctx: Ctx, plans: MunicipalityPlan[]): void {
  for (const plan of plans) {
    for (const d of plan.districts) {
      ctx.writer.insert(schema.districts, { id: d.id, slug: d.slug, name: d.name, city: plan.city });
      for (const p of d.pc4s) ctx.writer.insert(schema.postcodeCentroids, { pc4: p.pc4, latitude: p.lat, longitude: p.lon, city: plan.city });
    }
  }
}

export function seedDatabase(db: Db, options: SeedOptions = {}): SeedSummary {
  const started = performance.now();
  const scale: SeedScale = options.scale ?? 'demo';
  const seed = options.seed ?? DEFAULT_SEED;
  const clock = seedClock(options.referenceDate ?? defaultReferenceDate());
  const config = scales[scale];
  const sqlite = db.$client;
  const existing = sqlite.prepare('SELECT count(*) AS n FROM product_categories').get() as { n: number };
  if (existing.n > 0) throw new Error('seedDatabase expects an empty, migrated database');

  const accounts = options.withDemoAccounts ?? true;
  const rng = createRng(seed);
  const ctx: Ctx = {
    rng,
    clock,
    writer: new RowWriter(sqlite),
    config,
    usedSlugs: new Set(),
    orgOrdinal: 0,
    kvkOffset: rng.fork('kvk').int(0, 89_999_998),
    agbOffset: rng.fork('agb').int(0, 999_999),
    reviewId: 0,
    invitationId: 0,
    replyId: 0,
    findingId: 0,
    citizenIds: [],
    accounts,
    passwordHash: accounts ? (options.passwordHash ?? demoPasswordHashSync(seed)) : null,
    reviewRate: 0,
    demoProviderOrgId: null,
    refs: { contractedOrgIds: [] },
  };

  const plans = [primaryPlan(rng.fork('plan:0')), ...generatedPlans(rng.fork('plans'), config.municipalities - 1)];
  const reviewable = plans.reduce((sum, p) => sum + p.contracted + p.general, 0);
  ctx.reviewRate = config.reviewsTotal / reviewable;

  const total = 4 + plans.length * 3;
  let done = 0;
  const step = (label: string) => options.onProgress?.(++done, total, label);

  const national = scale === 'national';
  const restore: [string, unknown][] = [];
  if (national && sqlite.name !== ':memory:') {
    for (const pragma of ['journal_mode', 'synchronous', 'cache_size']) restore.push([pragma, sqlite.pragma(pragma, { simple: true })]);
    sqlite.pragma('journal_mode = OFF');
    sqlite.pragma('synchronous = OFF');
    sqlite.pragma('cache_size = -262144');
  }
  try {
    const tx = <T>(fn: () => T) => sqlite.transaction(fn)();
    tx(() => {
      // Made-up data: the database says so itself (db/meta.ts), so it is never served as real.
      markAsDemo(sqlite);
      insertReferenceRows(ctx.writer);
    });
    step('Productcategorieën');
    tx(() => insertPlans(ctx, plans));
    // Every other Dutch postcode from the shipped file; the plans' own centroids stay.
    addBundledCentroids(db);
    step(`${plans.length} gemeente(n), wijken en postcodes`);
    tx(() => buildNationalProviders(ctx, plans));
    step('Landelijk ingekochte aanbieders');
    if (national) {
      for (const plan of plans) tx(() => generateMunicipality(ctx, plan, step));
      tx(() => insertMaintenanceHistory(ctx));
    } else {
      tx(() => {
        for (const plan of plans) generateMunicipality(ctx, plan, step);
        insertMaintenanceHistory(ctx);
        // A year of recordings for the insight pages (db/seed/insight.ts).
        const recorded = insertInsightHistory({
          sqlite,
          rng: rng.fork('insight'),
          now: clock.now,
          referenceMonth: isoDate(clock.date).slice(0, 7),
          city: plans[0]!.city,
          recorders: accounts ? [USER.staff, USER.contractManager] : [],
          policyUserId: accounts ? USER.policy : null,
        });
        ctx.writer.counts.deployments = recorded.deployments;
        ctx.writer.counts.unmet_needs = recorded.unmetNeeds;
      });
    }
    step('Wijzigingsverzoeken en logboek');
  } finally {
    for (const [pragma, value] of restore) sqlite.pragma(`${pragma} = ${String(value)}`);
  }

  return {
    scale,
    seed,
    referenceDate: isoDate(clock.date),
    municipalities: plans.length,
    counts: { ...ctx.writer.counts },
    organizations: ctx.writer.counts.organizations ?? 0,
    services: ctx.writer.counts.services ?? 0,
    reviews: ctx.writer.counts.reviews ?? 0,
    demoProviderOrganizationId: ctx.demoProviderOrgId,
    elapsedMs: Math.round(performance.now() - started),
  };
}

