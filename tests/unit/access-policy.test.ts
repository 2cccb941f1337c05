/**
 * The access rules as pure functions: permissions per role, the visibility policy, session
 * lifetimes, the password rules and the per-account sign-in throttle.
 */
import { describe, expect, it } from 'vitest';
import { roles, type Role } from '../../app/domain/enums';
import { hasPermission, permissions, rolePermissions } from '../../app/domain/permissions';
import { anonymousViewer, canSee, isProfessional, type Viewer } from '../../app/domain/visibility';
import { sessionIsAlive, sessionPolicy } from '../../app/domain/session-policy';
import { passwordProblem } from '../../app/domain/password-policy';
import { delayAfter, secondsUntilNextAttempt } from '../../app/domain/sign-in-throttle';
import { describeUserAgent } from '../../app/domain/user-agent';

const viewer = (role: Role): Viewer => ({ role, userId: 1, organizationId: role === 'provider' ? 'org-1' : null });

describe('permissions', () => {
  it('are written as action:entity[:own|any]', () => {
    for (const permission of permissions) expect(permission).toMatch(/^[a-z-]+:[a-z-]+(:(own|any))?$/);
  });

  it('grant costs and findings to staff, contract managers, policy officers and administrators only', () => {
    const table = Object.fromEntries(roles.map((role) => [role, [hasPermission(role, 'read:cost:any'), hasPermission(role, 'read:finding:any')]]));
    expect(table).toEqual({
      citizen: [false, false],
      provider: [false, false],
      staff: [true, true],
      contract_manager: [true, true],
      policy: [true, true],
      admin: [true, true],
    });
    expect(hasPermission(null, 'read:cost:any')).toBe(false);
    expect(hasPermission(undefined, 'read:account:own')).toBe(false);
  });

  it('let only administrators manage accounts, and contract managers change contracts', () => {
    expect(roles.filter((role) => hasPermission(role, 'manage:user:any'))).toEqual(['admin']);
    expect(roles.filter((role) => hasPermission(role, 'update:contract:any'))).toEqual(['contract_manager', 'admin']);
    // Only a provider speaks for its organisation; administrators moderate and do not reply or propose in its name (ADR 005).
    expect(roles.filter((role) => hasPermission(role, 'reply:review:own'))).toEqual(['provider']);
    expect(roles.filter((role) => hasPermission(role, 'propose:change:own'))).toEqual(['provider']);
    // Policy officers see and answer; they edit no catalogue and record nothing.
    expect(roles.filter((role) => hasPermission(role, 'update:catalogue:any'))).toEqual(['contract_manager', 'admin']);
    expect(roles.filter((role) => hasPermission(role, 'record:deployment:any'))).toEqual(['staff', 'contract_manager', 'admin']);
    expect(roles.filter((role) => hasPermission(role, 'read:insight:any'))).toEqual(['policy', 'admin']);
    expect(roles.filter((role) => hasPermission(role, 'answer:need:any'))).toEqual(['policy', 'admin']);
    expect(roles.filter((role) => hasPermission(role, 'read:team-overview:any'))).toEqual(['staff', 'contract_manager', 'policy', 'admin']);
    for (const role of roles) expect(rolePermissions[role]).toContain('read:account:own');
  });
});

describe('visibility policy', () => {
  it('shows cost facts and findings to professionals only', () => {
    for (const role of roles) {
      const professional = role === 'staff' || role === 'contract_manager' || role === 'policy' || role === 'admin';
      expect(canSee(viewer(role), 'costs'), role).toBe(professional);
      expect(canSee(viewer(role), 'findings'), role).toBe(professional);
      expect(isProfessional(viewer(role)), role).toBe(professional);
    }
  });

  it('shows nothing professional to an anonymous visitor', () => {
    expect(canSee(anonymousViewer, 'costs')).toBe(false);
    expect(canSee(anonymousViewer, 'findings')).toBe(false);
    expect(isProfessional(anonymousViewer)).toBe(false);
  });
});

