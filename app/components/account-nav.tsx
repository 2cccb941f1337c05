/**
 * The header's account links: "Inloggen" for visitors; "Beheer" for professionals, "Mijn
 * account" and an "Uitloggen" button (a POST form, so it works without JavaScript) for
 * everyone signed in.
 */
import { NavLink, useLocation } from '@remix-run/react';
import { useTranslation, useRootUser } from './use-translation';

const authPaths = ['/inloggen', '/registreren', '/uitloggen', '/wachtwoord-vergeten'];

export function AccountLinks({ navClass }: { navClass: (state: { isActive: boolean }) => string }) {
  const { t } = useTranslation();
  const user = useRootUser();
  const location = useLocation();
  if (!user) {
    const here = `${location.pathname}${location.search}`;
    const back = authPaths.some((p) => location.pathname.startsWith(p)) || here === '/' ? '' : `?terug=${encodeURIComponent(here)}`;
    return (
      <li>
        <NavLink to={`/inloggen${back}`} className={navClass} data-testid="sign-in-link">
          {t('header.signIn')}
        </NavLink>
      </li>
    );
  }
  const { professional } = user;
  return (
    <>
      {professional ? (
        <li>
          <NavLink to="/beheer" className={navClass}>
            {t('header.admin')}
          </NavLink>
        </li>
      ) : null}
      <li>
        <NavLink to="/account" className={navClass} title={t('header.signedInAs', { name: user.name })}>
          {t('header.account')}
        </NavLink>
      </li>
      <li>
        <form method="post" action="/uitloggen" className="sk-nav__form">
          <button type="submit" className="sk-nav__link sk-nav__button" data-testid="sign-out-button">
            {t('header.signOut')}
          </button>
        </form>
      </li>
    </>
  );
}
