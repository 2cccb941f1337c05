/**
 * The environment, parsed with zod once at start-up. A wrong value stops the server with a
 * message that names the variable.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { roles } from './domain/enums';
import { parseRequiredRoles } from './domain/second-factor';

const percentage = z.coerce.number().min(0).max(1000);

const mfaRequiredRoles = z
  .string()
  .default('admin,contract_manager,staff')
  .transform((text, ctx) => {
    if (text.trim() === 'none') return [];
    const parsed = parseRequiredRoles(text);
    if (Array.isArray(parsed)) return parsed;
    ctx.addIssue({ code: 'custom', message: `unknown role(s): ${parsed.unknown.join(', ')} (use ${roles.join(', ')} or none)` });
    return z.NEVER;
  });
const opsVariables = {
  /** `text` (one readable line per request) or `json` (one JSON object per line). */
  LOG_FORMAT: z.enum(['text', 'json']).default('text'),
  /** Where scheduled backups go (default: `backups/` next to the database). */
  BACKUP_DIR: z.string().min(1).optional(),
  /** Hours between scheduled backups inside the server; 0 turns them off. */
  BACKUP_EVERY_HOURS: z.coerce.number().min(0).max(24 * 31).default(0),
  /** How many scheduled backups to keep. */
  BACKUP_KEEP: z.coerce.number().int().min(1).max(10_000).default(14),
  /** Days the audit log is kept; unset keeps it forever. At least 30 (a database trigger enforces it too). */
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(30).max(36_500).optional(),
  /** Seconds in-flight requests get to finish after SIGTERM. */
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().min(0).max(600).default(10),
  /** Megabytes of rendered public pages kept for anonymous visitors (scripts/cache/page-cache.ts); 0 turns the cache off. */
  PAGE_CACHE_MB: z.coerce.number().min(0).max(16_384).default(64),
  /** Server processes (node:cluster workers) sharing the port; default: every core in production, 1 otherwise (scripts/ops/workers.ts). */
  WEB_CONCURRENCY: z.coerce
    .number({ message: 'must be a whole number of server processes (1 or more)' })
    .int('must be a whole number of server processes (1 or more)')
    .min(1, 'must be at least 1 server process')
    .max(256, 'must be at most 256 server processes')
    .optional(),
};

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATABASE_PATH: z.string().min(1).default('data/sociale-kaart.db'),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    MUNICIPALITY_NAME: z.string().min(2).max(80).default('Gemeente Vlietstede'),
    /** Utilisation (percent) from which a budget ceiling counts as nearly reached. */
    CEILING_NEARLY_REACHED_PERCENT: percentage.default(80),
    /** Utilisation (percent) from which a budget ceiling counts as reached. */
    CEILING_REACHED_PERCENT: percentage.default(100),
    /** Wmo subscription rate (abonnementstarief) per month, in cents. */
    WMO_PERSONAL_CONTRIBUTION_CENTS: z.coerce.number().int().min(0).default(2180),
    /**
     * Create the demo municipality when the database is empty, and allow serving a demo database.
     * Default: true without PUBLIC_URL (a try-out), false with it (a real deployment).
     */
    DEMO_DATA: z.enum(['true', 'false']).optional(),
    /** The site's public address (https://…); links in e-mails come only from it (docs/decisions/011-secure-defaults.md). */
    PUBLIC_URL: z
      .string()
      .url()
      .refine((url) => /^https?:\/\//.test(url), 'must start with https:// (or http:// for a local test)')
      .optional(),
    /** Requests per minute per visitor (a session, else an IP address); 0 switches a tier off. */
    RATE_LIMIT_READS_PER_MINUTE: z.coerce.number().int().min(0).default(1200),
    RATE_LIMIT_WRITES_PER_MINUTE: z.coerce.number().int().min(0).default(120),
    RATE_LIMIT_SIGN_INS_PER_MINUTE: z.coerce.number().int().min(0).default(30),
    /** Roles that must set up a second factor (comma-separated; `none` for nobody). See ADR 012. */
    MFA_REQUIRED_ROLES: mfaRequiredRoles,
    LOG_REQUESTS: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
    /** Freezes the server's clock at this instant (ISO date-time), for the end-to-end tests; never in real use. */
    CLOCK_NOW: z.string().datetime({ offset: true }).transform((v) => new Date(v)).optional(),
    /** Operations (docs/operations.md): log format, scheduled backups, audit retention, shutdown. */
    ...opsVariables,
  })
  .refine((env) => env.CEILING_NEARLY_REACHED_PERCENT <= env.CEILING_REACHED_PERCENT, {
    message: 'must not be higher than CEILING_REACHED_PERCENT',
    path: ['CEILING_NEARLY_REACHED_PERCENT'],
  });

export type Env = Omit<z.infer<typeof schema>, 'DEMO_DATA'> & { DEMO_DATA: boolean; SESSION_SECRET: string; DATA_DIR: string };

export class EnvError extends Error {}

/**
 * Families of settings this app owns. A variable in one of them that the app does not know is a
 * typo (RATE_LIMIT_READ_PER_MINUTE for RATE_LIMIT_READS_PER_MINUTE) that would otherwise leave
 * the default silently in force — a rate limit or backup the operator thinks is set, but is not.
 */
const settingFamilies = ['RATE_LIMIT_', 'PAGE_CACHE_', 'BACKUP_', 'CEILING_', 'MFA_', 'SHUTDOWN_', 'AUDIT_'] as const;

/** Variables in the app's setting families that are not settings, each with the family's real names. */
export function unknownSettings(source: Record<string, string | undefined>, known: readonly string[] = Object.keys(schema.innerType().shape)): string[] {
  return Object.keys(source)
    .filter((name) => settingFamilies.some((family) => name.startsWith(family)) && !known.includes(name))
    .sort()
    .map((name) => {
      const family = settingFamilies.find((f) => name.startsWith(f))!;
      return `  ${name}: not a setting; did you mean ${known.filter((k) => k.startsWith(family)).join(' or ')}?`;
    });
}

/** Parses `source` (default process.env); throws EnvError naming every wrong or unknown variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  const unknown = unknownSettings(cleaned);
  if (!result.success || unknown.length > 0) {
    const lines = (result.success ? [] : result.error.issues.map((issue) => `  ${issue.path.join('.') || '(environment)'}: ${issue.message}`)).concat(unknown);
    throw new EnvError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const env = result.data;
  const dataDir = env.DATABASE_PATH === ':memory:' ? resolve('data') : dirname(resolve(env.DATABASE_PATH));
  const demoData = env.DEMO_DATA === undefined ? env.PUBLIC_URL === undefined : env.DEMO_DATA === 'true';
  return { ...env, DEMO_DATA: demoData, DATA_DIR: dataDir, SESSION_SECRET: env.SESSION_SECRET ?? loadOrCreateSecret(dataDir) };
}

/** A session secret generated once and kept in the data directory, so sessions survive restarts. */
function loadOrCreateSecret(dataDir: string): string {
  const file = join(dataDir, '.session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv();
  return cached;
}
