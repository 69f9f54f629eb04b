// The page at / until the web front end is built: what runs here, and how to try it.
import { demoIdentities } from '../identity/index.ts';
import { demoAccounts } from '../demo/index.ts';

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

export function placeholderPage({
  url,
  poolUrl,
  franceConnectUrl,
  today,
}: {
  url: string;
  poolUrl: string;
  franceConnectUrl: string;
  today: string;
}): string {
  const accounts = demoAccounts
    .map(
      (account) =>
        `<li><code>${escape(account.email)}</code> / <code>${escape(account.password)}</code></li>`,
    )
    .join('');
  const identities = demoIdentities
    .map(
      (identity) =>
        `<li><code>${escape(identity.key)}</code>: ${escape(identity.given_name)} ${escape(identity.family_name)}</li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>permis-points (local)</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1e1e1e}code{background:#f0f0f0;padding:0 .25rem}</style></head>
<body><main>
<h1>permis-points, en local</h1>
<p>Le service tourne sur cette machine (date simulée : <strong>${escape(today)}</strong>). Le front web arrive avec son ticket ; en attendant, l'API répond sur <a href="${url}/v1/openapi.json">${url}/v1/</a>.</p>
<h2>Adresses</h2>
<ul><li>API : <code>${url}/v1/…</code></li><li>Annuaire (user pool) : <code>${escape(poolUrl)}</code></li><li>FranceConnect : <code>${escape(franceConnectUrl)}</code></li></ul>
<h2>Comptes de démonstration</h2>
<ul>${accounts}</ul>
<h2>Identités FranceConnect</h2>
<ul>${identities}</ul>
<p>Jeton d'accès : <code>npm run -s local:token -- --email camille.durand@example.fr --password '…'</code> ou <code>--franceconnect marie</code>.</p>
</main></body></html>`;
}
