// Step 1 of the bridge: Cognito cannot send `acr_values` nor `prompt`, which FranceConnect v2 requires.
import { franceConnectEndpoints, type FranceConnectConfig } from './config.ts';

/**
 * FranceConnect's authorize URL for the incoming parameters, with the eIDAS level and the prompts
 * FranceConnect requires (`login consent`: the user authenticates and consents at every sign-in).
 */
export function makeAuthorize({ franceConnect }: { franceConnect: FranceConnectConfig }) {
  return function authorize(parameters: URLSearchParams): string {
    const url = new URL(franceConnectEndpoints(franceConnect.issuer).authorize);
    for (const [name, value] of parameters) url.searchParams.append(name, value);
    url.searchParams.set('acr_values', 'eidas1');
    url.searchParams.set('prompt', 'login consent');
    return url.href;
  };
}
