/**
 * The Sociale Kaart data model, after Open Referral HSDS 3.0 with a Dutch profile.
 * Columns are snake_case, keys camelCase. Enumerations come from app/domain/enums.ts and are
 * enforced by CHECK constraints, so a bad row is refused by the database itself. Every foreign
 * key has an index that starts with its column, so deleting or re-keying a parent row (and the
 * ON DELETE action) looks its children up instead of scanning the table; the exceptions, with
 * their reason, are listed in tests/integration/foreign-key-indexes.test.ts, which checks this.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { productCategories as categoryList } from '../app/domain/categories';
import {
  auditResults,
  changeRequestKinds,
  choiceReasons,
  generalNeeds,
  needAnswers,
  changeRequestStatuses,
  identifierSchemes,
  laws,
  organizationStatuses,
  reviewStatuses,
  roles,
  serviceKinds,
  serviceStatuses,
  tariffUnits,
} from '../app/domain/enums';

/** `col IN ('a','b')` for a CHECK constraint, built from an `as const` list. */
function inList(column: string, values: readonly (string | number)[]) {
  const list = values.map((v) => (typeof v === 'number' ? String(v) : `'${v}'`)).join(', ');
  return sql.raw(`${column} IN (${list})`);
}

const createdAt = () =>
  integer('created_at', { mode: 'timestamp' })
    .notNull()
    .default(sql`(unixepoch())`);
const updatedAt = () =>
  integer('updated_at', { mode: 'timestamp' })
    .notNull()
    .default(sql`(unixepoch())`);

const ISO_DATE = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'";

// ---------------------------------------------------------------------------------------------
// Reference data
// ---------------------------------------------------------------------------------------------

export const productCategories = sqliteTable(
  'product_categories',
  {
    code: text('code').primaryKey(),
    law: text('law', { enum: laws }).notNull(),
    nameNl: text('name_nl').notNull(),
    nameEn: text('name_en').notNull(),
  },
  (t) => [check('product_categories_law', inList('law', laws)), check('product_categories_code', sql`length(${t.code}) = 2`)],
);

/** A municipal product code within a national category (e.g. 02A05 "Begeleiding individueel"). */
export const products = sqliteTable(
  'products',
  {
    code: text('code').primaryKey(),
    categoryCode: text('category_code')
      .notNull()
      .references(() => productCategories.code),
    nameNl: text('name_nl').notNull(),
    nameEn: text('name_en').notNull(),
  },
  (t) => [index('products_category_idx').on(t.categoryCode)],
);

export const districts = sqliteTable('districts', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  city: text('city').notNull(),
});

/** Centroids of 4-digit postcodes, for distance from a postcode a visitor enters. */
export const postcodeCentroids = sqliteTable(
  'postcode_centroids',
  {
    pc4: text('pc4').primaryKey(),
    latitude: real('latitude').notNull(),
    longitude: real('longitude').notNull(),
    city: text('city'),
  },
  (t) => [check('postcode_centroids_pc4', sql`${t.pc4} GLOB '[1-9][0-9][0-9][0-9]'`)],
);

// ---------------------------------------------------------------------------------------------
// Catalogue
// ---------------------------------------------------------------------------------------------

