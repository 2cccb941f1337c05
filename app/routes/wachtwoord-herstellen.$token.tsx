import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { SetPasswordPage } from '../components/set-password-page';
import { useTranslation } from '../components/use-translation';
import { setPasswordAction, setPasswordLoader } from '../utils/set-password.server';
import { forwardHeaders } from '../utils/forward-headers';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['form', 'password', 'reset', 'v'];

/** The link itself is the guard: valid, unused and not expired, or the page says so. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  return setPasswordLoader(request, context, params.token ?? '', 'password_reset', 'reset.title');
}

/** Retry-After, Set-Cookie and Cache-Control from the loader or action reach the HTML response too. */
export const headers = forwardHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }, { name: 'robots', content: 'noindex' }];

export async function action({ request, params, context }: ActionFunctionArgs) {
  return setPasswordAction(request, context, params.token ?? '', 'password_reset');
}

export default function ResetPassword() {
  const { account } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <SetPasswordPage
      title={t('reset.title')}
      intro={account ? t('reset.intro', { email: account.email }) : ''}
      submitLabel={t('reset.submit')}
      lastResult={lastResult}
      invalid={account ? null : { title: t('reset.invalid.title'), text: t('reset.invalid.text'), link: { to: '/wachtwoord-vergeten', label: t('reset.invalid.again') } }}
    />
  );
}
