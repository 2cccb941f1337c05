/**
 * A component rendered as the server renders a page: in a data router (Remix's `Form` and `Link`
 * need one) whose root loader sends the messages of the given prefixes (none by default) in the
 * given language, with the municipality's name.
 */
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router-dom/server';
import type { Locale } from '../../app/domain/enums';
import { selectMessages } from '../../app/i18n/route-messages.server';

export async function renderInPage(element: ReactElement, prefixes: readonly string[] = [], locale: Locale = 'nl'): Promise<string> {
  const messages = JSON.stringify(selectMessages(locale, prefixes, true));
  const handler = createStaticHandler([{ id: 'root', path: '/', loader: () => ({ locale, messages, municipality: 'Vlietstede' }), element }]);
  const context = await handler.query(new Request('http://localhost/'));
  if (context instanceof Response) throw new Error('unexpected response');
  return renderToString(<StaticRouterProvider router={createStaticRouter(handler.dataRoutes, context)} context={context} hydrate={false} />);
}
