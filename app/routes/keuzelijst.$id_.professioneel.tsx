/**
 * /keuzelijst/:id/professioneel — the professional version of a shortlist, with tariffs,
 * budget-ceiling flags, national procurement and staff marks. When the comparison's indication
 * is in the address (it links here with its own query), every provider shows its estimated cost.
 */
import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { compareSchema, toIndication } from '../domain/compare-schema';
import { ShortlistProfessionalView } from '../components/shortlist-professional';
import { PrintButton } from '../components/shortlist-resident';
import { Link } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { formatDate } from '../domain/format';
import { dutchDay, indicationPeriod, type IndicationInput } from '../domain/indication';
import { translate, type MessageKey } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { listCompareOptions } from '../models/compare-options.server';
import { getProfessionalShortlist } from '../models/shortlist-versions.server';
import { requirePermission, viewerFor } from '../utils/auth.server';
import flagsCss from '../styles/flags.css';
import shortlistCss from '../styles/shortlist.css';
import { contextOf } from '../load-context';
import { parseForm } from '../utils/form.server';
import { noStore } from '../utils/no-store';
import { requireIdParam } from '../utils/params';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['accepting', 'compare.col.citizenMark', 'compare.col.staffMark', 'compare.contractEnds', 'compare.cost', 'compare.error', 'compare.fits', 'compare.mark', 'compare.summary', 'compare.unit', 'flags.ceiling', 'flags.national', 'location.address', 'location.notWheelchair', 'location.wheelchair', 'mark.none', 'mark.outOf', 'mark.provisional', 'mark.reviews', 'provider.email', 'provider.phone', 'provider.website', 'service.apply', 'service.waiting', 'shortlist.backToList', 'shortlist.empty', 'shortlist.print', 'shortlist.professional', 'shortlist.resident', 'v', 'waiting'];

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: flagsCss },
  { rel: 'stylesheet', href: shortlistCss },
];


/** The indication in the address, when it is complete and valid; otherwise none. */
function indicationFrom(url: URL, productCodes: Set<string>, districtSlugs: Set<string>, today: string): IndicationInput | null {
  if (!url.searchParams.has('aantal')) return null;
  const submission = parseForm(url.searchParams, compareSchema({ productCodes, districtSlugs, today }));
  return submission.status === 'success' ? toIndication(submission.value, today) : null;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, context, 'read:cost:any');
  const viewer = viewerFor(user);
  const id = requireIdParam(params.id);
  const db = getDb();
  const now = contextOf(context).now;
  const options = listCompareOptions(db, viewer);
  const indication = indicationFrom(
    new URL(request.url),
    new Set(options.categories.flatMap((c) => [c.code, ...c.products.map((p) => p.code)])),
    new Set(options.districts.map((d) => d.slug)),
    dutchDay(now),
  );
  const list = getProfessionalShortlist(db, viewer, user.id, id, now, indication);
  if (!list) throw new Response('Not found', { status: 404, headers: noStore });
  return data(
    { title: translate(getLocale(request), 'shortlist.professional.title'), id: id, list, indication, year: now.getUTCFullYear() },
    { headers: noStore },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

export default function ProfessionalVersion() {
  const { id, list, indication, year } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  let indicationText: string | null = null;
  if (indication) {
    const period = indicationPeriod(indication);
    const unit = t(`compare.unit.${indication.unit}.${indication.volume === 1 ? 'one' : 'other'}` as MessageKey);
    const volume = indication.volume.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB');
    indicationText = `${t(`compare.summary.${indication.frequency}` as MessageKey, { volume, unit })}, ${t('compare.summary.period', {
      start: formatDate(locale, period.start),
      end: formatDate(locale, period.end),
    })}`;
  }
  return (
    <div className="sk-shortlist-print-page">
      <p className="utrecht-paragraph sk-shortlist-screen-only">
        <Link to={`/keuzelijst/${id}`}>{t('shortlist.backToList')}</Link>
      </p>
      <PrintButton label={t('shortlist.print.professional')} />
      <ShortlistProfessionalView list={list} indicationText={indicationText} year={year} />
    </div>
  );
}