describe('session policy', () => {
  const start = 1_800_000_000;
  const session = (lastSeenOffset: number) => ({ createdAt: start, lastSeenAt: start + lastSeenOffset, expiresAt: start + 30 * 86_400 });

  it('ends a professional session after 30 minutes idle and 12 hours at most', () => {
    expect(sessionPolicy('staff')).toEqual({ idleSeconds: 1800, absoluteSeconds: 43_200 });
    expect(sessionPolicy('policy')).toEqual({ idleSeconds: 1800, absoluteSeconds: 43_200 });
    expect(sessionIsAlive(session(0), 'staff', start + 1799)).toBe(true);
    expect(sessionIsAlive(session(0), 'staff', start + 1800)).toBe(false);
    // Active all the time, still over after 12 hours.
    expect(sessionIsAlive(session(43_000), 'admin', start + 43_199)).toBe(true);
    expect(sessionIsAlive(session(43_100), 'admin', start + 43_200)).toBe(false);
  });

  it('keeps residents signed in longer, but never past the expiry moment', () => {
    expect(sessionIsAlive(session(0), 'citizen', start + 6 * 86_400)).toBe(true);
    expect(sessionIsAlive(session(0), 'citizen', start + 7 * 86_400)).toBe(false);
    expect(sessionIsAlive({ createdAt: start, lastSeenAt: start, expiresAt: start + 60 }, 'citizen', start + 60)).toBe(false);
    expect(sessionPolicy('provider').idleSeconds).toBeLessThan(sessionPolicy('citizen').idleSeconds);
    expect(sessionPolicy('staff').idleSeconds).toBeLessThan(sessionPolicy('provider').idleSeconds);
  });
});

describe('password rules', () => {
  it('want at least 10 characters and at most 200', () => {
    expect(passwordProblem('kort')).toBe('tooShort');
    expect(passwordProblem('a'.repeat(9))).toBe('tooShort');
    expect(passwordProblem('x'.repeat(201))).toBe('tooLong');
  });

  it('refuse the passwords everybody tries, also with numbers or signs stuck on', () => {
    for (const common of ['wachtwoord', 'Wachtwoord2026!', 'password123', 'Welkom12345', 'qwertyuiop', '1234567890', 'aaaaaaaaaaaa', 'abcabcabcabc', 'Vlietstede2026', 'iloveyou12']) {
      expect(passwordProblem(common), common).toBe('tooCommon');
    }
  });

  it('refuse the e-mail address or the name as the password', () => {
    expect(passwordProblem('jan.jansen@example.nl', { email: 'jan.jansen@example.nl' })).toBe('containsEmail');
    expect(passwordProblem('jan.jansen2026', { email: 'jan.jansen@example.nl' })).toBe('containsEmail');
    expect(passwordProblem('Jan Jansen 1', { name: 'Jan Jansen' })).toBe('tooCommon');
  });

  it('accept a passphrase', () => {
    expect(passwordProblem('fiets regen koffie appel')).toBeNull();
    expect(passwordProblem('Tr0mbone-Vlinder-88')).toBeNull();
    expect(passwordProblem('sociale-kaart-demo')).toBeNull();
  });
});

describe('sign-in throttle', () => {
  const now = 2_000_000_000;

  it('lets five wrong attempts through, then waits 30 s, doubling up to 15 minutes', () => {
    expect([0, 1, 4].map(delayAfter)).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8].map(delayAfter)).toEqual([30, 60, 120, 240]);
    expect(delayAfter(40)).toBe(900);
  });

  it('counts from the last failure, within the last 15 minutes', () => {
    const fourFailures = [now - 50, now - 40, now - 30, now - 20];
    expect(secondsUntilNextAttempt(fourFailures, now)).toBe(0);
    const fiveFailures = [...fourFailures, now - 10];
    expect(secondsUntilNextAttempt(fiveFailures, now)).toBe(20);
    expect(secondsUntilNextAttempt(fiveFailures, now + 20)).toBe(0);
    const old = [now - 1000, now - 990, now - 980, now - 970, now - 960];
    expect(secondsUntilNextAttempt(old, now)).toBe(0);
  });
});

describe('signed-in devices', () => {
  it('are described by browser and system', () => {
    expect(describeUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0')).toEqual({ browser: 'Firefox', system: 'Windows' });
    expect(describeUserAgent('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1')).toEqual({ browser: 'Safari', system: 'iOS' });
    expect(describeUserAgent('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36 Edg/130.0')).toEqual({ browser: 'Edge', system: 'Linux' });
    expect(describeUserAgent(null)).toEqual({ browser: null, system: null });
  });
});
