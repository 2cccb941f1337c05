/** /gedragscode — the published code of conduct for reviews (B1 Dutch, English alongside). */
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { Heading, ListItem, Paragraph, UnorderedList } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { conductRules } from '../domain/reviews';
import { translate, type MessageKey } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { getViewer } from '../utils/auth.server';
import { metaTranslator, type PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['conduct', 'reviews.rule'];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await getViewer(request, context);
  return { title: translate(getLocale(request), 'conduct.title') };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: `${data?.title ?? ''} | Sociale Kaart` },
  { name: 'description', content: metaTranslator(matches).t('conduct.intro') },
];

const sections = ['check', 'verified', 'rejected', 'report', 'averages', 'privacy'] as const;

export default function CodeOfConduct() {
  useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <article aria-labelledby="gedragscode">
      <Heading level={1} id="gedragscode">
        {t('conduct.title')}
      </Heading>
      <Paragraph lead>{t('conduct.intro')}</Paragraph>
      <Heading level={2} id="regels">
        {t('conduct.rules.title')}
      </Heading>
      <UnorderedList aria-labelledby="regels">
        {conductRules.map((rule) => (
          <ListItem key={rule} id={`regel-${rule}`}>
            <strong>{t(`reviews.rule.${rule}` as MessageKey)}.</strong> {t(`conduct.rule.${rule}` as MessageKey)}
          </ListItem>
        ))}
      </UnorderedList>
      {sections.map((section) => (
        <section key={section} aria-labelledby={`gedragscode-${section}`}>
          <Heading level={2} id={`gedragscode-${section}`}>
            {t(`conduct.${section}.title` as MessageKey)}
          </Heading>
          <Paragraph>{t(`conduct.${section}.text` as MessageKey)}</Paragraph>
        </section>
      ))}
    </article>
  );
}
