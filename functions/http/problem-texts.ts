// The French words of the API's answers (CONTRACT.md §2: French by default, English on request). Problems are
// written in English where they are raised; this catalogue gives each English sentence its French one, so the
// two never drift apart in separate places. A sentence missing here is answered in English in both languages,
// and problem-texts.test.ts fails on every sentence the code raises that is missing.
import type { Localised } from './language.ts';

const french: Record<string, string> = {
  // Titles.
  'Malformed JSON': 'JSON mal formé',
  'Malformed path': 'Chemin mal formé',
  'Unsupported media type': 'Type de contenu non pris en charge',
  Unauthorized: 'Authentification requise',
  Forbidden: 'Accès refusé',
  'Not found': 'Introuvable',
  'Internal error': 'Erreur interne',
  'Licence not matched': 'Permis non reconnu',
  'Licence linked elsewhere': 'Permis déjà rattaché',
  'Event id reused': 'Identifiant d’événement déjà utilisé',
  'Precondition failed': 'Version périmée',
  'FranceConnect required': 'FranceConnect requis',
  'Too many documents': 'Trop de documents',
  'Too many verifications': 'Trop de vérifications',
  // Details.
  'The request body is not valid JSON.': 'Le corps de la requête n’est pas un JSON valide.',
  'The path holds an invalid percent-escape.': 'Le chemin contient un encodage « % » invalide.',
  'Send the body as application/json.': 'Envoyez le corps de la requête en application/json.',
  'A valid bearer access token is required.':
    'Un jeton d’accès valide est requis (en-tête Authorization: Bearer).',
  'This token does not allow this operation.': 'Ce jeton ne permet pas cette opération.',
  'This route needs the registry/write scope.':
    'Cette route demande la portée registry/write d’un client du registre.',
  'This route is for signed-in motorists.': 'Cette route est réservée aux automobilistes connectés.',
  'Nothing is here.': 'Il n’y a rien à cette adresse.',
  'Something went wrong on our side.': 'Une erreur s’est produite de notre côté.',
  'No licence is linked to this account: link one with PUT /v1/me/licence.':
    'Aucun permis n’est rattaché à ce compte : ajoutez-en un avec PUT /v1/me/licence.',
  'No licence record has this number.': 'Aucun dossier de permis ne porte ce numéro.',
  'No licence record has this number: PUT the record first.':
    'Aucun dossier de permis ne porte ce numéro : enregistrez d’abord le dossier (PUT).',
  'No licence with this number is held by the person identified. Check the number and the identity.':
    'Aucun permis portant ce numéro n’est détenu par la personne identifiée. Vérifiez le numéro et l’identité.',
  'This licence is already linked to another account.': 'Ce permis est déjà rattaché à un autre compte.',
  'No document of this account has this id.': 'Aucun document de ce compte ne porte cet identifiant.',
  'No document has this reference and code.': 'Aucun document ne porte cette référence et ce code.',
  'The full record (RII) shows the points and the whole history: it is issued only to a holder identified through FranceConnect. Sign in with FranceConnect, or download the restricted statement (RIR).':
    'Le relevé intégral (RII) montre les points et tout l’historique : il n’est délivré qu’au titulaire identifié par FranceConnect. Connectez-vous avec FranceConnect, ou téléchargez le relevé restreint (RIR).',
  'This eventId was already recorded with a different body.':
    'Cet eventId a déjà été enregistré avec un contenu différent.',
  'The record changed since the version in If-Match: read it again.':
    'Le dossier a changé depuis la version indiquée dans If-Match : relisez-le.',
  // Field messages the schemas and use cases write themselves (zod's own come from its locales).
  'must be a real day written YYYY-MM-DD': 'doit être une date réelle au format AAAA-MM-JJ',
  'must be an INSEE commune code (5 characters, 2A/2B for Corsica) or empty':
    'doit être un code commune INSEE (5 caractères, 2A/2B pour la Corse) ou vide',
  'must be an INSEE country code (5 digits, France 99100)':
    'doit être un code pays INSEE (5 chiffres, France 99100)',
  'must be an EU restriction code such as "01" or "78"':
    'doit être un code de restriction européen comme « 01 » ou « 78 »',
  'must be a string of digits': 'doit être une suite de chiffres',
  'must be the ETag of the record, such as "3"': 'doit être l’ETag du dossier, par exemple "3"',
  'must be a calendar feed address': 'doit être une adresse d’abonnement au calendrier',
  'must not be in the future': 'ne doit pas être dans le futur',
  'must not be before offenceDate': 'ne doit pas précéder offenceDate',
  'must not be before startedOn': 'ne doit pas précéder startedOn',
  'must not be before from': 'ne doit pas précéder from',
  'must not be before the licence was obtained': 'ne doit pas précéder la date d’obtention du permis',
  "required for e-mail accounts: the holder's family name, given names and birth date":
    'obligatoire pour les comptes par adresse électronique : nom de famille, prénoms et date de naissance du titulaire',
  'must be an integer from 0 to 6 (9 for a DELIT)': 'doit être un entier de 0 à 6 (9 pour un délit)',
  'must not be before licence.obtainedOn': 'ne doit pas précéder licence.obtainedOn',
  'must not be after establishedOn': 'ne doit pas être postérieure à establishedOn',
  'must not be after endedOn': 'ne doit pas être postérieure à endedOn',
  'must be between licence.obtainedOn and asOf': 'doit être comprise entre licence.obtainedOn et asOf',
};

/** Both languages of an English sentence of the API, when the catalogue has it. */
export function localise(english: string): Localised | undefined {
  const fr = french[english];
  return fr === undefined ? undefined : { fr, en: english };
}

export const catalogueSentences = (): string[] => Object.keys(french);
