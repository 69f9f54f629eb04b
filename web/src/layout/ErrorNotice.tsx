// A failed read: what happened, in words, and a way to try again.
import { useT } from '../i18n/index.ts';

export function ErrorNotice({ onRetry }: { onRetry?: () => void }) {
  const { t } = useT();
  return (
    <div className="notice notice--error" role="alert">
      <p>{t('app.error')}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}
