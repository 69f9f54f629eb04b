// `/verifier/{reference}?code=…`: public; what GET /v1/verify says about an issued RIR, in words.
import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { ApiError } from '../api/index.ts';
import { useT } from '../i18n/index.ts';
import { ErrorNotice } from '../layout/ErrorNotice.tsx';
import { Loading } from '../layout/Loading.tsx';
import { Page } from '../layout/Page.tsx';
import { useServices } from '../services.tsx';

export default function Verify() {
  const { t, date } = useT();
  const { calls } = useServices();
  const { reference = '' } = useParams();
  const [search] = useSearchParams();
  const code = search.get('code') ?? '';
  const verification = useQuery({
    queryKey: ['verify', reference, code],
    queryFn: () => calls.verify(reference, code),
    enabled: Boolean(code),
  });
  const status = verification.error instanceof ApiError ? verification.error.status : undefined;
  const result = verification.data;
  return (
    <Page title={t('verify.title')}>
      <p>{t('verify.intro', { reference })}</p>
      {!code && (
        <p className="notice notice--error" role="alert">
          {t('verify.missingCode')}
        </p>
      )}
      {code && verification.isPending && <Loading />}
      {status === 404 && (
        <p className="notice notice--error" role="alert">
          {t('verify.notFound')}
        </p>
      )}
      {status === 429 && (
        <p className="notice notice--error" role="alert">
          {t('verify.tooMany', {
            minutes: Math.max(1, Math.ceil(((verification.error as ApiError).retryAfter ?? 600) / 60)),
          })}
        </p>
      )}
      {verification.isError && status !== 404 && status !== 429 && (
        <ErrorNotice onRetry={() => void verification.refetch()} />
      )}
      {result && (
        <div className="card verification" role="status">
          <p className="notice notice--success">{t('verify.authentic')}</p>
          <p>{t('verify.holder', result.holder)}</p>
          <p>{t(`verify.identification.${result.holderIdentification}`)}</p>
          <p>{t(`verify.status.${result.licenceStatus}`)}</p>
          {result.statusChangedSinceIssue && <p className="notice notice--warning">{t('verify.changed')}</p>}
          <p>
            {t('verify.categories', {
              categories: result.categories
                .map((category) => (typeof category === 'string' ? category : category.code))
                .join(', '),
            })}
          </p>
          <p>
            {t('verify.issued', { issuedAt: date(result.issuedAt), validUntil: date(result.validUntil) })}
          </p>
          <p>{t(result.withinValidity ? 'verify.withinValidity' : 'verify.expired')}</p>
        </div>
      )}
    </Page>
  );
}
