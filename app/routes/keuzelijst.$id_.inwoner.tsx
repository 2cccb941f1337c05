/**
 * /keuzelijst/:id/inwoner — the resident's version of a shortlist, for the staff member to show
 * and print at the kitchen table. No amounts, no staff findings (see getResidentShortlist).
 */
import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { PrintButton, ShortlistResidentView } from '../components/shortlist-resident';
import { Link } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { getEnv } from '../env.server';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { getShortlistForOwner } from '../models/shortlist.server';
import { getResidentShortlist } from '../models/shortlist-versions.server';
import { requirePermission } from '../utils/auth.server';
import shortlistCss from '../styles/shortlist.css';
import { contextOf } from '../load-context';
import { noStore } from '../utils/no-store';
import { requireIdParam } from '../utils/params';
import type { PageMessages } from '../i18n/messages';

/** The resident's version shows no cost labels, also when staff open it (app/i18n/route-messages.server.ts). */
export const messages: PageMessages = ['accepting', 'location', 'mark', 'provider.email', 'provider.phone', 'provider.website', 'service.apply', 'service.waiting', 'shortlist.backToList', 'shortlist.empty', 'shortlist.print', 'shortlist.resident', 'waiting'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: shortlistCss }];


export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, context, 'manage:shortlist:own');
  const id = requireIdParam(params.id);
  const db = getDb();
  const now = contextOf(context).now;
  if (!getShortlistForOwner(db, user.id, id, now)) throw new Response('Not found', { status: 404, headers: noStore });
  const list = getResidentShortlist(db, id, now);
  if (!list) throw new Response('Not found', { status: 404, headers: noStore });
  return data({ title: translate(getLocale(request), 'shortlist.resident.title'), id: id, list, contributionCents: getEnv().WMO_PERSONAL_CONTRIBUTION_CENTS }, { headers: noStore });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

export default function ResidentVersion() {
  const { id, list, contributionCents } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="sk-shortlist-print-page">
      <p className="utrecht-paragraph sk-shortlist-screen-only">
        <Link to={`/keuzelijst/${id}`}>{t('shortlist.backToList')}</Link>
      </p>
      <PrintButton label={t('shortlist.print.resident')} />
      <ShortlistResidentView list={list} contributionCents={contributionCents} />
    </div>
  );
}
