/**
 * Access in one path (issue 14): the policy decides, models refuse with the one error type
 * (AccessDenied), one helper turns it into 403 or 404, routes hold no access knowledge of their
 * own (no canSee, no role literals), and the administrator's reply is decided (ADR 005).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roles, type Role } from '../../app/domain/enums';
import { hasPermission } from '../../app/domain/permissions';
import { AccessDenied, assertCanSee, mayActForOrganization, viewerMay, anonymousViewer, type Viewer } from '../../app/domain/visibility';
import { deniedResponse, withAccess } from '../../app/utils/access.server';
import { landingFor } from '../../app/utils/landing';
import { projectRoot } from '../support/paths';

const viewer = (role: Role, organizationId: string | null = null): Viewer => ({ role, userId: 1, organizationId });

describe('AccessDenied, the one refusal', () => {
  it('is thrown by the policy asserts for whoever may not, and names what was asked', () => {
    expect(() => assertCanSee(viewer('citizen'), 'costs', 'someRead')).toThrow(AccessDenied);
    expect(() => assertCanSee(anonymousViewer, 'findings', 'someRead')).toThrow(/someRead was asked for a viewer who may not see it/);
    expect(() => assertCanSee(viewer('staff'), 'costs', 'someRead')).not.toThrow();
    expect(() => assertCanSee(viewer('provider', 'org-1'), 'findings', 'someRead')).toThrow(AccessDenied);
  });

  it('becomes 403, or 404 when the thing is hidden, never cached', () => {
    const forbidden = deniedResponse(new AccessDenied('x'));
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers.get('Cache-Control')).toBe('no-store');
    const hidden = deniedResponse(new AccessDenied('x', { hidden: true }));
    expect(hidden.status).toBe(404);
    expect(hidden.headers.get('Cache-Control')).toBe('no-store');
  });

  it('is mapped by withAccess; other errors and responses pass through unchanged', async () => {
    const refuse = withAccess(async () => {
      throw new AccessDenied('x', { hidden: true });
    });
    await expect(refuse({})).rejects.toSatisfy((r: unknown) => r instanceof Response && r.status === 404);
    const redirect = new Response(null, { status: 302 });
    await expect(
      withAccess(async () => {
        throw redirect;
      })({}),
    ).rejects.toBe(redirect);
    const bug = new TypeError('bug');
    await expect(
      withAccess(async () => {
        throw bug;
      })({}),
    ).rejects.toBe(bug);
    await expect(withAccess(async (n: number) => n + 1)(1)).resolves.toBe(2);
  });
});

describe('the administrator and a provider’s own things (ADR 005)', () => {
  it('lets only a provider account reply or propose changes, for its own organisation', () => {
    expect(mayActForOrganization(viewer('provider', 'org-1'), 'reply:review:own', 'org-1')).toBe(true);
    expect(mayActForOrganization(viewer('provider', 'org-1'), 'reply:review:own', 'org-2')).toBe(false);
    expect(mayActForOrganization(viewer('provider', 'org-1'), 'propose:change:own', 'org-1')).toBe(true);
    for (const role of roles.filter((r) => r !== 'provider')) {
      expect(mayActForOrganization(viewer(role, 'org-1'), 'reply:review:own', 'org-1'), role).toBe(false);
      expect(mayActForOrganization(viewer(role, 'org-1'), 'propose:change:own', 'org-1'), role).toBe(false);
    }
  });

  it('gives the administrator every other permission, so permission and code agree', () => {
    expect(hasPermission('admin', 'reply:review:own')).toBe(false);
    expect(hasPermission('admin', 'moderate:review:any')).toBe(true);
    expect(hasPermission('admin', 'manage:user:any')).toBe(true);
    expect(viewerMay(anonymousViewer, 'create:review:any')).toBe(false);
  });
});

describe('named permissions instead of role lists', () => {
  it('land each role where it works after signing in', () => {
    expect(Object.fromEntries(roles.map((role) => [role, landingFor(role)]))).toEqual({
      citizen: '/',
      provider: '/account',
      staff: '/beheer',
      contract_manager: '/beheer',
      policy: '/inzicht',
      admin: '/beheer',
    });
  });

  /** Files whose imports and code we read for access knowledge that belongs to the policy. */
  const sources = (dir: string) =>
    readdirSync(join(projectRoot, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file))
      .map((file) => ({ file: `${dir}/${file}`, source: readFileSync(join(projectRoot, dir, file), 'utf8') }));

  it('keeps canSee out of routes and components: models shape their reads for the viewer', () => {
    const offenders = [...sources('app/routes'), ...sources('app/components')].filter(({ source }) => /\bcanSee\s*\(/.test(source)).map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  it('compares no role with a literal outside the policy modules', () => {
    // `role === 'provider'`, `.role !== 'admin'`, `role === 'staff' || …`: a permission says it instead.
    const roleCheck = /\brole\s*[!=]==\s*'(citizen|provider|staff|contract_manager|policy|admin)'/;
    const policy = new Set(['app/domain/permissions.ts', 'app/domain/visibility.ts', 'app/domain/session-policy.ts']);
    const offenders = [...sources('app/routes'), ...sources('app/components'), ...sources('app/utils'), ...sources('app/domain'), ...sources('app/models')]
      .filter(({ file, source }) => !policy.has(file) && roleCheck.test(source))
      .map(({ file, source }) => `${file}: ${source.match(roleCheck)![0]}`);
    expect(offenders).toEqual([]);
  });

  it('keeps loaders and actions function declarations, so the browser bundle drops them', () => {
    // `export const loader = withAccess(…)` is a top-level call the browser bundle keeps; there the `.server` module is empty.
    const madeByCall = /export const (loader|action)\s*=\s*\w+\(/;
    const offenders = sources('app/routes').filter(({ source }) => madeByCall.test(source)).map(({ file }) => file);
    expect(offenders).toEqual([]);
    expect(madeByCall.test('export const action = withAccess(async (args) => {')).toBe(true);
  });

  it('would catch a route that asks the policy itself (the checks can fail)', () => {
    expect(/\bcanSee\s*\(/.test("professional: canSee(viewer, 'costs') ? x : null")).toBe(true);
    expect(/\brole\s*[!=]==\s*'(citizen|provider|staff|contract_manager|policy|admin)'/.test("user?.role === 'provider'")).toBe(true);
  });
});
