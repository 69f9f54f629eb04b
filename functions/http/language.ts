// The language of an answer: French unless the request's Accept-Language prefers English (RFC 9110 §12.5.4),
// as @middy/http-content-negotiation ranks it.
export type Language = 'fr' | 'en';
export type Localised = { readonly fr: string; readonly en: string };
