// FranceConnect's standard button, in the layout of its partner kit (a dark blue block, "S'identifier
// avec" above a bold "FranceConnect", the explanation link below), drawn without its logo file or any
// other State brand asset: a State deployment can add them.
import { useT } from '../i18n/index.ts';

export function FranceConnectButton({ onPress }: { onPress: () => void }) {
  const { t } = useT();
  return (
    <div className="franceconnect">
      <button type="button" className="franceconnect__button" onClick={onPress}>
        <span className="franceconnect__prefix">{t('home.franceConnect.prefix')}</span>{' '}
        <span className="franceconnect__brand">FranceConnect</span>
      </button>
      <details className="franceconnect__help">
        <summary>{t('home.franceConnect.help')}</summary>
        <p>{t('home.franceConnect.helpText')}</p>
      </details>
    </div>
  );
}