export const organizations = sqliteTable(
  'organizations',
  {
    id: text('id').primaryKey(),
    /** Stable key for spreadsheet imports; KvK/AGB help matching but are never the key. */
    externalId: text('external_id').unique(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    alternateName: text('alternate_name'),
    description: text('description').notNull().default(''),
    website: text('website'),
    email: text('email'),
    phone: text('phone'),
    logoUrl: text('logo_url'),
    status: text('status', { enum: organizationStatuses }).notNull().default('active'),
    /** When a person last verified this entry (not the same as updated_at). */
    assuredDate: text('assured_date'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('organizations_status', inList('status', organizationStatuses)),
    check('organizations_name', sql`length(trim(${t.name})) > 0`),
    check('organizations_assured_date', sql`${t.assuredDate} IS NULL OR ${t.assuredDate} ${sql.raw(ISO_DATE)}`),
    index('organizations_name_idx').on(t.name),
    index('organizations_updated_idx').on(t.updatedAt),
  ],
);

export const organizationIdentifiers = sqliteTable(
  'organization_identifiers',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    scheme: text('scheme', { enum: identifierSchemes }).notNull(),
    identifier: text('identifier').notNull(),
  },
  (t) => [
    check('organization_identifiers_scheme', inList('scheme', identifierSchemes)),
    check(
      'organization_identifiers_8_digits',
      sql`${t.identifier} GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'`,
    ),
    uniqueIndex('organization_identifiers_org_scheme').on(t.organizationId, t.scheme),
    index('organization_identifiers_lookup').on(t.scheme, t.identifier),
  ],
);

export const services = sqliteTable(
  'services',
  {
    id: text('id').primaryKey(),
    externalId: text('external_id').unique(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    kind: text('kind', { enum: serviceKinds }).notNull(),
    law: text('law', { enum: laws }).notNull(),
    categoryCode: text('category_code').references(() => productCategories.code),
    productCode: text('product_code').references(() => products.code),
    targetGroup: text('target_group'),
    minimumAge: integer('minimum_age'),
    maximumAge: integer('maximum_age'),
    waitingWeeks: integer('waiting_weeks'),
    waitingReportedOn: text('waiting_reported_on'),
    acceptingNewClients: integer('accepting_new_clients', { mode: 'boolean' }).notNull().default(true),
    applicationProcess: text('application_process'),
    url: text('url'),
    email: text('email'),
    phone: text('phone'),
    status: text('status', { enum: serviceStatuses }).notNull().default('active'),
    assuredDate: text('assured_date'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('services_kind', inList('kind', serviceKinds)),
    check('services_law', inList('law', laws)),
    check('services_status', inList('status', serviceStatuses)),
    check('services_name', sql`length(trim(${t.name})) > 0`),
    check('services_ages', sql`(${t.minimumAge} IS NULL OR ${t.minimumAge} BETWEEN 0 AND 120) AND (${t.maximumAge} IS NULL OR ${t.maximumAge} BETWEEN 0 AND 120) AND (${t.minimumAge} IS NULL OR ${t.maximumAge} IS NULL OR ${t.minimumAge} <= ${t.maximumAge})`),
    check('services_waiting', sql`${t.waitingWeeks} IS NULL OR ${t.waitingWeeks} BETWEEN 0 AND 520`),
    check('services_waiting_reported', sql`${t.waitingReportedOn} IS NULL OR ${t.waitingReportedOn} ${sql.raw(ISO_DATE)}`),
    check('services_assured_date', sql`${t.assuredDate} IS NULL OR ${t.assuredDate} ${sql.raw(ISO_DATE)}`),
    // A contracted or national service always names its product category.
    check('services_category_required', sql`${t.kind} = 'general' OR ${t.categoryCode} IS NOT NULL`),
    index('services_org_idx').on(t.organizationId),
    index('services_category_idx').on(t.categoryCode),
    index('services_product_idx').on(t.productCode),
    index('services_kind_status_idx').on(t.kind, t.status),
    index('services_updated_idx').on(t.updatedAt),
  ],
);

export const serviceLanguages = sqliteTable(
  'service_languages',
  {
    serviceId: text('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.code] }), index('service_languages_code_idx').on(t.code)],
);

export const locations = sqliteTable(
  'locations',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    address1: text('address_1').notNull(),
    postalCode: text('postal_code').notNull(),
    city: text('city').notNull(),
    districtId: text('district_id').references(() => districts.id),
    latitude: real('latitude'),
    longitude: real('longitude'),
    wheelchairAccessible: integer('wheelchair_accessible', { mode: 'boolean' }).notNull().default(false),
    hearingLoop: integer('hearing_loop', { mode: 'boolean' }).notNull().default(false),
    accessibleToilet: integer('accessible_toilet', { mode: 'boolean' }).notNull().default(false),
    accessibilityNote: text('accessibility_note'),
    transportation: text('transportation'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Dutch postcode: four digits (no leading zero), a space, two capitals (not SA, SD or SS).
    check(
      'locations_postal_code',
      sql`${t.postalCode} GLOB '[1-9][0-9][0-9][0-9] [A-Z][A-Z]' AND substr(${t.postalCode}, 6, 2) NOT IN ('SA', 'SD', 'SS')`,
    ),
    check('locations_latitude', sql`${t.latitude} IS NULL OR ${t.latitude} BETWEEN -90 AND 90`),
    check('locations_longitude', sql`${t.longitude} IS NULL OR ${t.longitude} BETWEEN -180 AND 180`),
    index('locations_org_idx').on(t.organizationId),
    index('locations_district_idx').on(t.districtId),
    index('locations_postcode_idx').on(t.postalCode),
  ],
);

export const serviceAtLocations = sqliteTable(
  'service_at_locations',
  {
    id: text('id').primaryKey(),
    serviceId: text('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    locationId: text('location_id')
      .notNull()
      .references(() => locations.id, { onDelete: 'cascade' }),
  },
  (t) => [
    uniqueIndex('service_at_locations_pair').on(t.serviceId, t.locationId),
    index('service_at_locations_location_idx').on(t.locationId),
  ],
);

/**
 * Weekly opening hours (HSDS schedule with freq=WEEKLY). `closes_at` earlier than `opens_at`
 * means the period crosses midnight; 00:00–24:00 is open all day.
 */
export const schedules = sqliteTable(
  'schedules',
  {
    id: text('id').primaryKey(),
    serviceId: text('service_id').references(() => services.id, { onDelete: 'cascade' }),
    locationId: text('location_id').references(() => locations.id, { onDelete: 'cascade' }),
    weekday: integer('weekday').notNull(),
    opensAt: text('opens_at').notNull(),
    closesAt: text('closes_at').notNull(),
    note: text('note'),
  },
  (t) => [
    check('schedules_owner', sql`${t.serviceId} IS NOT NULL OR ${t.locationId} IS NOT NULL`),
    check('schedules_weekday', sql`${t.weekday} BETWEEN 1 AND 7`),
    check('schedules_opens', sql`${t.opensAt} GLOB '[0-2][0-9]:[0-5][0-9]' AND ${t.opensAt} < '24:00'`),
    check('schedules_closes', sql`${t.closesAt} GLOB '[0-2][0-9]:[0-5][0-9]' AND ${t.closesAt} <= '24:00'`),
    check('schedules_not_empty', sql`${t.opensAt} <> ${t.closesAt}`),
    index('schedules_service_idx').on(t.serviceId),
    index('schedules_location_idx').on(t.locationId),
  ],
);

// ---------------------------------------------------------------------------------------------
// Contracts and budget (professional only: see app/domain/visibility.ts)
// ---------------------------------------------------------------------------------------------

export const contracts = sqliteTable(
  'contracts',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    productCode: text('product_code')
      .notNull()
      .references(() => products.code),
    /** Procurement lot (perceel). */
    lot: text('lot'),
    tariffCents: integer('tariff_cents').notNull(),
    unit: text('unit', { enum: tariffUnits }).notNull(),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to'),
    archivedAt: integer('archived_at', { mode: 'timestamp' }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('contracts_tariff_non_negative', sql`${t.tariffCents} >= 0`),
    check('contracts_unit', inList('unit', tariffUnits)),
    check('contracts_valid_from', sql`${t.validFrom} ${sql.raw(ISO_DATE)}`),
    check('contracts_valid_to', sql`${t.validTo} IS NULL OR (${t.validTo} ${sql.raw(ISO_DATE)} AND ${t.validTo} >= ${t.validFrom})`),
    index('contracts_org_idx').on(t.organizationId),
    index('contracts_product_idx').on(t.productCode, t.validFrom),
  ],
);

/** A provider's budget ceiling (budgetplafond) for one contract year, with what is committed. */
export const budgetCeilings = sqliteTable(
  'budget_ceilings',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    year: integer('year').notNull(),
    ceilingCents: integer('ceiling_cents').notNull(),
    committedCents: integer('committed_cents').notNull().default(0),
    version: integer('version').notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('budget_ceilings_ceiling_non_negative', sql`${t.ceilingCents} >= 0`),
    check('budget_ceilings_committed_non_negative', sql`${t.committedCents} >= 0`),
    check('budget_ceilings_year', sql`${t.year} BETWEEN 2015 AND 2100`),
    uniqueIndex('budget_ceilings_org_year').on(t.organizationId, t.year),
  ],
);

/** Products the municipality already buys nationally, and from whom. */
export const nationalProcurements = sqliteTable(
  'national_procurements',
  {
    id: text('id').primaryKey(),
    categoryCode: text('category_code')
      .notNull()
      .references(() => productCategories.code),
    productCode: text('product_code').references(() => products.code),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    note: text('note'),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to'),
  },
  (t) => [
    check('national_procurements_valid', sql`${t.validTo} IS NULL OR ${t.validTo} >= ${t.validFrom}`),
    index('national_procurements_category_idx').on(t.categoryCode),
    index('national_procurements_product_idx').on(t.productCode),
    index('national_procurements_org_idx').on(t.organizationId),
  ],
);

// ---------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    role: text('role', { enum: roles }).notNull().default('citizen'),
    organizationId: text('organization_id').references(() => organizations.id, { onDelete: 'set null' }),
    disabledAt: integer('disabled_at', { mode: 'timestamp' }),
    lastLoginAt: integer('last_login_at', { mode: 'timestamp' }),
    createdAt: createdAt(),
  },
  (t) => [
    check('users_role', inList('role', roles)),
    check('users_email_lower', sql`${t.email} = lower(${t.email}) AND ${t.email} LIKE '%_@_%'`),
    check('users_provider_has_org', sql`${t.role} <> 'provider' OR ${t.organizationId} IS NOT NULL`),
    index('users_org_idx').on(t.organizationId),
  ],
);

/** A session waits for the code from the authenticator app, or for the second factor to be set up. */
export const pendingSignInSteps = ['code', 'enrol'] as const;

export const sessions = sqliteTable(
  'sessions',
  {
    /** SHA-256 of the random session token; the token itself lives only in the cookie. */
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp' }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    /** Set while the password was right but the second factor is still due: no access yet (ADR 012). */
    pendingStep: text('pending_step', { enum: pendingSignInSteps }),
    /** When the second factor was passed in this session (null: signed in without one). */
    secondFactorAt: integer('second_factor_at', { mode: 'timestamp' }),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/** A user's TOTP second factor (ADR 012): one per account, usable once confirmed with a first code. */
export const secondFactors = sqliteTable('second_factors', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  /** The TOTP secret, encrypted with AES-256-GCM (key derived from SESSION_SECRET). */
  secretEncrypted: text('secret_encrypted').notNull(),
  /** Null while enrolment waits for the first code. */
  confirmedAt: integer('confirmed_at', { mode: 'timestamp' }),
  /** The last 30-second time step a code was accepted for: each code works once. */
  lastUsedStep: integer('last_used_step'),
  createdAt: integer('created_at', { mode: 'timestamp' }).notNull(),
});

/** Single-use recovery codes; only their SHA-256 is kept. */
export const recoveryCodes = sqliteTable(
  'recovery_codes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: integer('used_at', { mode: 'timestamp' }),
    createdAt: integer('created_at', { mode: 'timestamp' }).notNull(),
  },
  (t) => [index('recovery_codes_user_idx').on(t.userId), uniqueIndex('recovery_codes_hash_idx').on(t.userId, t.codeHash)],
);

// ---------------------------------------------------------------------------------------------
// Reviews and findings
// ---------------------------------------------------------------------------------------------

const mark = (name: string) => integer(name);
const markCheck = (name: string, column: unknown) =>
  check(name, sql`${column} IS NULL OR ${column} BETWEEN 1 AND 10`);

export const reviewInvitations = sqliteTable(
  'review_invitations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** SHA-256 of the code handed to the resident. */
    codeHash: text('code_hash').notNull().unique(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    createdByUserId: integer('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    expiresAt: integer('expires_at', { mode: 'timestamp' }).notNull(),
    usedAt: integer('used_at', { mode: 'timestamp' }),
  },
  (t) => [index('review_invitations_org_idx').on(t.organizationId), index('review_invitations_created_by_idx').on(t.createdByUserId, t.createdAt)],
);

export const reviews = sqliteTable(
  'reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    serviceId: text('service_id').references(() => services.id, { onDelete: 'set null' }),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    invitationId: integer('invitation_id').references(() => reviewInvitations.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull(),
    overall: integer('overall').notNull(),
    markTreatment: mark('mark_treatment'),
    markExpertise: mark('mark_expertise'),
    markAppointments: mark('mark_appointments'),
    markReachability: mark('mark_reachability'),
    markSay: mark('mark_say'),
    markResult: mark('mark_result'),
    wouldRecommend: integer('would_recommend', { mode: 'boolean' }).notNull(),
    body: text('body').notNull(),
    /** Month of the experience, YYYY-MM. */
    experienceMonth: text('experience_month').notNull(),
    status: text('status', { enum: reviewStatuses }).notNull().default('pending'),
    verified: integer('verified', { mode: 'boolean' }).notNull().default(false),
    moderationReason: text('moderation_reason'),
    moderatedByUserId: integer('moderated_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    moderatedAt: integer('moderated_at', { mode: 'timestamp' }),
    /** Keyed hash of the submitting IP address, for the daily per-IP limit (never the address itself). */
    submittedIpHash: text('submitted_ip_hash'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('reviews_overall', sql`${t.overall} BETWEEN 1 AND 10`),
    markCheck('reviews_mark_treatment', t.markTreatment),
    markCheck('reviews_mark_expertise', t.markExpertise),
    markCheck('reviews_mark_appointments', t.markAppointments),
    markCheck('reviews_mark_reachability', t.markReachability),
    markCheck('reviews_mark_say', t.markSay),
    markCheck('reviews_mark_result', t.markResult),
    check('reviews_status', inList('status', reviewStatuses)),
    check('reviews_experience_month', sql`${t.experienceMonth} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'`),
    check('reviews_body', sql`length(${t.body}) BETWEEN 1 AND 5000`),
    index('reviews_org_status_created_idx').on(t.organizationId, t.status, t.createdAt),
    index('reviews_status_created_idx').on(t.status, t.createdAt),
    index('reviews_user_idx').on(t.userId),
    index('reviews_ip_created_idx').on(t.submittedIpHash, t.createdAt),
    // Deleting an invitation sets this column to NULL (ON DELETE SET NULL): without the index
    // every deleted invitation scanned the whole reviews table (retention.server.ts).
    index('reviews_invitation_idx').on(t.invitationId),
    index('reviews_service_idx').on(t.serviceId),
    index('reviews_moderated_by_idx').on(t.moderatedByUserId),
  ],
);

export const reviewReplies = sqliteTable(
  'review_replies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reviewId: integer('review_id')
      .notNull()
      .unique()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [check('review_replies_body', sql`length(trim(${t.body})) > 0`), index('review_replies_user_idx').on(t.userId)],
);

export const reviewReports = sqliteTable(
  'review_reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reviewId: integer('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    reporterUserId: integer('reporter_user_id').references(() => users.id, { onDelete: 'set null' }),
    reason: text('reason').notNull(),
    createdAt: createdAt(),
    resolvedAt: integer('resolved_at', { mode: 'timestamp' }),
  },
  (t) => [
    index('review_reports_review_idx').on(t.reviewId),
    index('review_reports_open_idx').on(t.resolvedAt),
    index('review_reports_reporter_idx').on(t.reporterUserId, t.createdAt),
  ],
);

/** A professional's finding (bevinding) about a provider: professionals only. */
export const staffFindings = sqliteTable(
  'staff_findings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull(),
    markCooperation: integer('mark_cooperation').notNull(),
    markClientResult: integer('mark_client_result').notNull(),
    markReporting: integer('mark_reporting').notNull(),
    markValueForMoney: integer('mark_value_for_money').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    markCheck('staff_findings_cooperation', t.markCooperation),
    markCheck('staff_findings_client_result', t.markClientResult),
    markCheck('staff_findings_reporting', t.markReporting),
    markCheck('staff_findings_value', t.markValueForMoney),
    index('staff_findings_org_idx').on(t.organizationId, t.createdAt),
    index('staff_findings_user_idx').on(t.userId),
  ],
);

// ---------------------------------------------------------------------------------------------
// Maintenance
// ---------------------------------------------------------------------------------------------

export const changeRequests = sqliteTable(
  'change_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: changeRequestKinds }).notNull(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    serviceId: text('service_id').references(() => services.id, { onDelete: 'set null' }),
    proposerUserId: integer('proposer_user_id').references(() => users.id, { onDelete: 'set null' }),
    proposerEmail: text('proposer_email'),
    /** JSON object: field → proposed value. */
    changes: text('changes').notNull().default('{}'),
    message: text('message'),
    status: text('status', { enum: changeRequestStatuses }).notNull().default('pending'),
    decidedByUserId: integer('decided_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: integer('decided_at', { mode: 'timestamp' }),
    decisionReason: text('decision_reason'),
    createdAt: createdAt(),
  },
  (t) => [
    check('change_requests_kind', inList('kind', changeRequestKinds)),
    check('change_requests_status', inList('status', changeRequestStatuses)),
    check('change_requests_changes_json', sql`json_valid(${t.changes})`),
    index('change_requests_status_idx').on(t.status, t.createdAt),
    index('change_requests_org_idx').on(t.organizationId, t.createdAt),
    index('change_requests_service_idx').on(t.serviceId),
    index('change_requests_proposer_idx').on(t.proposerUserId, t.createdAt),
    index('change_requests_decided_by_idx').on(t.decidedByUserId),
  ],
);

/** Append-only: the app has no code path that updates or deletes a row here. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp' })
      .notNull()
      .default(sql`(unixepoch())`),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    actor: text('actor').notNull(),
    ip: text('ip'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    field: text('field'),
    oldValue: text('old_value'),
    newValue: text('new_value'),
    result: text('result', { enum: auditResults }).notNull().default('success'),
  },
  (t) => [
    check('audit_log_result', inList('result', auditResults)),
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    index('audit_log_user_idx').on(t.userId),
    index('audit_log_at_idx').on(t.at),
  ],
);

// ---------------------------------------------------------------------------------------------
// Shortlists for the kitchen-table talk (keuzelijst)
// ---------------------------------------------------------------------------------------------

/** A staff member's shortlist of providers for one resident (no BSN: a free label only). */
export const shortlists = sqliteTable(
  'shortlists',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ownerUserId: integer('owner_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    note: text('note'),
    /** SHA-256 of the resident's share token; the token itself is shown once. */
    shareTokenHash: text('share_token_hash').unique(),
    shareExpiresAt: integer('share_expires_at', { mode: 'timestamp' }),
    shareRevokedAt: integer('share_revoked_at', { mode: 'timestamp' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('shortlists_owner_idx').on(t.ownerUserId, t.updatedAt)],
);

export const shortlistItems = sqliteTable(
  'shortlist_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    shortlistId: integer('shortlist_id')
      .notNull()
      .references(() => shortlists.id, { onDelete: 'cascade' }),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    serviceId: text('service_id').references(() => services.id, { onDelete: 'set null' }),
    note: text('note'),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('shortlist_items_unique').on(t.shortlistId, t.organizationId, t.serviceId),
    index('shortlist_items_list_idx').on(t.shortlistId, t.position),
    index('shortlist_items_org_idx').on(t.organizationId),
    index('shortlist_items_service_idx').on(t.serviceId),
  ],
);

/**
 * Facts about the database itself. `demo` = `true` when the seed created it: its providers,
 * people and reviews are made up, and only such a database has the demo accounts
 * (db/meta.ts, scripts/deployment-check.ts).
 */
export const appMeta = sqliteTable('app_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/**
 * Audit-log retention (docs/operations.md): a DELETE on audit_log is allowed only for entries
 * older than the latest purge recorded here, and this table itself is append-only. So removing
 * old entries always leaves a record of who removed what, and editing entries stays impossible.
 */
export const auditLogPurges = sqliteTable('audit_log_purges', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  at: integer('at', { mode: 'timestamp' }).notNull(),
  /** Entries with `at` before this instant may be (and were) removed. */
  beforeAt: integer('before_at', { mode: 'timestamp' }).notNull(),
  retentionDays: integer('retention_days').notNull(),
  deleted: integer('deleted').notNull().default(0),
});

// ---------------------------------------------------------------------------------------------
// Recording in the flow of work and insight for policy (issue 13). No resident identifiers:
// month, district and need only. The recording user is kept for the audit trail and is never
// selected by an aggregate (app/models/insight.server.ts).
// ---------------------------------------------------------------------------------------------

const MONTH = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'";
/** iWmo/iJw category codes and the general needs: what a need is recorded as. */
const needCodes = [...categoryList.map((c) => c.code), ...generalNeeds];

/** One deployment (inzet): a chosen paid offer from the comparison, or a general facility used. */
export const deployments = sqliteTable(
  'deployments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    month: text('month').notNull(),
    districtId: text('district_id')
      .notNull()
      .references(() => districts.id),
    needCode: text('need_code').notNull(),
    productCode: text('product_code').references(() => products.code),
    organizationId: text('organization_id').references(() => organizations.id, { onDelete: 'set null' }),
    serviceId: text('service_id').references(() => services.id, { onDelete: 'set null' }),
    /** A free general facility (algemene voorziening) was used instead of paid support. */
    generalFacility: integer('general_facility', { mode: 'boolean' }).notNull().default(false),
    /** The indication's volume in `unit` per `frequency` (paid support only). */
    volume: real('volume'),
    unit: text('unit', { enum: tariffUnits }),
    estimatedCostCents: integer('estimated_cost_cents'),
    /** The chosen offer was the cheapest one with room in its ceiling (paid support only). */
    cheapestWithRoom: integer('cheapest_with_room', { mode: 'boolean' }),
    reason: text('reason', { enum: choiceReasons }),
    reasonText: text('reason_text'),
    recordedByUserId: integer('recorded_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    check('deployments_month', sql`${t.month} ${sql.raw(MONTH)}`),
    check('deployments_need', inList('need_code', needCodes)),
    check('deployments_unit', sql`${t.unit} IS NULL OR ${inList('unit', tariffUnits)}`),
    check('deployments_reason', sql`${t.reason} IS NULL OR ${inList('reason', choiceReasons)}`),
    check('deployments_cost', sql`${t.estimatedCostCents} IS NULL OR ${t.estimatedCostCents} >= 0`),
    check('deployments_volume', sql`${t.volume} IS NULL OR ${t.volume} > 0`),
    check('deployments_reason_text', sql`${t.reasonText} IS NULL OR length(${t.reasonText}) BETWEEN 1 AND 200`),
    // Paid support that was not the cheapest with room says why; "other" says it in words.
    check('deployments_reason_needed', sql`${t.generalFacility} = 1 OR ${t.cheapestWithRoom} = 1 OR ${t.reason} IS NOT NULL`),
    check('deployments_other_text', sql`${t.reason} IS NOT 'other' OR ${t.reasonText} IS NOT NULL`),
    check('deployments_paid_has_org', sql`${t.generalFacility} = 1 OR ${t.cheapestWithRoom} IS NOT NULL`),
    index('deployments_month_idx').on(t.month, t.districtId, t.needCode),
    index('deployments_org_idx').on(t.organizationId),
    index('deployments_service_idx').on(t.serviceId),
    index('deployments_recorded_by_idx').on(t.recordedByUserId),
  ],
);

/** A need without a fitting offer (geen passend aanbod), and policy's answer to it. */
export const unmetNeeds = sqliteTable(
  'unmet_needs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    month: text('month').notNull(),
    districtId: text('district_id')
      .notNull()
      .references(() => districts.id),
    needCode: text('need_code').notNull(),
    /** Short, without personal data (checked at the field, app/domain/personal-data.ts). */
    description: text('description').notNull(),
    /** What was used instead, and its estimated cost. */
    alternativeProductCode: text('alternative_product_code').references(() => products.code),
    alternativeCostCents: integer('alternative_cost_cents'),
    answer: text('answer', { enum: needAnswers }),
    answerReason: text('answer_reason'),
    answeredByUserId: integer('answered_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    answeredAt: integer('answered_at', { mode: 'timestamp' }),
    recordedByUserId: integer('recorded_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    check('unmet_needs_month', sql`${t.month} ${sql.raw(MONTH)}`),
    check('unmet_needs_need', inList('need_code', needCodes)),
    check('unmet_needs_description', sql`length(trim(${t.description})) BETWEEN 1 AND 300`),
    check('unmet_needs_cost', sql`${t.alternativeCostCents} IS NULL OR ${t.alternativeCostCents} >= 0`),
    check('unmet_needs_answer', sql`${t.answer} IS NULL OR ${inList('answer', needAnswers)}`),
    check('unmet_needs_rejected_reason', sql`${t.answer} IS NOT 'rejected' OR length(trim(${t.answerReason})) > 0`),
    check('unmet_needs_answer_reason', sql`${t.answerReason} IS NULL OR length(${t.answerReason}) <= 500`),
    index('unmet_needs_month_idx').on(t.month, t.districtId, t.needCode),
    index('unmet_needs_answered_by_idx').on(t.answeredByUserId),
    index('unmet_needs_recorded_by_idx').on(t.recordedByUserId),
  ],
);

/**
 * One counter for everything the public pages show: database triggers (migration
 * 0005_page_generation) raise it on every insert, update and delete of the catalogue, reviews,
 * replies, reports, ceilings and the demo marker, from any process. The anonymous page cache
 * (scripts/cache/) stores its entries under the value it read, so a change makes them unreachable
 * at once (docs/decisions/014-anonymous-page-cache.md).
 */
export const pageGeneration = sqliteTable(
  'page_generation',
  {
    id: integer('id').primaryKey(),
    value: integer('value').notNull(),
  },
  (t) => [check('page_generation_one_row', sql`${t.id} = 1`)],
);

/**
 * What the search index of every server process is built from, counted by database triggers
 * (migration 0006_search_generation) from any process: `catalogue` on every insert, update and
 * delete of the tables the search documents are read from, `reviews` on every change of reviews
 * (the marks for sorting and the mark facet). Each worker reads the row before a search and brings
 * its index up to date when it moved (app/search/freshness.server.ts, ADR 019).
 */
export const searchGeneration = sqliteTable(
  'search_generation',
  {
    id: integer('id').primaryKey(),
    catalogue: integer('catalogue').notNull(),
    reviews: integer('reviews').notNull(),
  },
  (t) => [check('search_generation_one_row', sql`${t.id} = 1`)],
);
