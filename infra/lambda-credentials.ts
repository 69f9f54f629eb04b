// Bundled in place of @aws-sdk/credential-provider-node (see bundlingOptions): Lambda hands every function its
// role's credentials in environment variables, so the SDK clients read them there. The SDK's whole default chain
// (profiles, SSO, web identity, ECS and IMDS, with the STS and SSO clients they bring) weighs 108 KB of every
// bundle and would never find anything in Lambda that the environment does not hold.
export { fromEnv as defaultProvider } from '@aws-sdk/credential-provider-env';
