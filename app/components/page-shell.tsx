import { NavLink, useLocation } from '@remix-run/react';
import type { ReactNode } from 'react';
import { useTranslation } from './use-translation';
import { AccountLinks } from './account-nav';

/** Skip link, header with navigation and language switch, main landmark, footer. */
export function PageShell({ children }: { children: ReactNode }) {
  const { t, locale, municipality } = useTranslation();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  const other = locale === 'nl' ? 'en' : 'nl';
  const navClass = ({ isActive }: { isActive: boolean }) =>
    `utrecht-link utrecht-link--html-a sk-nav__link${isActive ? ' sk-nav__link--current' : ''}`;
  return (
    <div className="utrecht-page sk-page">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
        {t('skip.toContent')}
      </a>
      <header className="utrecht-page-header sk-header">
        <div className="utrecht-page-header__content sk-header__content">
          <a className="sk-logo" href="/">
            <span className="sk-logo__municipality">{municipality}</span>
            <span className="sk-logo__name">{t('app.name')}</span>
          </a>
          <nav aria-label={t('nav.label')} className="sk-nav">
            <ul className="sk-nav__list">
              <li>
                <NavLink to="/" end className={navClass}>
                  {t('nav.home')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/zoeken" className={navClass}>
                  {t('nav.search')}
                </NavLink>
              </li>
              <AccountLinks navClass={navClass} />
              <li>
                <a
                  className="utrecht-link utrecht-link--html-a sk-nav__link"
                  href={`/taal/${other}?terug=${encodeURIComponent(here)}`}
                  hrefLang={other}
                  lang={other}
                  title={t('lang.otherHint')}
                  rel="alternate"
                  data-testid="language-switch"
                >
                  {t('lang.other')}
                </a>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="inhoud" tabIndex={-1} className="utrecht-page-content sk-main">
        {children}
      </main>
      <footer className="utrecht-page-footer sk-footer">
        <div className="utrecht-page-footer__content">
          <p className="utrecht-paragraph">{t('footer.madeBy', { municipality })}</p>
          <ul className="sk-footer__links">
            <li>
              <a className="utrecht-link utrecht-link--html-a" href="/toegankelijkheid">
                {t('nav.accessibility')}
              </a>
            </li>
          </ul>
        </div>
      </footer>
    </div>
  );
}
