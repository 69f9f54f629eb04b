// The notices a new link calls for (CONTRACT.md "Linking"): a declared link is announced to the holder by post at
// the registry's address, so that whoever typed what is printed on a licence cannot keep it quietly; a declared
// link displaced by FranceConnect is told to both accounts by e-mail.
import type { EventDetail } from '../../events/index.ts';
import type { Account } from '../adapters/account-repository.ts';
import type { PostalAddress } from '../../domain/licence-record/index.ts';

export interface LinkNotice {
  recipient: 'holder-by-post' | 'displaced-account' | 'linking-account';
  kind: string;
  subject: string;
  text: string;
}

/** `c••••@example.fr`: enough for the holder to recognise an address, not enough to read it. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '•••';
  return `${email[0]}${'•'.repeat(Math.max(3, Math.min(at - 1, 8)))}${email.slice(at)}`;
}

const HOW_TO_TAKE_IT_BACK =
  "Si vous n'êtes pas à l'origine de ce rattachement, connectez-vous à permis-points avec FranceConnect et ajoutez votre permis : le rattachement déclaré est alors retiré aussitôt et son titulaire perd tout accès à vos informations.";

export function linkNotices(
  detail: EventDetail<'LicenceLinked'>,
  linking: Account | undefined,
): LinkNotice[] {
  const linkedBy = linking?.email ? maskEmail(linking.email) : 'un compte par adresse électronique';
  const notices: LinkNotice[] = [];
  if (detail.assurance === 'declared')
    notices.push({
      recipient: 'holder-by-post',
      kind: 'declared-link-letter',
      subject: 'Votre permis de conduire a été rattaché à un compte permis-points',
      text: `Votre permis de conduire vient d'être rattaché au compte ${linkedBy}, sur la foi d'une identité déclarée (nom, prénoms, date de naissance et numéro du permis). Ce compte peut consulter votre solde de points et son historique.\n${HOW_TO_TAKE_IT_BACK}`,
    });
  if (detail.displacedAccountId)
    notices.push(
      {
        recipient: 'displaced-account',
        kind: 'declared-link-displaced',
        subject: "Votre compte n'est plus rattaché à ce permis",
        text: "Le titulaire du permis que vous aviez rattaché s'est identifié avec FranceConnect et l'a rattaché à son propre compte. Votre compte n'a plus accès à ce permis. Si c'est bien le vôtre, connectez-vous avec FranceConnect.",
      },
      {
        recipient: 'linking-account',
        kind: 'declared-link-removed',
        subject: 'Votre permis est rattaché à votre compte FranceConnect',
        text: "Votre permis était rattaché à un autre compte, sur la foi d'une identité déclarée. Ce rattachement est retiré : vous seul avez désormais accès à votre permis.",
      },
    );
  return notices;
}

/** The addressee block of a letter, as a French envelope shows it. */
export function postalRecipient(holder: {
  familyName: string;
  givenNames: string;
  address?: PostalAddress;
}): string | undefined {
  if (!holder.address) return undefined;
  const { lines, postcode, city } = holder.address;
  return [
    `${holder.givenNames} ${holder.familyName.toUpperCase()}`,
    ...lines,
    `${postcode} ${city.toUpperCase()}`,
  ].join('\n');
}
