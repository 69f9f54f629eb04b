// The language of an answer: French unless the request's Accept-Language prefers English (RFC 9110 §12.5.4).
export type Language = 'fr' | 'en';
export type Localised = { readonly fr: string; readonly en: string };

/** The best of French and English for an Accept-Language header; French when neither is asked for. */
export function preferredLanguage(acceptLanguage: string | undefined): Language {
  let best: { language: Language; quality: number } = { language: 'fr', quality: 0 };
  for (const range of (acceptLanguage ?? '').split(',')) {
    const [tag = '', ...parameters] = range.trim().toLowerCase().split(';');
    const q = parameters.map((parameter) => /^\s*q=([0-9.]+)\s*$/.exec(parameter)?.[1]).find(Boolean);
    const quality = q === undefined ? 1 : Number(q);
    const language =
      tag === 'en' || tag.startsWith('en-') ? 'en' : tag === 'fr' || tag.startsWith('fr-') ? 'fr' : undefined;
    // Ties go to French, the service's language.
    if (language && quality > best.quality) best = { language, quality };
    else if (language === 'fr' && quality === best.quality) best = { language, quality };
  }
  return best.language;
}

export const textIn = (text: Localised, language: Language): string => text[language];
