// `/`: signed out, what the service offers and the two ways to sign in; signed in, on to the
// points, or to the first connection while no licence is linked.
import { Navigate } from 'react-router';
import { useMe } from '../api/queries.ts';
import { useAuth, type SignInPath } from '../auth/index.ts';
import { FranceConnectButton } from '../components/FranceConnectButton.tsx';
import { useT } from '../i18n/index.ts';
import { ErrorNotice } from '../layout/ErrorNotice.tsx';
import { Loading } from '../layout/Loading.tsx';
import { Page } from '../layout/Page.tsx';

function SignedIn() {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorNotice onRetry={() => void me.refetch()} />;
  return <Navigate to={me.data.licence ? '/mes-points' : '/premiere-connexion'} replace />;
}

export function Home() {
  const { t, language } = useT();
  const { auth, user, ready } = useAuth();
  if (!ready) return <Loading />;
  if (user) return <SignedIn />;
  const signIn = (path: SignInPath) => void auth.signIn(path, language);
  return (
    <Page title={t('home.title')}>
      <p className="lead">{t('home.intro')}</p>
      <ul className="benefits">
        <li>{t('home.benefits.balance')}</li>
        <li>{t('home.benefits.dates')}</li>
        <li>{t('home.benefits.simulate')}</li>
      </ul>
      <section className="card sign-in" aria-labelledby="sign-in-heading">
        <h2 id="sign-in-heading">{t('home.signInHeading')}</h2>
        <FranceConnectButton onPress={() => signIn('franceconnect')} />
        <p className="separator" aria-hidden="true">
          {t('home.or')}
        </p>
        <button type="button" className="button button--secondary" onClick={() => signIn('email')}>
          {t('home.email')}
        </button>
        <p className="hint">{t('home.emailHelp')}</p>
      </section>
    </Page>
  );
}
