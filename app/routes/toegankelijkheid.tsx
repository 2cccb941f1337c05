import type { MetaFunction } from '@remix-run/node';
import { Heading, ListItem, Paragraph, UnorderedList } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { metaTranslator, type PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['a11y'];

export const meta: MetaFunction = ({ matches }) => {
  const { t, municipality } = metaTranslator(matches);
  return [{ title: `${t('a11y.title')} | Sociale Kaart` }, { name: 'description', content: t('a11y.intro', { municipality }) }];
};

export default function AccessibilityStatement() {
  const { t, municipality } = useTranslation();
  return (
    <article aria-labelledby="verklaring">
      <Heading level={1} id="verklaring">
        {t('a11y.title')}
      </Heading>
      <Paragraph lead>{t('a11y.intro', { municipality })}</Paragraph>
      <Heading level={2}>{t('a11y.standard.title')}</Heading>
      <Paragraph>{t('a11y.standard.text')}</Paragraph>
      <Heading level={2}>{t('a11y.measures.title')}</Heading>
      <UnorderedList>
        <ListItem>{t('a11y.measures.1')}</ListItem>
        <ListItem>{t('a11y.measures.2')}</ListItem>
        <ListItem>{t('a11y.measures.3')}</ListItem>
        <ListItem>{t('a11y.measures.4')}</ListItem>
      </UnorderedList>
      <Heading level={2}>{t('a11y.status.title')}</Heading>
      <Paragraph>{t('a11y.status.text')}</Paragraph>
      <Heading level={2}>{t('a11y.contact.title')}</Heading>
      <Paragraph>{t('a11y.contact.text')}</Paragraph>
    </article>
  );
}
