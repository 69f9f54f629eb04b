// `/auth/logged-out`: FranceConnect sends the browser back here after its logout, with the state the
// bridge gave. The right state goes on to the pool's logout; any other return signs out of nothing
// by itself (it could be a forged link) and offers to finish signing out.
import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useAuth } from '../auth/index.ts';
import { useT } from '../i18n/index.ts';
import { Loading } from '../layout/Loading.tsx';
import { Page } from '../layout/Page.tsx';

export default function LoggedOut() {
  const { t } = useT();
  const { auth } = useAuth();
  const [unconfirmed, setUnconfirmed] = useState(false);
  const checked = useRef(false);
  useEffect(() => {
    // The state is good once: StrictMode's second run must not check it again.
    if (checked.current) return;
    checked.current = true;
    const state = new URLSearchParams(window.location.search).get('state');
    if (!auth.completeFranceConnectLogout(state)) setUnconfirmed(true);
  }, [auth]);
  return (
    <Page title={t('loggedOut.title')}>
      {unconfirmed ? (
        <div className="notice notice--error" role="alert">
          <p>{t('loggedOut.unconfirmed')}</p>
          <Button className="button" onPress={() => auth.endPoolSession()}>
            {t('loggedOut.finish')}
          </Button>
        </div>
      ) : (
        <Loading />
      )}
    </Page>
  );
}
