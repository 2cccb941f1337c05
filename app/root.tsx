import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import type { ShouldRevalidateFunction } from '@remix-run/react';
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  ScrollRestoration,
  useRouteError,
  useRouteLoaderData,
} from '@remix-run/react';
import type { ReactNode } from 'react';
// One style sheet for every page: the trimmed Utrecht CSS (scripts/css/trim-utrecht.ts) and ours.
import siteCss from './styles/site.css';
import { PageShell } from './components/page-shell';
import { Heading, Paragraph } from './components/typography';
import { useTranslation, type RootData } from './components/use-translation';
import { getEnv } from './env.server';
import { getLocale } from './i18n/locale.server';
import { packedMessagesForPage } from './i18n/route-messages.server';
import type { PageMessages } from './i18n/messages';
import { useNonce } from './components/nonce';
import { LayoutMessagesScript, useLayoutMessages } from './components/layout-messages';
import { getUser, headerUser } from './utils/auth.server';
import { servesDemo } from './utils/demo.server';
import { DemoBanner } from './components/demo-banner';
import { HydrationScripts } from './components/hydration-scripts';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: siteCss },
  // A PNG, not the SVG it is drawn from (public/favicon.svg): Chromium renders an SVG icon as an
  // isolated SVG document on the page's main thread, 5–16 ms after the first paint (ADR 030).
  { rel: 'icon', href: '/favicon.png', type: 'image/png', sizes: '32x32' },
];

export const meta: MetaFunction = () => [{ title: 'Sociale Kaart' }];

/** The messages of the layout around every page; routes add theirs (app/i18n/route-messages.server.ts). */
export const messages: PageMessages = ['app', 'skip', 'nav', 'lang', 'footer', 'error', 'header', 'demo'];

/** The root sends the messages of the page, so it runs again whenever the page changes. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, formMethod, defaultShouldRevalidate }) =>
  currentUrl.pathname !== nextUrl.pathname ||
  // After a change (sign-in, sign-out, a post) Remix's own rule; a search or filter change (GET on
  // the same page) keeps the root's data: its messages, user and language stay the same.
  (formMethod !== undefined && formMethod.toUpperCase() !== 'GET' && defaultShouldRevalidate);

export async function loader({ request, context }: LoaderFunctionArgs): Promise<RootData> {
  const user = await getUser(request, context);
  return {
    locale: getLocale(request),
    messages: packedMessagesForPage(getLocale(request), request, context.routes, user?.role ?? null),
    municipality: getEnv().MUNICIPALITY_NAME,
    user: headerUser(user),
    demo: servesDemo(),
  };
}

/** The document around every page, the error pages included, so errors keep the layout. */
export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData('root') as RootData | undefined;
  const layout = useLayoutMessages();
  const nonce = useNonce();
  return (
    <html lang={data?.locale ?? layout?.locale ?? 'nl'} className="utrecht-theme sk-theme">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="utrecht-body utrecht-surface">
        {!data && layout ? <LayoutMessagesScript value={layout} nonce={nonce} /> : null}
        <DemoBanner />
        <PageShell>{children}</PageShell>
        <ScrollRestoration nonce={nonce} />
        <HydrationScripts nonce={nonce} afterPaint={!data?.user} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  return <ErrorContent error={error} />;
}

/** A Dutch (or English) error page: 404, 403 or a general error, never a stack trace. */
export function ErrorContent({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const [title, text] =
    status === 404
      ? (['error.notFound.title', 'error.notFound.text'] as const)
      : status === 403
        ? (['error.forbidden.title', 'error.forbidden.text'] as const)
        : (['error.generic.title', 'error.generic.text'] as const);
  return (
    <div className="sk-error" data-status={status}>
      <title>{t(title)}</title>
      <Heading level={1}>{t(title)}</Heading>
      <Paragraph>{t(text)}</Paragraph>
      <Paragraph>
        <a className="utrecht-link utrecht-link--html-a" href="/">
          {t('error.backHome')}
        </a>
      </Paragraph>
    </div>
  );
}
