// Every page's frame: a skip link, the header (service name, language switch, navigation when
// signed in), one main landmark, the footer.
import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { useMe } from '../api/queries.ts';
import { useAuth } from '../auth/index.ts';
import { useLanguage, useT, type MessageId } from '../i18n/index.ts';

// The licence pages are offered once a licence is linked; the account always.
const licenceLinks: [string, MessageId][] = [
  ['/mes-points', 'nav.points'],
  ['/simulateur', 'nav.simulator'],
  ['/mes-documents', 'nav.documents'],
];
const accountLink: [string, MessageId] = ['/compte', 'nav.account'];

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useT();
  const { user } = useAuth();
  const me = useMe(Boolean(user));
  const links = me.data?.licence ? [...licenceLinks, accountLink] : [accountLink];
  const { language, setLanguage } = useLanguage();
  const other = language === 'fr' ? 'en' : 'fr';
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <div className="site-header__bar">
          <Link to="/" className="site-name">
            {t('app.name')}
          </Link>
          <button
            type="button"
            className="language-switch"
            lang={other}
            aria-label={t('lang.switchLabel')}
            onClick={() => setLanguage(other)}
          >
            {t('lang.switch')}
          </button>
        </div>
        {user && (
          <nav aria-label={t('nav.label')} className="site-nav">
            <ul>
              {links.map(([to, id]) => (
                <li key={to}>
                  <NavLink to={to}>{t(id)}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
