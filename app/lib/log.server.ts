/**
 * Logging: one line per event on stdout, readable text by default or one JSON object per line
 * with LOG_FORMAT=json (docs/operations.md, "Logs").
 *
 * A per-request holder (AsyncLocalStorage) carries the request id and, once the session lookup
 * has found one, the user id — so the request line and security events name the user without
 * another database query. It lives on globalThis: the Remix build bundles its own copy of this
 * module, and both copies must share the one holder the Express server fills.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { systemClock } from '../domain/clock';

export interface RequestState {
  requestId: string;
  userId: number | null;
  /** Set when a database error that makes the service unavailable happened in this request. */
  databaseUnavailable: string | null;
}

const key = Symbol.for('sociale-kaart.request-state');
const holder = globalThis as unknown as Record<symbol, AsyncLocalStorage<RequestState> | undefined>;
export const requestState: AsyncLocalStorage<RequestState> = (holder[key] ??= new AsyncLocalStorage<RequestState>());

export function currentRequest(): RequestState | undefined {
  return requestState.getStore();
}

/** The session lookup tells the request who is signed in (id only: never an e-mail or token). */
export function noteSignedInUser(userId: number): void {
  const state = requestState.getStore();
  if (state) state.userId = userId;
}

export type LogFormat = 'text' | 'json';

export function logFormat(): LogFormat {
  return process.env.LOG_FORMAT === 'json' ? 'json' : 'text';
}

type Writer = (line: string) => void;
/** Shared like the holder, so a test that captures the output captures both copies' lines. */
const output = ((globalThis as unknown as Record<symbol, { write: Writer } | undefined>)[Symbol.for('sociale-kaart.log-output')] ??= {
  write: (line) => process.stdout.write(line),
});
const writer: Writer = (line) => output.write(line);

/** Tests capture the output. Returns the previous writer. */
export function setLogWriter(next: Writer): Writer {
  const previous = output.write;
  output.write = next;
  return previous;
}

/**
 * One log event. In JSON: `{ time, level, event, ...fields }`. In text: `text` when given, else
 * the event and its fields as key=value.
 */
export function logEvent(
  level: 'info' | 'warn' | 'error',
  event: string,
  fields: Record<string, unknown>,
  options: { text?: string; time?: Date } = {},
): void {
  if (logFormat() === 'json') {
    writer(`${JSON.stringify({ time: (options.time ?? systemClock.now()).toISOString(), level, event, ...fields })}\n`);
    return;
  }
  const text =
    options.text ??
    `${event}${Object.entries(fields)
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([name, value]) => ` ${name}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
      .join('')}`;
  writer(`${level === 'info' ? '' : `${level.toUpperCase()} `}${text}\n`);
}

// ---------------------------------------------------------------------------------------------
// Security events (BIO 8.15: who, what, when, from where, outcome)
// ---------------------------------------------------------------------------------------------

const accountSecurityActions = new Set([
  'sign_in',
  'sign_out',
  'register',
  'password_change',
  'password_reset_request',
  'password_reset',
  'invite',
  'accept_invitation',
  'role_change',
  'disable',
  'enable',
  'end_sessions',
]);

/** Whether an audit action is a security event: account and MFA actions, catalogue import and export. */
export function isSecurityAction(action: string, entityType: string): boolean {
  if (accountSecurityActions.has(action) || action.startsWith('mfa')) return true;
  return (action === 'import' || action === 'export') && entityType === 'catalogue';
}

export interface SecurityEvent {
  /** The user's id; null for an anonymous attempt (an unknown account, a failed sign-in). */
  userId: number | null;
  action: string;
  entityType: string;
  entityId: string | null;
  at: Date;
  ip: string | null;
  result: 'success' | 'failure';
}

/** The structured line for a security event; written when the audit log records one. */
export function logSecurityEvent(event: SecurityEvent): void {
  const request = currentRequest();
  logEvent(
    event.result === 'success' ? 'info' : 'warn',
    'security',
    {
      who: { userId: event.userId ?? request?.userId ?? null },
      what: { action: event.action, entityType: event.entityType, entityId: event.entityId },
      when: event.at.toISOString(),
      from: { ip: event.ip },
      outcome: event.result,
      requestId: request?.requestId ?? null,
    },
    {
      time: event.at,
      text: `security ${event.action} ${event.entityType}${event.entityId ? `:${event.entityId}` : ''} outcome=${event.result} user=${event.userId ?? request?.userId ?? '-'} ip=${event.ip ?? '-'} at=${event.at.toISOString()}${request ? ` request=${request.requestId}` : ''}`,
    },
  );
}
