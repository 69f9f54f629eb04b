// The hosted pages of both stand-ins in a real Chromium, checked by axe against WCAG 2.1 A and AA: the
// user pool's sign-in, sign-up and password reset pages (blank and with errors) and FranceConnect's
// identity picker. Errors are all shown at once, and only the fields in error are marked invalid.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_WEB_REDIRECT_URI, WEB_CLIENT_ID } from '../../local/identity/index.ts';
import { startStandIns, type StandIns } from './stand-ins.ts';

let standIns: StandIns;
let browser: Browser;

beforeAll(async () => {
  standIns = await startStandIns();
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await standIns?.close();
});

const authorizeUrl = (query: Record<string, string> = {}) =>
  `${standIns.providers.pool.url}/oauth2/authorize?${new URLSearchParams({
    response_type: 'code',
    client_id: WEB_CLIENT_ID,
    redirect_uri: DEFAULT_WEB_REDIRECT_URI,
    scope: 'openid email profile',
    code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    code_challenge_method: 'S256',
    state: 'hosted-pages',
    ...query,
  })}`;

/** A fresh browser context (no session) on the pool's sign-in page, or wherever `query` leads. */
async function openSignIn(query: Record<string, string> = {}): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(authorizeUrl(query));
  return page;
}

async function violationsOf(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const invalidFields = (page: Page) =>
  page.locator('[aria-invalid="true"]').evaluateAll((fields) => fields.map((field) => field.id));
const shownErrors = (page: Page) =>
  page
    .locator('[role="alert"] [data-error]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-error')));

describe('the sign-in page', () => {
  it('has no WCAG 2.1 A/AA violation, and a favicon', async () => {
    const page = await openSignIn();
    expect(await page.locator('h1').textContent()).toBe('Connexion à Permis à points');
    expect(await violationsOf(page)).toEqual([]);
    expect(await page.locator('link[rel="icon"]').getAttribute('href')).toMatch(/^data:image\/svg\+xml,/);
  });

  it('has none with a refused password either, and marks only the sign-in fields invalid', async () => {
    const page = await openSignIn();
    await page.fill('#email', 'nobody@example.org');
    await page.fill('#password', 'Wrong-password-42');
    await page.click('#sign-in button[type="submit"]');
    expect(await shownErrors(page)).toEqual(['invalid-credentials']);
    expect(await invalidFields(page)).toEqual(['email', 'password']);
    expect(await violationsOf(page)).toEqual([]);
  });
});

describe('the sign-up page', () => {
  const openSignUp = async () => {
    const page = await openSignIn();
    await page.click('a[href*="/sign-up"]');
    return page;
  };

  it('has no WCAG 2.1 A/AA violation, and says the policy of infra', async () => {
    const page = await openSignUp();
    expect(await page.locator('#password-hint').textContent()).toContain('12 caractères');
    expect(await violationsOf(page)).toEqual([]);
  });

  it('shows every error at once, each on its own field', async () => {
    const page = await openSignUp();
    await page.fill('#email', 'not-an-address');
    await page.fill('#password', 'short');
    await page.click('#sign-up button[type="submit"]');
    expect(await shownErrors(page)).toEqual(['invalid-email', 'weak-password']);
    expect(await invalidFields(page)).toEqual(['email', 'password']);
    expect(await page.locator('#email').getAttribute('aria-describedby')).toBe('email-hint email-error');
    expect(await violationsOf(page)).toEqual([]);
  });

  it('marks only the field in error invalid', async () => {
    const page = await openSignUp();
    await page.fill('#email', 'not-an-address');
    await page.fill('#password', 'A-strong-password-42');
    await page.click('#sign-up button[type="submit"]');
    expect(await shownErrors(page)).toEqual(['invalid-email']);
    expect(await invalidFields(page)).toEqual(['email']);
    expect(await page.locator('#password').getAttribute('aria-describedby')).toBe('password-hint');
  });
});

describe('the password reset pages', () => {
  it('have no WCAG 2.1 A/AA violation, blank or with a wrong code and a weak password (both errors shown)', async () => {
    const page = await openSignIn();
    await page.click('a[href*="/forgot-password"]');
    expect(await violationsOf(page)).toEqual([]);
    await page.fill('#email', 'nobody@example.org');
    await page.click('#forgot-password button[type="submit"]');
    expect(await page.locator('[role="status"]').count()).toBe(1);
    expect(await violationsOf(page)).toEqual([]);
    await page.fill('#code', '000000');
    await page.fill('#password', 'weak');
    await page.click('#reset-password button[type="submit"]');
    expect(await shownErrors(page)).toEqual(['invalid-code', 'weak-password']);
    expect(await invalidFields(page)).toEqual(['code', 'password']);
    expect(await violationsOf(page)).toEqual([]);
  });
});

describe('the FranceConnect identity picker', () => {
  it('has no WCAG 2.1 A/AA violation: the birth dates are readable on the buttons', async () => {
    const page = await openSignIn({ identity_provider: 'FranceConnect' });
    expect(page.url()).toContain(standIns.providers.franceConnect.url);
    expect(await page.locator('#pick-identity button').count()).toBeGreaterThan(1);
    expect(await page.locator('#pick-identity button .hint').first().textContent()).toMatch(
      /le \d{2}\/\d{2}\/\d{4}/,
    );
    expect(await violationsOf(page)).toEqual([]);
    expect(await page.locator('link[rel="icon"]').count()).toBe(1);
  });
});
