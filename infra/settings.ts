// What differs from one deployment to another, read from the CDK context (cdk.json, or `-c key=value`
// on the command line). Every key is named here once; a wrong or missing value stops the synth.
import { z } from 'zod';

export interface FranceConnectSettings {
  /** FranceConnect v2's issuer, e.g. `https://fcp-low.sbx.dev-franceconnect.fr/api/v2` (integration). */
  issuer: string;
  /** The client id FranceConnect gave the user pool. */
  clientId: string;
  /**
   * The Secrets Manager version of the client secret to use. Naming it after each change of the secret
   * makes CloudFormation hand the new value to Cognito; without it the current value is read once.
   */
  secretVersionId?: string | undefined;
}

export interface DeploymentSettings {
  /** The origin of the web front end (`https://host`), for CORS and the OAuth redirect URLs. */
  webOrigin: string;
  /** Where the pool sends the mobile app back with the code: its private-use scheme (RFC 8252). */
  mobileRedirectUri: string;
  /** The address alerts and the user pool's messages are sent from. */
  mailFrom: string;
  /** The SES identity `mailFrom` belongs to: its domain unless a single address was verified. */
  sesIdentity: string;
  /** The managed login pages live at `https://<prefix>.auth.<region>.amazoncognito.com`. */
  authDomainPrefix: string;
  franceConnect: FranceConnectSettings;
  /** Lambda concurrency kept for the restoration workers (docs/restoration.md); none when absent. */
  restorationReservedConcurrency?: number | undefined;
}

export const contextKeys = {
  webOrigin: 'permis-points:webOrigin',
  mobileRedirectUri: 'permis-points:mobileRedirectUri',
  mailFrom: 'permis-points:mailFrom',
  sesIdentity: 'permis-points:sesIdentity',
  authDomainPrefix: 'permis-points:authDomainPrefix',
  franceConnectIssuer: 'permis-points:franceConnectIssuer',
  franceConnectClientId: 'permis-points:franceConnectClientId',
  franceConnectSecretVersionId: 'permis-points:franceConnectSecretVersionId',
  restorationReservedConcurrency: 'permis-points:restorationReservedConcurrency',
} as const;

type ContextKey = keyof typeof contextKeys;

const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1);

/** The mobile app's redirect URI unless the context names another. */
const DEFAULT_MOBILE_REDIRECT_URI = 'fr.permispoints.app:/oauth2redirect';

const httpsUrl = z.url({ protocol: /^https$/ });
// RFC 8252 §7.1: a scheme in reverse-DNS form, one slash, a path; no fragment, as Cognito requires.
const privateUseUri = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+:\/[^/\s#][^\s#]*$/,
    'must be a private-use URI in reverse-DNS form, e.g. fr.permispoints.app:/oauth2redirect',
  );
const schema = z
  .object({
    webOrigin: httpsUrl.refine(
      (url) => new URL(url).origin === url,
      'must be an origin: https://host, no path',
    ),
    mobileRedirectUri: privateUseUri.default(DEFAULT_MOBILE_REDIRECT_URI),
    mailFrom: z.email(),
    sesIdentity: z.string().min(1).optional(),
    authDomainPrefix: z
      .string()
      .regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, 'must be lower-case letters, digits and hyphens'),
    franceConnectIssuer: httpsUrl.refine((url) => !url.endsWith('/'), 'must not end with a slash'),
    franceConnectClientId: z.string().min(1),
    franceConnectSecretVersionId: z.string().min(1).optional(),
    restorationReservedConcurrency: z.coerce.number().int().min(1).optional(),
  })
  .refine(
    ({ mailFrom, sesIdentity }) =>
      sesIdentity === undefined || [mailFrom, domainOf(mailFrom)].includes(sesIdentity),
    { path: ['sesIdentity'], message: 'must be the mailFrom address or its domain' },
  );

/** Reads the settings from `read(contextKey)`, or throws one error naming every wrong key. */
export function deploymentSettings(read: (key: string) => unknown): DeploymentSettings {
  const raw = Object.fromEntries(
    (Object.keys(contextKeys) as ContextKey[]).map((name) => [name, read(contextKeys[name]) ?? undefined]),
  );
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${contextKeys[issue.path[0] as ContextKey]}: ${issue.message}`,
    );
    throw new Error(`Deployment settings are wrong or missing:\n  ${problems.join('\n  ')}`);
  }
  const settings = parsed.data;
  return {
    webOrigin: settings.webOrigin,
    mobileRedirectUri: settings.mobileRedirectUri,
    mailFrom: settings.mailFrom,
    sesIdentity: settings.sesIdentity ?? domainOf(settings.mailFrom),
    authDomainPrefix: settings.authDomainPrefix,
    franceConnect: {
      issuer: settings.franceConnectIssuer,
      clientId: settings.franceConnectClientId,
      secretVersionId: settings.franceConnectSecretVersionId,
    },
    restorationReservedConcurrency: settings.restorationReservedConcurrency,
  };
}
