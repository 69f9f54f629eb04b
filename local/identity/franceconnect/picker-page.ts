// FranceConnect's sign-in page, locally: a list of the demo identities to sign in as.
import { escapeHtml, htmlPage } from '../html.ts';
import type { DemoIdentity } from './demo-identities.ts';

const frenchDate = (isoDate: string) => isoDate.split('-').reverse().join('/');

export function pickerPage(uid: string, identities: readonly DemoIdentity[]): string {
  const choices = identities
    .map(
      (identity) => `<li><button type="submit" name="identity" value="${escapeHtml(identity.key)}">
${escapeHtml(`${identity.given_name} ${identity.family_name}`)}
<span class="hint">${identity.gender === 'female' ? 'née' : 'né'} le ${frenchDate(identity.birthdate)}</span>
</button></li>`,
    )
    .join('\n');
  return htmlPage({
    lang: 'fr',
    title: 'FranceConnect (simulation locale)',
    body: `<h1>FranceConnect <small>(simulation locale)</small></h1>
<p>Choisissez l’identité de démonstration avec laquelle vous connecter. Aucun vrai compte n’est utilisé.</p>
<form id="pick-identity" method="post" action="/interaction/${escapeHtml(uid)}/login">
<fieldset>
<legend>Identités de démonstration</legend>
<ul>
${choices}
</ul>
</fieldset>
</form>
<form id="cancel" method="post" action="/interaction/${escapeHtml(uid)}/abort">
<button type="submit" class="secondary">Annuler et revenir au service</button>
</form>`,
  });
}
