import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useLoaderData } from '@remix-run/react';
import { Button } from '../components/form';
import { Heading, Paragraph } from '../components/typography';
import { useTranslation } from '../components/use-translation';
import { getDb } from '../db.server';
import { translate } from '../i18n';
import { getLocale } from '../i18n/locale.server';
import { deleteSessionByToken } from '../models/session.server';
import { recordSignOut } from '../models/user.server';
import { getUser } from '../utils/auth.server';
import { requestMeta } from '../utils/request-meta.server';
import { clearSessionCookie, readSessionToken } from '../utils/session-cookie.server';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['signOut'];

/** A page with one button, for a visitor who follows a link here (signing out is a POST). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getUser(request, context);
  return { title: translate(getLocale(request), 'signOut.title'), signedIn: Boolean(user) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }];

/** Ends the session on the server and clears the cookie, whatever state the session was in. */
export async function action({ request, context }: ActionFunctionArgs) {
  const user = await getUser(request, context);
  const db = getDb();
  if (user) recordSignOut(db, user, requestMeta(request, context));
  deleteSessionByToken(db, readSessionToken(request));
  return redirect('/inloggen?melding=uitgelogd', {
    headers: { 'Set-Cookie': clearSessionCookie(), 'Cache-Control': 'no-store' },
  });
}

export default function SignOut() {
  const { signedIn } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="sk-narrow">
      <Heading level={1}>{t('signOut.title')}</Heading>
      {signedIn ? (
        <Form method="post" action="/uitloggen" reloadDocument>
          <Paragraph>{t('signOut.question')}</Paragraph>
          <Button type="submit">{t('signOut.submit')}</Button>
        </Form>
      ) : (
        <Paragraph>{t('signOut.notSignedIn')}</Paragraph>
      )}
    </div>
  );
}
