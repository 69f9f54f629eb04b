// `/auth/callback`: the pool sends the browser back here with the code; exchanged (PKCE), then home.
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../auth/index.ts';
import { useT } from '../i18n/index.ts';
import { Loading } from '../layout/Loading.tsx';
import { Page } from '../layout/Page.tsx';

export default function AuthCallback() {
  const { t } = useT();
  const { auth } = useAuth();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  const started = useRef(false);
  useEffect(() => {
    // The code is good once: StrictMode's second run must not spend it again.
    if (started.current) return;
    started.current = true;
    auth.completeSignIn().then(
      (next) => void navigate(next, { replace: true }),
      () => setFailed(true),
    );
  }, [auth, navigate]);
  return (
    <Page title={t('callback.title')}>
      {failed ? (
        <div className="notice notice--error" role="alert">
          <p>{t('callback.failed')}</p>
          <Link to="/">{t('callback.back')}</Link>
        </div>
      ) : (
        <Loading />
      )}
    </Page>
  );
}
