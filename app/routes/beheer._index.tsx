import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { hasPermission, type Permission } from '../domain/permissions';
import { translate, type MessageKey } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { requireProfessional } from '../utils/auth.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['admin', 'compare.area', 'insight.area', 'maint.area', 'reviews.admin', 'role', 'shortlist.area'];

/**
 * The management areas, each shown to the roles holding its permission (null: every
 * professional). A feature with its own area adds one line here.
 */
const areas: readonly { to: string; title: MessageKey; text: MessageKey; permission: Permission | null }[] = [
  { to: '/zoeken', title: 'admin.area.search', text: 'admin.area.search.text', permission: 'read:cost:any' },
  { to: '/vergelijken', title: 'compare.area.title', text: 'compare.area.text', permission: 'use:compare:any' },
  { to: '/keuzelijst', title: 'shortlist.area.title', text: 'shortlist.area.text', permission: 'manage:shortlist:own' },
  { to: '/beheer/gebruikers', title: 'admin.area.users', text: 'admin.area.users.text', permission: 'manage:user:any' },
  { to: '/beheer/moderatie', title: 'reviews.admin.moderation', text: 'reviews.admin.moderation.text', permission: 'moderate:review:any' },
  { to: '/beheer/uitnodigingen', title: 'reviews.admin.invitations', text: 'reviews.admin.invitations.text', permission: 'create:invitation:any' },
  { to: '/beheer/aanbieders', title: 'maint.area.catalogue', text: 'maint.area.catalogue.text', permission: 'update:catalogue:any' },
  { to: '/beheer/contracten', title: 'maint.area.contracts', text: 'maint.area.contracts.text', permission: 'update:contract:any' },
  { to: '/beheer/actualiteit', title: 'maint.area.freshness', text: 'maint.area.freshness.text', permission: 'update:catalogue:any' },
  { to: '/beheer/wijzigingsverzoeken', title: 'maint.area.requests', text: 'maint.area.requests.text', permission: 'decide:change-request:any' },
  { to: '/beheer/import', title: 'maint.area.import', text: 'maint.area.import.text', permission: 'import:catalogue:any' },
  { to: '/beheer/logboek', title: 'maint.area.log', text: 'maint.area.log.text', permission: 'read:audit:any' },
  { to: '/inzicht', title: 'insight.area.dashboard', text: 'insight.area.dashboard.text', permission: 'read:insight:any' },
  { to: '/inzicht/teamoverleg', title: 'insight.area.team', text: 'insight.area.team.text', permission: 'read:team-overview:any' },
  { to: '/inzicht/behoeften', title: 'insight.area.needs', text: 'insight.area.needs.text', permission: 'read:needs:any' },
  { to: '/inzicht/waardekaart', title: 'insight.area.valueMap', text: 'insight.area.valueMap.text', permission: 'read:value-map:any' },
  { to: '/account', title: 'admin.area.account', text: 'admin.area.account.text', permission: null },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireProfessional(request, context);
  return {
    title: translate(getLocale(request), 'admin.title'),
    name: user.name,
    role: user.role,
    areas: areas.filter((area) => area.permission === null || hasPermission(user.role, area.permission)),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

export default function ManagementHome() {
  const { name, role, areas: visible } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <Heading level={1}>{t('admin.title')}</Heading>
      <Paragraph lead>{t('admin.intro', { name, role: t(`role.${role}`) })}</Paragraph>
      <nav aria-label={t('admin.areas')}>
        <ul className="sk-grid">
          {visible.map((area) => (
            <li key={area.to} className="sk-card">
              <Heading level={2} className="sk-card__title">
                <Link to={area.to}>{t(area.title)}</Link>
              </Heading>
              <Paragraph>{t(area.text)}</Paragraph>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
