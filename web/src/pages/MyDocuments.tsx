// `/mes-documents`: generate, list and download the RIR (and the RII for FranceConnect accounts),
// each with its verification reference.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { ApiError, type DocumentLink, type DocumentList } from '../api/index.ts';
import { queryKeys, useMe } from '../api/queries.ts';
import { useT } from '../i18n/index.ts';
import { ErrorNotice } from '../layout/ErrorNotice.tsx';
import { Loading } from '../layout/Loading.tsx';
import { Page } from '../layout/Page.tsx';
import { useServices } from '../services.tsx';

const notYetServed = (error: unknown) => error instanceof ApiError && error.status === 404;

/** A listed document; one just generated also carries its code and a first download link. */
type ShownDocument = DocumentList['items'][number] & { verificationCode?: string; download?: DocumentLink };

function DocumentItem({ document }: { document: ShownDocument }) {
  const { t, date } = useT();
  const { calls } = useServices();
  async function download() {
    const link = document.download ?? (await calls.downloadLink(document.documentId));
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
      <p>
        {document.verificationCode
          ? t('documents.reference', { reference: document.reference, code: document.verificationCode })
          : t('documents.referenceOnly', { reference: document.reference })}
      </p>
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
        {document.verificationCode && (
          <Link
            to={`/verifier/${encodeURIComponent(document.reference)}?${new URLSearchParams({ code: document.verificationCode })}`}
          >
            {t('documents.verifyLink')}
          </Link>
        )}
      </p>
    </li>
  );
}

export default function MyDocuments() {
  const { t } = useT();
  const { calls } = useServices();
  const me = useMe();
  const queryClient = useQueryClient();
  const documents = useQuery({ queryKey: queryKeys.documents, queryFn: () => calls.listDocuments() });
  // The verification code is shown once, when a document is made (only its hash is kept): the page keeps the
  // codes of the documents made while it is open, to print them beside the listed documents.
  const [madeHere, setMadeHere] = useState<
    Record<string, { verificationCode: string; download: DocumentLink }>
  >({});
  const generate = useMutation({
    mutationFn: (kind: 'rir' | 'rii') => (kind === 'rir' ? calls.generateRir() : calls.generateRii()),
    onSuccess: (made) => {
      setMadeHere((known) => ({ ...known, [made.documentId]: made }));
      return queryClient.invalidateQueries({ queryKey: queryKeys.documents });
    },
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
              <DocumentItem
                key={document.documentId}
                document={{ ...document, ...madeHere[document.documentId] }}
              />
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}
