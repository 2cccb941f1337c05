/**
 * /keuzelijst/gedeeld/:token — the resident's version through the share link, without an
 * account. The token is 256 random bits; only its hash is stored. An expired, revoked or
 * replaced link gets a clear page (410 or 404), never the list. The address never leaks to
 * other sites (no referrer) and is never indexed or cached.
 */
import { data, type HeadersFunction, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { PrintButton, ShortlistResidentView } from '../components/shortlist-resident';
import { Heading, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { getEnv } from '../env.server';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { resolveShareToken } from '../models/shortlist.server';
import { getResidentShortlist } from '../models/shortlist-versions.server';
import shortlistCss from '../styles/shortlist.css';
import { contextOf } from '../load-context';
import type { PageMessages } from '../i18n/messages';

/** The resident's version shows no cost labels, also when staff open it (app/i18n/route-messages.server.ts). */
export const messages: PageMessages = ['accepting', 'location', 'mark', 'provider.email', 'provider.phone', 'provider.website', 'service.apply', 'service.waiting', 'shortlist.empty', 'shortlist.print', 'shortlist.resident', 'shortlist.shared', 'waiting'];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: shortlistCss }];

const privateHeaders = {
  'Cache-Control': 'private, no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex, nofollow',
};

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = getLocale(request);
  const now = contextOf(context).now;
  const db = getDb();
  const lookup = resolveShareToken(db, params.token ?? '', now);
  const list = lookup.status === 'ok' ? getResidentShortlist(db, lookup.shortlistId, now) : undefined;
  if (lookup.status === 'ok' && list) {
    return data(
      { state: 'ok' as const, title: translate(locale, 'shortlist.resident.title'), list, sharedUntil: lookup.expiresAt.toISOString(), contributionCents: getEnv().WMO_PERSONAL_CONTRIBUTION_CENTS },
      { headers: privateHeaders },
    );
  }
  const state = lookup.status === 'expired' || lookup.status === 'revoked' ? lookup.status : ('unknown' as const);
  return data(
    { state, title: translate(locale, 'shortlist.shared.closedTitle'), list: null, sharedUntil: null, contributionCents: 0 },
    { status: state === 'unknown' ? 404 : 410, headers: privateHeaders },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ''} | Sociale Kaart` },
  { name: 'robots', content: 'noindex, nofollow' },
  { name: 'referrer', content: 'no-referrer' },
];

export default function SharedShortlist() {
  const { state, list, sharedUntil, contributionCents } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  if (state !== 'ok' || !list) {
    return (
      <div className="sk-shortlist-page" data-state={state}>
        <Heading level={1}>{t('shortlist.shared.closedTitle')}</Heading>
        <Paragraph lead>
          {t(state === 'expired' ? 'shortlist.shared.expired' : state === 'revoked' ? 'shortlist.shared.revoked' : 'shortlist.shared.unknown')}
        </Paragraph>
        <Paragraph>{t('shortlist.shared.askNew')}</Paragraph>
        <Paragraph>
          <a className="utrecht-link utrecht-link--html-a" href="/">
            {t('error.backHome')}
          </a>
        </Paragraph>
      </div>
    );
  }
  return (
    <div className="sk-shortlist-print-page">
      <PrintButton label={t('shortlist.print.resident')} />
      <ShortlistResidentView list={list} sharedUntil={sharedUntil} contributionCents={contributionCents} />
    </div>
  );
}
