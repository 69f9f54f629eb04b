// What the motorist reads when a licence number is refused or accepted with a doubt, in French (the
// default) and English, including where the right number is printed on each licence format.
import type { LicenceFormat } from './licence-format.ts';

export type LocalisedText = { readonly fr: string; readonly en: string };

export type LicenceNumberFailure =
  | 'empty'
  | 'invalid-characters'
  | 'document-number'
  | 'too-short'
  | 'too-long'
  | 'letters-misplaced'
  | 'invalid-month'
  | 'invalid-departement';

export type LicenceNumberWarningCode = 'unusual-departement' | 'legacy-pink-number';

const whereToFind: Record<LicenceFormat, LocalisedText> = {
  'eu-card': {
    fr: 'Sur le permis au format carte, le numéro de dossier figure au verso, en haut à gauche, deux lignes au-dessus de la puce.',
    en: 'On the card licence, the file number is on the back, top left, two lines above the chip.',
  },
  'pink-3-fold': {
    fr: 'Sur le permis rose en trois volets, le numéro de dossier figure au champ 5 du volet intérieur, sur une ligne, à gauche de la photo.',
    en: 'On the pink three-fold licence, the file number is in field 5 of the inside panel, on one line, left of the photo.',
  },
};

const documentNumber: Record<LicenceFormat, LocalisedText> = {
  'eu-card': {
    fr: 'Ce numéro est celui du titre, imprimé au recto de la carte (champ 5) : il change à chaque nouvelle carte. Saisissez le numéro de dossier (NEPH), qui compte 12 caractères.',
    en: 'This is the document number printed on the front of the card (field 5): it changes with each new card. Enter the file number (NEPH), which has 12 characters.',
  },
  'pink-3-fold': {
    fr: "Ce numéro ressemble au numéro de titre d'un permis au format carte (champ 5 du recto), pas à un numéro de dossier. Si vous avez désormais un permis au format carte, choisissez ce format.",
    en: 'This looks like the document number of a card licence (field 5 on the front), not a file number. If you now hold a card licence, choose that format.',
  },
};

const tooLong: Record<LicenceFormat, LocalisedText> = {
  'eu-card': {
    fr: 'Ce numéro est trop long : un numéro de dossier compte 12 caractères.',
    en: 'This number is too long: a file number has 12 characters.',
  },
  'pink-3-fold': {
    fr: "Ce numéro est trop long : le numéro d'un permis rose compte au plus 15 caractères.",
    en: 'This number is too long: a pink licence number has at most 15 characters.',
  },
};

const failures: Record<Exclude<LicenceNumberFailure, 'document-number' | 'too-long'>, LocalisedText> = {
  empty: {
    fr: 'Saisissez le numéro de dossier de votre permis (NEPH).',
    en: 'Enter the file number of your licence (NEPH).',
  },
  'invalid-characters': {
    fr: 'Le numéro ne contient que des chiffres et des lettres (les espaces et les tirets sont ignorés).',
    en: 'The number contains only digits and letters (spaces and hyphens are ignored).',
  },
  'too-short': {
    fr: 'Ce numéro est trop court : un numéro de dossier compte 12 caractères.',
    en: 'This number is too short: a file number has 12 characters.',
  },
  'letters-misplaced': {
    fr: "Un numéro de dossier ne contient de lettres qu'aux 5e et 6e caractères (le département, 2A ou 2B pour la Corse).",
    en: 'A file number has letters only as its 5th and 6th characters (the département, 2A or 2B for Corsica).',
  },
  'invalid-month': {
    fr: "Les 3e et 4e caractères sont le mois d'inscription : ils vont de 01 à 12.",
    en: 'The 3rd and 4th characters are the month of registration: from 01 to 12.',
  },
  'invalid-departement': {
    fr: 'Les 5e et 6e caractères sont le département : des chiffres, ou 2A et 2B pour la Corse.',
    en: 'The 5th and 6th characters are the département: digits, or 2A and 2B for Corsica.',
  },
};

function joined(...texts: LocalisedText[]): LocalisedText {
  return { fr: texts.map((text) => text.fr).join(' '), en: texts.map((text) => text.en).join(' ') };
}

/** Why the number was refused, followed by where to find the right one on the chosen format. */
export function failureMessage(reason: LicenceNumberFailure, format: LicenceFormat): LocalisedText {
  const why =
    reason === 'document-number'
      ? documentNumber[format]
      : reason === 'too-long'
        ? tooLong[format]
        : failures[reason];
  return joined(why, whereToFind[format]);
}

export function warningMessage(
  code: LicenceNumberWarningCode,
  licenceNumber: string,
  format: LicenceFormat,
): LocalisedText {
  if (code === 'unusual-departement') {
    const departement = licenceNumber.slice(4, 6);
    return joined(
      {
        fr: `Le département de ce numéro (${departement}) est inhabituel : c'est possible pour l'outre-mer ou un numéro ancien. Vérifiez-le.`,
        en: `The département in this number (${departement}) is unusual: possible for overseas or an old number. Please check it.`,
      },
      whereToFind[format],
    );
  }
  return joined(
    {
      fr: "Ce numéro n'a pas la forme habituelle d'un numéro de dossier (12 caractères) ; certains anciens permis roses en ont un autre. Vérifiez-le.",
      en: 'This number does not have the usual form of a file number (12 characters); some old pink licences have another. Please check it.',
    },
    whereToFind[format],
  );
}
