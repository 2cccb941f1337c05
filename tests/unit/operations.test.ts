import { describe, expect, it } from 'vitest';
import { unavailableReason } from '../../app/utils/database-errors.server';
import { isSecurityAction } from '../../app/lib/log.server';
import { fileStamp } from '../../db/backup';
import { requestIdOf } from '../../scripts/ops/request-log';

describe('database errors that make the service unavailable', () => {
  it.each([
    ['SQLITE_FULL', 'full'],
    ['SQLITE_READONLY', 'readonly'],
    ['SQLITE_READONLY_DBMOVED', 'readonly'],
    ['SQLITE_CORRUPT', 'corrupt'],
    ['SQLITE_NOTADB', 'corrupt'],
    ['SQLITE_BUSY', 'busy'],
    ['SQLITE_BUSY_SNAPSHOT', 'busy'],
    ['SQLITE_LOCKED', 'busy'],
    ['SQLITE_IOERR_WRITE', 'io'],
    ['SQLITE_CANTOPEN', 'cantopen'],
  ])('%s is %s', (code, reason) => {
    expect(unavailableReason(Object.assign(new Error('x'), { code }))).toBe(reason);
  });

  it('other errors are not', () => {
    expect(unavailableReason(Object.assign(new Error('x'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }))).toBeNull();
    expect(unavailableReason(new Error('x'))).toBeNull();
    expect(unavailableReason(new Response('x'))).toBeNull();
    expect(unavailableReason(null)).toBeNull();
  });
});

describe('request ids', () => {
  it('keeps a sane incoming id and replaces anything else', () => {
    expect(requestIdOf('0f2c9a1e-proxy-id')).toBe('0f2c9a1e-proxy-id');
    expect(requestIdOf(['abcdefgh1234', 'second'])).toBe('abcdefgh1234');
    for (const bad of [undefined, '', 'short', 'has space in it', 'x'.repeat(129), 'new\nline-123456', '<script>alert(1)</script>']) {
      expect(requestIdOf(bad)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
  });
});

describe('security actions', () => {
  it('are the account and MFA actions and the catalogue import and export', () => {
    for (const action of ['sign_in', 'sign_out', 'role_change', 'disable', 'password_reset', 'mfa_enable', 'mfa_verify']) expect(isSecurityAction(action, 'account')).toBe(true);
    expect(isSecurityAction('import', 'catalogue')).toBe(true);
    expect(isSecurityAction('export', 'catalogue')).toBe(true);
    // One line per import, not one per imported row.
    expect(isSecurityAction('import', 'service')).toBe(false);
    expect(isSecurityAction('update', 'service')).toBe(false);
  });
});

describe('backup file names', () => {
  it('are sortable UTC stamps', () => {
    expect(fileStamp(new Date('2027-03-15T06:00:09.123Z'))).toBe('20270315T060009Z');
  });
});
