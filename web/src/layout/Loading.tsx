// What shows while a page or its data loads: announced politely, once.
import { useT } from '../i18n/index.ts';

export function Loading() {
  const { t } = useT();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}
