import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { SetPasswordPage } from '../components/set-password-page';
import { useTranslation } from '../components/use-translation';
import { isResidentRole } from '../domain/visibility';
import { setPasswordAction, setPasswordLoader } from '../utils/set-password.server';
import { forwardHeaders } from '../utils/forward-headers';
import type { PageMessages } from '../i18n/messages';

/** The messages this page shows (app/i18n/route-messages.server.ts; server-only: not a browser route export). */
export const messages: PageMessages = ['form', 'invitation', 'password', 'register.link', 'reset', 'role', 'v'];

/** The link itself is the guard: valid, unused and not expired, or the page says so. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  return setPasswordLoader(request, context, params.token ?? '', 'invitation', 'invitation.title');
}

/** Retry-After, Set-Cookie and Cache-Control from the loader or action reach the HTML response too. */
export const headers = forwardHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ''} | Sociale Kaart` }, { name: 'robots', content: 'noindex' }];

export async function action({ request, params, context }: ActionFunctionArgs) {
  return setPasswordAction(request, context, params.token ?? '', 'invitation');
}

export default function AcceptInvitation() {
  const { account } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <SetPasswordPage
      title={t('invitation.title')}
      intro={
        !account
          ? ''
          : isResidentRole(account.role)
            ? t('register.link.intro', { email: account.email })
            : t('invitation.intro', { email: account.email, role: t(`role.${account.role}`) })
      }
      submitLabel={t('invitation.submit')}
      lastResult={lastResult}
      invalid={account ? null : { title: t('invitation.invalid.title'), text: t('invitation.invalid.text') }}
    />
  );
}
