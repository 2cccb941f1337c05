/** /ervaringen/verstuurd — thanks after a review written with an invitation code (no account). */
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { Heading, Link, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { getReviewTarget } from '../models/review-write.server';
import { getViewer } from '../utils/auth.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['accepting', 'kind', 'language', 'law', 'location', 'reviews.backTo', 'reviews.error', 'reviews.sent', 'search.age', 'search.facet', 'search.filter', 'search.markAtLeast', 'search.openNow', 'search.sort', 'search.waitingAtMost'];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await getViewer(request, context);
  const slug = new URL(request.url).searchParams.get('aanbieder')?.slice(0, 200) ?? '';
  const target = slug ? getReviewTarget(getDb(), slug) : undefined;
  return {
    title: translate(getLocale(request), 'reviews.sent.title'),
    signedIn: viewer.userId !== null,
    organization: target ? { name: target.organization.name, slug: target.organization.slug } : null,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

export default function ReviewSent() {
  const { signedIn, organization } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <article aria-labelledby="bedankt">
      <Heading level={1} id="bedankt">
        {t('reviews.sent.title')}
      </Heading>
      <Paragraph lead>{t('reviews.sent.text')}</Paragraph>
      {signedIn ? (
        <Paragraph>
          {t('reviews.sent.mine')} <Link to="/mijn-ervaringen">{t('reviews.sent.toMine')}</Link>
        </Paragraph>
      ) : null}
      <Paragraph>
        {organization ? (
          <Link to={`/aanbieders/${organization.slug}`}>{t('reviews.backTo', { name: organization.name })}</Link>
        ) : (
          <Link to="/">{t('reviews.sent.home')}</Link>
        )}
      </Paragraph>
    </article>
  );
}
