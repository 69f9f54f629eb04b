// Any other address.
import { Link } from 'react-router';
import { useT } from '../i18n/index.ts';
import { Page } from '../layout/Page.tsx';

export default function NotFound() {
  const { t } = useT();
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.text')}</p>
      <Link to="/">{t('notFound.home')}</Link>
    </Page>
  );
}
