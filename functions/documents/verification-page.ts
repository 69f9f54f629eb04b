// The verification answer as a plain HTML page, for a person who scanned the QR code with a phone (until
// the web front end serves /verifier/{reference}). French, no script, nothing loaded from elsewhere.
import type * as z from 'zod/mini';
import type { verificationAnswer } from './schemas.ts';

type Answer = z.infer<typeof verificationAnswer>;

const escape = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
const frenchDate = (date: string) => date.slice(0, 10).split('-').reverse().join('/');
const statusWords: Record<Answer['licenceStatus'], string> = {
  valid: 'Valide',
  suspended: 'Suspendu',
  cancelled: 'Annulé',
  invalidated: 'Invalidé',
};

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:1.5rem auto;padding:0 1rem;line-height:1.5;color:#1a1c26}
h1{font-size:1.4rem}dt{color:#5c6170;font-size:.9rem}dd{margin:0 0 .6rem;font-weight:600}.bad{color:#a8330d}.good{color:#0d7333}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccd;padding:.3rem;text-align:left}</style>
</head><body>${body}</body></html>`;
}

export function verificationPage(answer: Answer | undefined): string {
  if (!answer)
    return page(
      'Document introuvable',
      '<h1>Document introuvable</h1><p>Aucun document ne correspond à cette référence et à ce code. Vérifiez-les sur le document.</p>',
    );
  const title =
    answer.document === 'rii' ? "Relevé d'information intégral" : "Relevé d'information restreint";
  const status = statusWords[answer.licenceStatus];
  const rows = answer.categories
    .map(
      (category) =>
        `<tr><td>${escape(category.code)}</td><td>${category.validUntil ? frenchDate(category.validUntil) : 'Sans date de fin'}</td><td>${category.validity === 'valid' ? 'En cours de validité' : 'Expirée'}</td></tr>`,
    )
    .join('');
  return page(
    `${title} ${answer.reference}`,
    `<h1>${escape(title)} authentique</h1>
<p>Ce document a bien été délivré par le service. Il ne renseigne pas le solde de points (article L223-7 du code de la route).</p>
<dl>
<dt>Référence</dt><dd>${escape(answer.reference)}</dd>
<dt>Titulaire</dt><dd>${escape(answer.holder.familyName)} ${escape(answer.holder.givenNames)}</dd>
<dt>Identité du titulaire</dt><dd>${answer.holderIdentification === 'franceconnect' ? 'Vérifiée par FranceConnect' : 'Déclarée par le titulaire, non vérifiée'}</dd>
<dt>Droit de conduire aujourd'hui</dt><dd class="${answer.licenceStatus === 'valid' ? 'good' : 'bad'}">${status}${answer.statusChangedSinceIssue ? ' (a changé depuis la délivrance du document)' : ''}</dd>
<dt>Délivré le</dt><dd>${frenchDate(answer.issuedAt)}</dd>
<dt>Valable jusqu'au</dt><dd class="${answer.withinValidity ? '' : 'bad'}">${frenchDate(answer.validUntil)}${answer.withinValidity ? '' : ' (validité dépassée)'}</dd>
</dl>
<table><thead><tr><th>Catégorie</th><th>Valable jusqu'au</th><th>Validité</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}
