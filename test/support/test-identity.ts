// A minimal stand-in of the user pool for the API's integration suites: it signs
// Cognito-shaped access tokens with its own key, publishes the JWKS and answers
// userinfo. The full local pool (oidc-provider) is exercised by the end-to-end suite.
import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type CryptoKey } from 'jose';
import { closeServer, listen } from '../../local/server/index.ts';

export interface TokenOptions {
  sub: string;
  username?: string;
  clientId?: string;
  scope?: string;
  expiresInSeconds?: number;
  issuer?: string;
  signWith?: 'pool' | 'stranger';
  tokenUse?: 'access' | 'id';
  /** Seconds from now; now unless told. */
  issuedInSeconds?: number;
  /** Seconds from now for `nbf`; none unless told. */
  notBeforeInSeconds?: number;
  /** Claims to leave out, for tokens a pool would never sign. */
  without?: ('exp' | 'iat')[];
}

export interface TestIdentity {
  issuer: string;
  jwksUri: string;
  userInfoUrl: string;
  webClientId: string;
  registryClientId: string;
  token(options: TokenOptions): Promise<string>;
  motorist(sub: string, attributes?: Record<string, unknown>): Promise<string>;
  franceConnectUser(sub: string, attributes: Record<string, unknown>): Promise<string>;
  registry(): Promise<string>;
  close(): Promise<void>;
}

export async function startTestIdentity(): Promise<TestIdentity> {
  const pool = await generateKeyPair('RS256');
  const stranger = await generateKeyPair('RS256');
  const publicJwk: JWK = { ...(await exportJWK(pool.publicKey)), kid: 'pool-key', alg: 'RS256', use: 'sig' };
  const attributesBySub = new Map<string, Record<string, unknown>>();
  let issuer = '';

  const server: Server = createServer((request, response) => {
    if (request.url === '/jwks') {
      response.writeHead(200, { 'content-type': 'application/json' });
      return void response.end(JSON.stringify({ keys: [publicJwk] }));
    }
    if (request.url === '/userinfo') {
      const token = (request.headers.authorization ?? '').replace(/^Bearer /, '');
      const sub = token
        ? (JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as { sub?: string }).sub
        : undefined;
      const attributes = sub ? attributesBySub.get(sub) : undefined;
      response.writeHead(attributes ? 200 : 401, { 'content-type': 'application/json' });
      return void response.end(JSON.stringify(attributes ?? { error: 'invalid_token' }));
    }
    response.writeHead(404).end();
  });
  const port = await listen(server, 0);
  issuer = `http://127.0.0.1:${port}`;
  const webClientId = 'test-web-client';
  const registryClientId = 'test-registry-client';

  const sign = async (claims: Record<string, unknown>, key: CryptoKey, options: TokenOptions) => {
    const now = Math.floor(Date.now() / 1000);
    const without = new Set(options.without);
    return new SignJWT({
      ...claims,
      ...(!without.has('iat') && { iat: now + (options.issuedInSeconds ?? 0) }),
      ...(!without.has('exp') && { exp: now + (options.expiresInSeconds ?? 600) }),
      ...(options.notBeforeInSeconds !== undefined && { nbf: now + options.notBeforeInSeconds }),
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'pool-key' })
      .sign(key);
  };

  const token = (options: TokenOptions) =>
    sign(
      {
        sub: options.sub,
        iss: options.issuer ?? issuer,
        token_use: options.tokenUse ?? 'access',
        client_id: options.clientId ?? webClientId,
        scope: options.scope ?? 'openid email profile',
        username: options.username ?? options.sub,
        version: 2,
      },
      options.signWith === 'stranger' ? stranger.privateKey : pool.privateKey,
      options,
    );

  return {
    issuer,
    jwksUri: `${issuer}/jwks`,
    userInfoUrl: `${issuer}/userinfo`,
    webClientId,
    registryClientId,
    token,
    async motorist(sub, attributes = {}) {
      attributesBySub.set(sub, { sub, email: `${sub}@example.org`, email_verified: true, ...attributes });
      return token({ sub });
    },
    async franceConnectUser(sub, attributes) {
      attributesBySub.set(sub, { sub, ...attributes });
      return token({ sub, username: `FranceConnect_${sub}` });
    },
    registry: () => token({ sub: registryClientId, clientId: registryClientId, scope: 'registry/write' }),
    close: () => closeServer(server),
  };
}
