import { describe, expect, it } from 'vitest';
import { contextKeys, deploymentSettings } from './settings.ts';
import { cdkJsonContext } from './test-app.ts';

const example = cdkJsonContext();
const settingsWith = (overrides: Record<string, unknown>) =>
  deploymentSettings((key) => ({ ...example, ...overrides })[key]);

describe('the deployment settings', () => {
  it('reads the example of cdk.json, taking the SES identity from the sender domain and the mobile app’s redirect URI by default', () => {
    expect(settingsWith({})).toEqual({
      webOrigin: 'https://points.example.org',
      mobileRedirectUri: 'fr.permispoints.app:/oauth2redirect',
      mailFrom: 'alertes@example.org',
      sesIdentity: 'example.org',
      authDomainPrefix: 'permis-points-example',
      franceConnect: {
        issuer: 'https://fcp-low.sbx.dev-franceconnect.fr/api/v2',
        clientId: 'replace-with-the-client-id-from-franceconnect',
        secretVersionId: undefined,
      },
      restorationReservedConcurrency: undefined,
    });
  });

  it('takes the optional settings as the command line gives them, as strings', () => {
    const settings = settingsWith({
      [contextKeys.sesIdentity]: 'alertes@example.org',
      [contextKeys.franceConnectSecretVersionId]: 'v-2',
      [contextKeys.restorationReservedConcurrency]: '32',
    });
    expect(settings.sesIdentity).toBe('alertes@example.org');
    expect(settings.franceConnect.secretVersionId).toBe('v-2');
    expect(settings.restorationReservedConcurrency).toBe(32);
  });

  it('names every wrong or missing key in one error', () => {
    const read = () =>
      settingsWith({
        [contextKeys.webOrigin]: 'https://points.example.org/app',
        [contextKeys.mailFrom]: undefined,
        [contextKeys.franceConnectIssuer]: 'http://franceconnect.example',
      });
    expect(read).toThrow(contextKeys.webOrigin);
    expect(read).toThrow(contextKeys.mailFrom);
    expect(read).toThrow(contextKeys.franceConnectIssuer);
  });

  it('refuses an SES identity that is neither the sender address nor its domain', () => {
    expect(() => settingsWith({ [contextKeys.sesIdentity]: 'example.com' })).toThrow(
      `${contextKeys.sesIdentity}: must be the mailFrom address or its domain`,
    );
  });

  it('takes the mobile app’s redirect URI on its private-use scheme, and refuses a web or authority form', () => {
    const redirectUri = 'fr.gouv.permis.app:/callback';
    expect(settingsWith({ [contextKeys.mobileRedirectUri]: redirectUri }).mobileRedirectUri).toBe(
      redirectUri,
    );
    for (const refused of [
      'https://points.example.org/auth/callback',
      'permispoints:/oauth2redirect',
      'fr.permispoints.app://oauth2redirect',
      'fr.permispoints.app:/oauth2redirect#top',
    ]) {
      expect(() => settingsWith({ [contextKeys.mobileRedirectUri]: refused })).toThrow(
        `${contextKeys.mobileRedirectUri}: must be a private-use URI in reverse-DNS form`,
      );
    }
  });

  it('refuses a managed login prefix Cognito would refuse', () => {
    expect(() => settingsWith({ [contextKeys.authDomainPrefix]: 'Permis_Points' })).toThrow(
      contextKeys.authDomainPrefix,
    );
  });
});
