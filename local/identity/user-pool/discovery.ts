// The pool's discovery document, field for field as Cognito serves it (since February 2024 with
// `end_session_endpoint`, which is Cognito's /logout: `client_id` and `logout_uri`, not RP-initiated
// logout). oidc-provider's own document would advertise what Cognito lacks (its end_session, PAR,
// introspection, claims parameters...), so code written against it could break in AWS.
import { MOTORIST_SCOPE } from './clients.ts';

export function cognitoDiscovery(poolUrl: string) {
  return {
    authorization_endpoint: `${poolUrl}/oauth2/authorize`,
    end_session_endpoint: `${poolUrl}/logout`,
    id_token_signing_alg_values_supported: ['RS256'],
    issuer: poolUrl,
    jwks_uri: `${poolUrl}/.well-known/jwks.json`,
    // Cognito lists `token` too; no CDK app client enables the implicit grant, and the stand-in has none.
    response_types_supported: ['code'],
    revocation_endpoint: `${poolUrl}/oauth2/revoke`,
    // Cognito lists `phone` too; the pool has no phone attribute, and no app client asks for it.
    scopes_supported: MOTORIST_SCOPE.split(' '),
    subject_types_supported: ['public'],
    token_endpoint: `${poolUrl}/oauth2/token`,
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    userinfo_endpoint: `${poolUrl}/oauth2/userInfo`,
  };
}
