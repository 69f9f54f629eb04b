// `/compte`: the linked licence (and unlinking it), the alerts received, deleting the account, signing out
// (which ends the FranceConnect session too: web/src/auth).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { ReceivedAlert } from '../api/index.ts';
import { dataOf, useMe, useMyAlerts } from '../api/queries.ts';
import { useAuth } from '../auth/index.ts';
import { dayInParis, timeInParis } from '../dates.ts';
import { useT } from '../i18n/index.ts';
import { ErrorNotice } from '../layout/ErrorNotice.tsx';
import { Loading } from '../layout/Loading.tsx';
import { Page } from '../layout/Page.tsx';
import { licenceMemory } from '../licence-memory.ts';
import { useServices } from '../services.tsx';

/** One alert: its subject and when it was sent, its text on request. Alerts are written in French. */
function AlertItem({ alert }: { alert: ReceivedAlert }) {
  const { t, date, language } = useT();
  const written = language === 'fr' ? undefined : 'fr';
  return (
    <li className="alert-item">
      <details>
        <summary>
          <span lang={written} className="alert-item__subject">
            {alert.subject}
          </span>{' '}
          <span className="alert-item__sent">
            {t('account.alertSent', {
              date: date(dayInParis(alert.sentAt)),
              time: timeInParis(alert.sentAt),
            })}
          </span>
        </summary>
        <p lang={written} className="alert-item__text">
          {alert.text}
        </p>
      </details>
    </li>
  );
}

function ReceivedAlerts() {
  const { t } = useT();
  const alerts = useMyAlerts();
  return (
    <section aria-labelledby="alerts-heading" className="card">
      <h2 id="alerts-heading">{t('account.alertsHeading')}</h2>
      <p>{t('account.alerts')}</p>
      {alerts.isPending ? (
        <Loading />
      ) : alerts.isError ? (
        <ErrorNotice onRetry={() => void alerts.refetch()} />
      ) : alerts.data.items.length === 0 ? (
        <p>{t('account.noAlerts')}</p>
      ) : (
        <ul className="alert-list" aria-labelledby="alerts-heading">
          {alerts.data.items.map((alert) => (
            <AlertItem key={`${alert.sentAt}-${alert.kind}`} alert={alert} />
          ))}
        </ul>
      )}
    </section>
  );
}

export default function Account() {
  const { t } = useT();
  const { api, calls } = useServices();
  const { auth, user } = useAuth();
  const me = useMe();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<'unlink' | 'delete' | undefined>();
  const sub = user?.profile.sub ?? '';
  const unlink = useMutation({
    mutationFn: () => dataOf(api.DELETE('/v1/me/licence')),
    onSuccess: async () => {
      licenceMemory.forget(sub);
      setConfirming(undefined);
      await queryClient.invalidateQueries();
    },
  });
  const signOut = useMutation({
    mutationFn: (options?: { thisServiceOnly: boolean }) => auth.signOut(options),
  });
  const remove = useMutation({
    mutationFn: () => calls.deleteAccount(),
    onSuccess: async () => {
      licenceMemory.forget(sub);
      await auth.signOut();
    },
  });

  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorNotice onRetry={() => void me.refetch()} />;
  const { licence, identityProvider } = me.data;
  return (
    <Page title={t('account.title')}>
      <p>
        {t(
          identityProvider === 'franceconnect'
            ? 'account.signedInWith.franceconnect'
            : 'account.signedInWith.email',
        )}
      </p>
      <section aria-labelledby="licence-heading" className="card">
        <h2 id="licence-heading">{t('account.licenceHeading')}</h2>
        {unlink.isSuccess && <p role="status">{t('account.unlinked')}</p>}
        {licence ? (
          <>
            <p>
              {t('account.licence', {
                number: licence.licenceNumber,
                format: t(licence.format === 'eu-card' ? 'link.format.eu' : 'link.format.pink'),
                assurance: t(
                  (licence.assurance ?? (identityProvider === 'franceconnect' ? 'verified' : 'declared')) ===
                    'verified'
                    ? 'account.assurance.verified'
                    : 'account.assurance.declared',
                ),
              })}
            </p>
            {confirming === 'unlink' ? (
              <div className="actions">
                <Button
                  className="button button--danger"
                  onPress={() => unlink.mutate()}
                  isDisabled={unlink.isPending}
                >
                  {t('account.unlinkConfirm')}
                </Button>
                <Button className="button button--secondary" onPress={() => setConfirming(undefined)}>
                  {t('account.cancel')}
                </Button>
              </div>
            ) : (
              <Button className="button button--secondary" onPress={() => setConfirming('unlink')}>
                {t('account.unlink')}
              </Button>
            )}
          </>
        ) : (
          !unlink.isSuccess && <p>{t('account.noLicence')}</p>
        )}
        {unlink.isError && <ErrorNotice />}
      </section>
      <ReceivedAlerts />
      <section aria-labelledby="delete-heading" className="card">
        <h2 id="delete-heading">{t('account.deleteHeading')}</h2>
        <p>{t('account.deleteText')}</p>
        {confirming === 'delete' ? (
          <div className="actions">
            <Button
              className="button button--danger"
              onPress={() => remove.mutate()}
              isDisabled={remove.isPending}
            >
              {t('account.deleteConfirm')}
            </Button>
            <Button className="button button--secondary" onPress={() => setConfirming(undefined)}>
              {t('account.cancel')}
            </Button>
          </div>
        ) : (
          <Button className="button button--danger" onPress={() => setConfirming('delete')}>
            {t('account.delete')}
          </Button>
        )}
        {remove.isError && <ErrorNotice />}
      </section>
      <Button className="button" onPress={() => signOut.mutate(undefined)} isDisabled={signOut.isPending}>
        {t('account.signOut')}
      </Button>
      {signOut.isError && (
        <div className="notice notice--error" role="alert">
          <p>{t('account.signOutFailed')}</p>
          <Button
            className="button button--secondary"
            onPress={() => signOut.mutate({ thisServiceOnly: true })}
          >
            {t('account.signOutHere')}
          </Button>
        </div>
      )}
    </Page>
  );
}
