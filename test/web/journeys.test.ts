// Every motorist journey of issue 12 in a real browser (Debian's Chromium), against the whole local
// runtime as `npm start` runs it: the hosted sign-in pages, FranceConnect's stand-in, the API. Each
// page and state visited passes axe-core (WCAG 2.1 A and AA) at 375 px and 1280 px and fits 320 px.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestCode } from '../../local/identity/index.ts';
import { FIRST_LOAD_BUDGET, firstLoadBytes } from '../../web/build.ts';
import { checkPage } from './support/page-checks.ts';
import { startWebRuntime, type WebRuntime } from './support/web-runtime.ts';

let web: WebRuntime;
const PASSWORD = 'Nouveau-Permis-2026!';

beforeAll(async () => {
  web = await startWebRuntime();
}, 120_000);
afterAll(async () => {
  await web?.close();
});

async function expectAccessible(page: Page, state: string) {
  const report = await checkPage(page, state);
  expect(report.violations, `axe-core on ${state}`).toEqual([]);
  expect(report.overflowAt320, `horizontal scrolling of ${state} at 320 px`).toBe(0);
}

/** Runs a journey in a fresh browser context (its own cookies and session storage). */
async function inContext(run: (page: Page, context: BrowserContext) => Promise<void>) {
  const context = await web.newContext();
  try {
    await run(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

async function signUpWithEmail(page: Page, email: string) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Se connecter avec une adresse électronique' }).click();
  await page.getByRole('link', { name: 'Créer un compte' }).click();
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  const codeField = page.getByLabel('Code reçu par courriel');
  await codeField.waitFor();
  await codeField.fill(latestCode(await web.runtime.outbox.list(), email, 'sign-up-code'));
  await page.getByRole('button', { name: 'Confirmer' }).click();
  await page.waitForURL('**/premiere-connexion');
  await heading(page, 'Ajouter mon permis').waitFor();
}

async function signInWithFranceConnect(page: Page, identityName: string) {
  await page.goto('/');
  await page.getByRole('button', { name: "S'identifier avec FranceConnect" }).click();
  await page.getByRole('button', { name: new RegExp(identityName) }).click();
  await page.waitForURL((url) => ['/premiere-connexion', '/mes-points'].includes(url.pathname));
}

async function fillLicence(
  page: Page,
  format: 'Format carte (européen)' | 'Format papier rose (3 volets)',
  licenceNumber: string,
  holder?: { familyName: string; givenNames: string; birthDate: string },
) {
  // As a person does: a click on the option's label (the radio itself is visually hidden).
  await page.locator('label', { hasText: format }).click();
  await expect(page.getByRole('radio', { name: format }).isChecked()).resolves.toBe(true);
  await page.getByRole('textbox', { name: 'Numéro de permis' }).fill(licenceNumber);
  if (holder) {
    await page.getByRole('textbox', { name: 'Nom de famille' }).fill(holder.familyName);
    await page.getByRole('textbox', { name: 'Prénoms' }).fill(holder.givenNames);
    await page.getByRole('textbox', { name: 'Date de naissance' }).fill(holder.birthDate);
  }
}

/** Presses Tab until `target` has the focus, as a keyboard user moves through the page. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>) {
  for (let presses = 0; presses < 40; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('the keyboard never reached the element');
}

/** Signs out from the account page; answers every address the browser asked for on the way. */
async function signOut(page: Page): Promise<string[]> {
  await page.getByRole('navigation').getByRole('link', { name: 'Mon compte' }).click();
  await heading(page, 'Mon compte').waitFor();
  const requested: string[] = [];
  const record = (request: { url(): string }) => void requested.push(request.url());
  page.on('request', record);
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.waitForURL((url) => url.origin === web.runtime.url && url.pathname === '/');
  await page.getByRole('button', { name: "S'identifier avec FranceConnect" }).waitFor();
  page.off('request', record);
  return requested;
}

/** Whether this browser still has a session at FranceConnect's stand-in (FranceConnect's own knowledge). */
async function signedInAtFranceConnect(context: BrowserContext) {
  const cookies = await context.cookies(web.runtime.franceConnectUrl);
  return web.runtime.identity.franceConnect.signedIn(
    cookies.map(({ name, value }) => `${name}=${value}`).join('; '),
  );
}

// A journey is a person's whole visit, hosted sign-in pages included: minutes, not seconds, on a busy machine.
describe('the web front end, in a browser', { timeout: 180_000 }, () => {
  it('loads at most 150 KB of gzipped JavaScript before the first page shows', async () => {
    const { bytes } = await firstLoadBytes();
    expect(bytes).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  });

  it('welcomes a signed-out visitor with both ways to sign in, in French, and switches to English', () =>
    inContext(async (page) => {
      await page.goto('/');
      // Counted once the page has drawn itself: count() does not wait.
      await page.getByRole('button', { name: "S'identifier avec FranceConnect" }).waitFor();
      await expect(heading(page, /./).count()).resolves.toBe(1);
      await expect(page.getByRole('main').count()).resolves.toBe(1);
      await page.getByRole('button', { name: 'Se connecter avec une adresse électronique' }).waitFor();
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
      await expectAccessible(page, 'home');
      await page.getByRole('button', { name: 'Read this site in English' }).click();
      await page.getByRole('button', { name: 'Sign in with FranceConnect' }).waitFor();
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
      await expectAccessible(page, 'home-en');
    }));

  it('signs up with an e-mail on the hosted pages, refuses a wrong number in words, links the licence, shows the points, simulates, downloads the calendar, signs out', () =>
    inContext(async (page) => {
      await signUpWithEmail(page, 'new.motorist@example.org');
      await expectAccessible(page, 'first-connection-email');

      // A wrong number is explained next to its field while it is typed.
      await fillLicence(page, 'Format carte (européen)', '2303');
      await page.getByRole('textbox', { name: 'Nom de famille' }).focus();
      await page.getByText('Ce numéro est trop court : un numéro de dossier compte 12 caractères.').waitFor();
      await expect(
        page.getByRole('textbox', { name: 'Numéro de permis' }).getAttribute('aria-invalid'),
      ).resolves.toBe('true');
      await expectAccessible(page, 'first-connection-wrong-number');

      // Camille Durand's licence (demo data), declared by this e-mail account.
      await fillLicence(page, 'Format carte (européen)', '23 03 13 200789', {
        familyName: 'Durand',
        givenNames: 'Camille',
        birthDate: '14/09/2005',
      });
      await page.getByRole('button', { name: 'Ajouter mon permis' }).click();
      await page.waitForURL('**/mes-points');
      await heading(page, 'Mes points').waitFor();
      await page.getByText(/^\d+ points? sur \d+$/).waitFor();
      await page.getByText('Votre permis est valide.').waitFor();
      await page.getByText(/^Données enregistrées jusqu’au /).waitFor();
      await expect(page.getByRole('navigation', { name: 'Navigation principale' }).count()).resolves.toBe(1);
      await expectAccessible(page, 'my-points-probation');

      // The calendar: a one-off download of the upcoming recoveries.
      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Ajouter à mon agenda' }).click();
      const file = await (await download).path();
      const { readFile } = await import('node:fs/promises');
      expect(await readFile(file, 'utf8')).toContain('BEGIN:VCALENDAR');

      // What-if: a ticket from the catalogue, its dates, the balance it would leave.
      await page.getByRole('navigation').getByRole('link', { name: 'Simulateur' }).click();
      await heading(page, 'Simuler une infraction').waitFor();
      await expectAccessible(page, 'simulator');
      await page.getByRole('button', { name: /Infraction/ }).click();
      await page.getByRole('option', { name: "Usage d'un téléphone tenu en main en conduisant" }).click();
      await page.getByRole('button', { name: 'Simuler' }).click();
      await page.getByRole('heading', { name: 'Résultat de la simulation' }).waitFor();
      await page.getByText(/^Votre solde serait de \d+ points? sur \d+\.$/).waitFor();
      await expectAccessible(page, 'simulator-result');
      // Nothing was stored: the points page still shows the balance it showed.
      await page.getByRole('navigation').getByRole('link', { name: 'Mes points' }).click();
      await page.getByText('Votre permis est valide.').waitFor();

      // The pool's logout alone: neither the bridge nor FranceConnect is asked.
      const requested = await signOut(page);
      expect(
        requested.filter(
          (url) => url.includes('/franceconnect/') || url.startsWith(web.runtime.franceConnectUrl),
        ),
      ).toEqual([]);
      expect(requested.some((url) => url.startsWith(`${web.runtime.poolUrl}/logout?`))).toBe(true);
    }));

  it('refuses a holder who does not match, then too many tries with the time to wait', () =>
    inContext(async (page) => {
      await signUpWithEmail(page, 'wrong.holder@example.org');
      const attempt = async () => {
        await fillLicence(page, 'Format carte (européen)', '240833300321', {
          familyName: 'Bernard',
          givenNames: 'Luc',
          birthDate: '02/02/2007',
        });
        await page.getByRole('button', { name: 'Ajouter mon permis' }).click();
        return page.getByRole('alert').first().textContent();
      };
      await expect(attempt()).resolves.toContain('Nous n’avons pas trouvé de permis');
      await expectAccessible(page, 'first-connection-not-matched');
      let last = '';
      for (let tries = 0; tries < 6 && !last.includes('Trop d’essais'); tries += 1) {
        await page.getByRole('button', { name: 'Ajouter mon permis' }).waitFor();
        last = (await attempt()) ?? '';
      }
      expect(last).toMatch(/Trop d’essais infructueux\. .* réessayez dans \d+ minutes?\./);
      await expectAccessible(page, 'first-connection-too-many-tries');
    }));

  it('signs in with FranceConnect, links without identity fields, shows the points and ends the FranceConnect session on sign-out', () =>
    inContext(async (page, context) => {
      await signInWithFranceConnect(page, 'Marie-Claire');
      await heading(page, 'Ajouter mon permis').waitFor();
      await expect(page.getByRole('textbox', { name: 'Nom de famille' }).count()).resolves.toBe(0);
      await expectAccessible(page, 'first-connection-franceconnect');
      await fillLicence(page, 'Format carte (européen)', '100569100123');
      await page.getByRole('button', { name: 'Ajouter mon permis' }).click();
      await heading(page, 'Mes points').waitFor();
      await page.getByText(/^11 points sur 12$/).waitFor();
      await page.getByRole('heading', { name: 'Récupérations à venir' }).waitFor();
      await page
        .getByText(/règle des six mois/)
        .first()
        .waitFor();
      await expectAccessible(page, 'my-points');
      await page.getByText('Voir les valeurs en tableau').click();
      await page.getByRole('table').waitFor();
      await expectAccessible(page, 'my-points-table');

      await page.getByRole('navigation').getByRole('link', { name: 'Mon compte' }).click();
      await heading(page, 'Mon compte').waitFor();
      await expectAccessible(page, 'account');
      await expect(signedInAtFranceConnect(context)).resolves.toBe(true);
      const requested = await signOut(page);
      // FranceConnect's logout, with the id token the bridge kept, back to the web, then the pool's.
      const endSession = requested.find((url) =>
        url.startsWith(`${web.runtime.identity.franceConnect.issuer}/session/end?`),
      );
      expect(new URL(String(endSession)).searchParams.get('id_token_hint')).toBeTruthy();
      const back = requested.findIndex((url) => url.startsWith(`${web.runtime.url}/auth/logged-out?state=`));
      const poolLogout = requested.findIndex((url) => url.startsWith(`${web.runtime.poolUrl}/logout?`));
      expect(back).toBeGreaterThan(-1);
      expect(poolLogout).toBeGreaterThan(back);
      await expect(signedInAtFranceConnect(context)).resolves.toBe(false);
      // Signed out of both: signing in again asks FranceConnect which identity.
      await page.getByRole('button', { name: "S'identifier avec FranceConnect" }).click();
      await page.getByRole('button', { name: /Marie-Claire/ }).waitFor();
    }));

  it('does not finish by itself a sign-out that comes back from FranceConnect with a state it did not start', () =>
    inContext(async (page) => {
      await page.goto('/auth/logged-out?state=forged');
      await heading(page, 'Déconnexion').waitFor();
      await page
        .getByRole('alert')
        .getByText(/n’a pas pu être rattaché à une déconnexion/)
        .waitFor();
      expect(page.url()).toBe(`${web.runtime.url}/auth/logged-out?state=forged`);
      await expectAccessible(page, 'logged-out-unconfirmed');
      await page.getByRole('button', { name: 'Terminer la déconnexion' }).click();
      await page.waitForURL((url) => url.origin === web.runtime.url && url.pathname === '/');
    }));

  it('tells an e-mail account whose declared link a FranceConnect holder displaced, among its alerts too', () =>
    inContext(async (declaredPage) => {
      // Jean Martin's licence (demo data), first declared by an e-mail account.
      await signUpWithEmail(declaredPage, 'not.jean@example.org');
      await fillLicence(declaredPage, 'Format papier rose (3 volets)', '030975000456', {
        familyName: 'Martin',
        givenNames: 'Jean',
        birthDate: '03/11/1985',
      });
      await declaredPage.getByRole('button', { name: 'Ajouter mon permis' }).click();
      await heading(declaredPage, 'Mes points').waitFor();

      // Jean signs in with FranceConnect and links it: a verified link wins.
      const holderContext = await web.newContext();
      try {
        const holderPage = await holderContext.newPage();
        await signInWithFranceConnect(holderPage, 'Jean');
        await fillLicence(holderPage, 'Format papier rose (3 volets)', '030975000456');
        await holderPage.getByRole('button', { name: 'Ajouter mon permis' }).click();
        await heading(holderPage, 'Mes points').waitFor();
      } finally {
        await holderContext.close();
      }

      await declaredPage.goto('/');
      await heading(declaredPage, 'Ajouter mon permis').waitFor();
      await declaredPage.getByText(/Votre permis n’est plus rattaché à ce compte/).waitFor();
      await expectAccessible(declaredPage, 'first-connection-displaced');

      // The account page lists what the account was told, and opens its text.
      await declaredPage.getByRole('navigation').getByRole('link', { name: 'Mon compte' }).click();
      await heading(declaredPage, 'Mon compte').waitFor();
      const received = declaredPage.getByRole('list', { name: 'Alertes reçues' }).getByRole('listitem');
      await received.first().waitFor();
      await expect(received.count()).resolves.toBe(1);
      const displaced = received.getByText("Votre compte n'est plus rattaché à ce permis");
      await expect(
        received.getByText(/^envoyée le \d{1,2}(er)? \S+ \d{4} à \d\d:\d\d$/).count(),
      ).resolves.toBe(1);
      await displaced.click();
      await received.getByText(/s'est identifié avec FranceConnect/).waitFor();
      await expectAccessible(declaredPage, 'account-alerts');
    }));

  it('is usable with the keyboard alone, from the sign-in to a refusal in words', () =>
    inContext(async (page) => {
      await page.goto('/');
      await tabTo(page, page.getByRole('button', { name: "S'identifier avec FranceConnect" }));
      await page.keyboard.press('Enter');
      // Lucía García Fernández holds no licence of the demo data.
      await tabTo(page, page.getByRole('button', { name: /Lucía/ }));
      await page.keyboard.press('Enter');
      await heading(page, 'Ajouter mon permis').waitFor();
      await tabTo(page, page.getByRole('radio', { name: 'Format carte (européen)' }));
      await page.keyboard.press('Space');
      await expect(page.getByRole('radio', { name: 'Format carte (européen)' }).isChecked()).resolves.toBe(
        true,
      );
      await tabTo(page, page.getByRole('textbox', { name: 'Numéro de permis' }));
      await page.keyboard.type('120469700987');
      await tabTo(page, page.getByRole('button', { name: 'Ajouter mon permis' }));
      await page.keyboard.press('Enter');
      await page
        .getByRole('alert')
        .getByText('Nous n’avons pas trouvé de permis', { exact: false })
        .waitFor();
    }));

  it('subscribes to the calendar feed and shows its webcal link', () =>
    inContext(async (page) => {
      await signInWithFranceConnect(page, 'Marie-Claire');
      await heading(page, 'Mes points').waitFor();
      await page.getByRole('button', { name: 'S’abonner au calendrier' }).click();
      await page.getByRole('link', { name: 'Ouvrir dans mon agenda (webcal)' }).waitFor();
      await expect(
        page.getByRole('link', { name: 'Ouvrir dans mon agenda (webcal)' }).getAttribute('href'),
      ).resolves.toMatch(/^webcal:/);
      await expectAccessible(page, 'my-points-calendar-feed');
    }));

  it('generates, lists and downloads documents, the RII for FranceConnect, and verifies one publicly', () =>
    inContext(async (page) => {
      await signInWithFranceConnect(page, 'Marie-Claire');
      // Whether or not an earlier journey linked Marie-Claire's licence, this one starts from it linked.
      if (new URL(page.url()).pathname === '/premiere-connexion') {
        await fillLicence(page, 'Format carte (européen)', '100569100123');
        await page.getByRole('button', { name: 'Ajouter mon permis' }).click();
      }
      await heading(page, 'Mes points').waitFor();
      await page.getByRole('navigation').getByRole('link', { name: 'Mes documents' }).click();
      await heading(page, 'Mes documents').waitFor();
      await page.getByRole('button', { name: "Générer mon relevé d'information restreint" }).click();
      await page.getByText(/^Document créé : référence /).waitFor();
      await page.getByRole('button', { name: "Générer mon relevé d'information intégral" }).click();
      await page
        .getByRole('link', { name: /^Télécharger le PDF/ })
        .first()
        .waitFor();
      await expectAccessible(page, 'documents');
      await page.getByRole('link', { name: 'Page de vérification' }).first().click();
      await heading(page, 'Vérifier un relevé d’information').waitFor();
      await page.getByText('Ce relevé est authentique : il a bien été délivré par ce service.').waitFor();
      await expectAccessible(page, 'verify');
    }));

  it('deletes an e-mail account', () =>
    inContext(async (page) => {
      await signUpWithEmail(page, 'leaving@example.org');
      await page.getByRole('navigation').getByRole('link', { name: 'Mon compte' }).click();
      await page.getByRole('button', { name: 'Supprimer mon compte' }).click();
      await page.getByRole('button', { name: 'Confirmer la suppression définitive' }).click();
      await page.waitForURL((url) => url.origin === web.runtime.url && url.pathname === '/');
      await page.getByRole('button', { name: "S'identifier avec FranceConnect" }).waitFor();
    }));
});
