// Public face of web/src/i18n: the message catalogues and their hooks.
export { currentLanguage, I18nProvider, useLanguage, useT, type Language, type Values } from './i18n.tsx';
export type { MessageId } from './fr.ts';
