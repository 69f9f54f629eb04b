// French by default, English on request: react-intl with the two catalogues, the choice kept in
// this browser, and the page's `lang` kept in step for assistive technologies.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { calendarDateInWords } from './calendar-date.ts';
import { en } from './en.ts';
import { fr, type MessageId } from './fr.ts';

export type Language = 'fr' | 'en';
const catalogues: Record<Language, Record<MessageId, string>> = { fr, en };
const STORAGE_KEY = 'permis-points:language';

const LanguageContext = createContext<{ language: Language; setLanguage: (language: Language) => void }>({
  language: 'fr',
  setLanguage: () => {},
});

function storedLanguage(): Language {
  return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'fr';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(storedLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    window.localStorage.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);
  return (
    <LanguageContext.Provider value={{ language, setLanguage }}>
      <IntlProvider locale={language} messages={catalogues[language]} defaultLocale="fr">
        {children}
      </IntlProvider>
    </LanguageContext.Provider>
  );
}

export const useLanguage = () => useContext(LanguageContext);

/** The language now chosen, for code outside React (API requests). */
export const currentLanguage = (): Language => storedLanguage();

export type Values = Record<string, string | number>;

/** `t(id, values)`: a catalogue message; `date(iso)`: a `YYYY-MM-DD` date in words. */
export function useT() {
  const intl = useIntl();
  const t = useCallback((id: MessageId, values?: Values) => intl.formatMessage({ id }, values), [intl]);
  const date = useCallback((iso: string) => calendarDateInWords(intl, iso), [intl]);
  return { t, date, language: intl.locale as Language };
}
