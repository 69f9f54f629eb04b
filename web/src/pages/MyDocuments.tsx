// `/mes-documents`: generate, list and download the RIR (and the RII for FranceConnect accounts),
// each with its verification reference.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { ApiError, type IssuedDocument } from '../api/index.ts';
import { queryKeys, useMe } from '../api/queries.ts';
import { useT } from '../i18n/index.ts';
import { ErrorNotice } from '../layout/ErrorNotice.tsx';
import { Loading } from '../layout/Loading.tsx';
import { Page } from '../layout/Page.tsx';
import { useServices } from '../services.tsx';

const notYetServed = (error: unknown) => error instanceof ApiError && error.status === 404;

function DocumentItem({ document }: { document: IssuedDocument }) {
  const { t, date } = useT();
  const { pending } = useServices();
  async function download() {
    const link = document.download ?? (await pending.downloadLink(document.documentId));
    window.location.assign(link.url);
  }
  return (
    <li className="document card">
      <p className="document__kind">
        {t(document.document === 'rii' ? 'documents.kind.rii' : 'documents.kind.rir')}
      </p>
      <p>
        {t('documents.item', { issuedAt: date(document.issuedAt), validUntil: date(document.validUntil) })}
      </p>
      <p>{t('documents.reference', { reference: document.reference, code: document.verificationCode })}</p>
      <p className="document__actions">
        <a
          href={`#${document.documentId}`}
          onClick={(event) => {
            event.preventDefault();
            void download();
          }}
        >
          {t('documents.download', { reference: document.reference })}
        </a>
        <Link
          to={`/verifier/${encodeURIComponent(document.reference)}?${new URLSearchParams({ code: document.verificationCode })}`}
        >
          {t('documents.verifyLink')}
        </Link>
      </p>
    </li>
  );
}

export default function MyDocuments() {
  const { t } = useT();
  const { pending } = useServices();
  const me = useMe();
  const queryClient = useQueryClient();
  const documents = useQuery({ queryKey: queryKeys.documents, queryFn: () => pending.listDocuments() });
  const generate = useMutation({
    mutationFn: (kind: 'rir' | 'rii') => (kind === 'rir' ? pending.generateRir() : pending.generateRii()),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.documents }),
  });
  const unavailable = notYetServed(documents.error) || notYetServed(generate.error);
  return (
    <Page title={t('documents.title')}>
      <p>{t('documents.intro')}</p>
      <div className="actions">
        <Button className="button" onPress={() => generate.mutate('rir')} isDisabled={generate.isPending}>
          {t('documents.generateRir')}
        </Button>
        {me.data?.identityProvider === 'franceconnect' && (
          <>
            <Button
              className="button button--secondary"
              onPress={() => generate.mutate('rii')}
              isDisabled={generate.isPending}
            >
              {t('documents.generateRii')}
            </Button>
            <p className="hint">{t('documents.riiHint')}</p>
          </>
        )}
      </div>
      {generate.data && (
        <p className="notice notice--success" role="status">
          {t('documents.generated', { reference: generate.data.reference })}
        </p>
      )}
      {unavailable && (
        <p className="notice" role="status">
          {t('points.notAvailable')}
        </p>
      )}
      {generate.isError && !unavailable && <ErrorNotice />}
      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading">{t('documents.listHeading')}</h2>
        {documents.isPending && <Loading />}
        {documents.isError && !unavailable && <ErrorNotice onRetry={() => void documents.refetch()} />}
        {(documents.data?.items.length ?? 0) === 0 && !documents.isPending && <p>{t('documents.none')}</p>}
        {documents.data && documents.data.items.length > 0 && (
          <ul className="documents">
            {documents.data.items.map((document) => (
              <DocumentItem key={document.documentId} document={document} />
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}
