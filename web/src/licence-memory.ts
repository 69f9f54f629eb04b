// Remembers, in this browser, that an account had a licence linked: if the API later shows none
// without the user removing it, the link was displaced by a FranceConnect holder (CONTRACT.md §2
// "Linking"), and the first-connection page says so instead of starting over silently.
const key = (sub: string) => `permis-points:had-licence:${sub}`;

export const licenceMemory = {
  remember: (sub: string) => window.localStorage.setItem(key(sub), '1'),
  forget: (sub: string) => window.localStorage.removeItem(key(sub)),
  had: (sub: string) => window.localStorage.getItem(key(sub)) === '1',
};
