import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { Button, FormField, Select, Textbox } from '../components/form';
import { Pagination } from '../components/pagination';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { roles } from '../domain/enums';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { userStatusFilters } from '../domain/user-status';
import { listUsers } from '../models/user-admin.server';
import { requirePermission } from '../utils/auth.server';
import { formatDateTime } from '../utils/time-format';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['duration', 'pagination', 'role', 'users'];

const PER_PAGE = 25;

/** Unknown filters are ignored, like on the search page. */
const paramsSchema = z.object({
  q: z.string().trim().max(100).catch(''),
  rol: z.enum(roles).optional().catch(undefined),
  status: z.enum(userStatusFilters).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePermission(request, context, 'manage:user:any');
  const params = paramsSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { total, users } = listUsers(getDb(), { q: params.q, role: params.rol, status: params.status, page: params.pagina, perPage: PER_PAGE });
  return { title: translate(getLocale(request), 'users.title'), params, total, pages: Math.max(1, Math.ceil(total / PER_PAGE)), users };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

export default function Users() {
  const { params, total, pages, users } = useLoaderData<typeof loader>();
  const { t, plural, locale } = useTranslation();
  const hrefFor = (page: number) => {
    const query = new URLSearchParams();
    if (params.q) query.set('q', params.q);
    if (params.rol) query.set('rol', params.rol);
    if (params.status) query.set('status', params.status);
    if (page > 1) query.set('pagina', String(page));
    return `/beheer/gebruikers?${query.toString()}`;
  };
  return (
    <div className="sk-admin">
      <Heading level={1}>{t('users.title')}</Heading>
      <Paragraph>
        <Link to="/beheer/gebruikers/uitnodigen" className="sk-button-link">
          {t('users.invite')}
        </Link>
      </Paragraph>
      <div className="sk-layout-search">
        <Form method="get" className="sk-filters" aria-label={t('users.filter.label')}>
          <FormField id="filter-q" label={t('users.filter.q')}>
            {(describedBy) => <Textbox id="filter-q" name="q" type="search" defaultValue={params.q} aria-describedby={describedBy} maxLength={100} />}
          </FormField>
          <FormField id="filter-rol" label={t('users.filter.role')}>
            {(describedBy) => (
              <Select id="filter-rol" name="rol" defaultValue={params.rol ?? ''} aria-describedby={describedBy}>
                <option value="">{t('users.filter.any')}</option>
                {roles.map((role) => (
                  <option key={role} value={role}>
                    {t(`role.${role}`)}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <FormField id="filter-status" label={t('users.filter.status')}>
            {(describedBy) => (
              <Select id="filter-status" name="status" defaultValue={params.status ?? ''} aria-describedby={describedBy}>
                <option value="">{t('users.filter.any')}</option>
                {userStatusFilters.map((status) => (
                  <option key={status} value={status}>
                    {t(`users.status.${status}`)}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <Button type="submit" appearance="secondary">
            {t('users.filter.apply')}
          </Button>
        </Form>
        <section aria-labelledby="gebruikers-aantal">
          <Heading level={2} id="gebruikers-aantal">
            {plural('users.total', total)}
          </Heading>
          {users.length === 0 ? (
            <Paragraph role="status">{t('users.none')}</Paragraph>
          ) : (
            <ul className="sk-results" aria-label={t('users.list')}>
              {users.map((user) => {
                const status = user.disabledAt ? 'disabled' : user.invited ? 'invited' : 'active';
                return (
                  <li key={user.id} className="sk-card">
                    <Heading level={3} className="sk-card__title">
                      <Link to={`/beheer/gebruikers/${user.id}`}>{user.name}</Link>
                    </Heading>
                    <p className="utrecht-paragraph sk-card__org">{user.email}</p>
                    <p className="sk-card__meta">
                      <span>{t(`role.${user.role}`)}</span>
                      {user.organizationName ? <span>{user.organizationName}</span> : null}
                      <span className={status === 'active' ? undefined : 'sk-warning-text'}>{t(`users.status.${status}`)}</span>
                    </p>
                    <p className="sk-card__meta sk-muted">
                      {user.lastLoginAt ? t('users.lastLogin', { date: formatDateTime(locale, user.lastLoginAt) }) : t('users.neverLoggedIn')}
                    </p>
                  </li>
                );
              })}
            </ul>
          )}
          <Pagination page={params.pagina} pages={pages} hrefFor={hrefFor} />
        </section>
      </div>
    </div>
  );
}
