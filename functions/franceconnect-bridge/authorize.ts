// Step 1 of the bridge: Cognito cannot send `acr_values`, which FranceConnect v2 requires.
import { franceConnectEndpoints, type FranceConnectConfig } from './config.ts';

/** FranceConnect's authorize URL for the incoming parameters, with the eIDAS level FranceConnect requires. */
export function makeAuthorize({ franceConnect }: { franceConnect: FranceConnectConfig }) {
  return function authorize(parameters: URLSearchParams): string {
    const url = new URL(franceConnectEndpoints(franceConnect.issuer).authorize);
    for (const [name, value] of parameters) url.searchParams.append(name, value);
    url.searchParams.set('acr_values', 'eidas1');
    return url.href;
  };
}
