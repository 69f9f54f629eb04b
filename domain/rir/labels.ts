// The words printed on the RIR, in French (the document's language by default) and English: one label for
// every field of the content model and every value it can take, so the PDF writes no text of its own.
import type { LicenceFormat } from '../licence-number/index.ts';
import type { RightToDriveStatus } from './right-to-drive.ts';
import type { HolderIdentification, RirCategory, RirContent } from './rir-content.ts';

type FieldsOf<T> = T extends string | number | boolean | null | undefined
  ? never
  : T extends readonly (infer Item)[]
    ? FieldsOf<Item>
    : { [Key in keyof T & string]: Key | FieldsOf<T[Key]> }[keyof T & string];

/** Every key found anywhere in the content model, nested ones included. */
export type RirField = FieldsOf<RirContent>;

export type RirLanguage = 'fr' | 'en';

export type RirLabels = {
  title: string;
  pointsNotice: string;
  /** What the document is for and what its signature and QR code prove. */
  legalNotice: string;
  fields: Record<RirField, string>;
  holderIdentifications: Record<HolderIdentification, string>;
  formats: Record<LicenceFormat, string>;
  rightToDrive: Record<RightToDriveStatus, string>;
  categoryValidity: Record<RirCategory['validity'], string>;
  noRestriction: string;
  bornAbroad: string;
  noEndDate: string;
};

export const rirLabels: Record<RirLanguage, RirLabels> = {
  fr: {
    title: "Relevé d'information restreint",
    pointsNotice:
      "Ce relevé atteste le droit de conduire, ses catégories et leur validité. Il n'indique pas le solde de points, réservé au titulaire et aux autorités (article L223-7 du code de la route).",
    legalNotice:
      "Document signé électroniquement. Son authenticité et la situation actuelle du permis se vérifient en scannant le code QR ou à l'adresse ci-dessous, avec le code de vérification. Toute modification du fichier invalide la signature.",
    fields: {
      reference: 'Référence',
      verificationCode: 'Code de vérification',
      verificationUrl: 'Vérifier ce relevé',
      issuedOn: 'Délivré le',
      issuedAt: 'Délivré le',
      validUntil: "Valable jusqu'au",
      holderIdentification: 'Identité du titulaire',
      holder: 'Titulaire',
      familyName: 'Nom',
      givenNames: 'Prénoms',
      birthDate: 'Date de naissance',
      birthPlace: 'Lieu de naissance (code commune INSEE)',
      birthCountry: 'Pays de naissance (code INSEE)',
      licenceNumber: 'Numéro de dossier (NEPH)',
      format: 'Modèle du permis',
      rightToDrive: 'Droit de conduire',
      status: 'Situation',
      since: 'Depuis le',
      until: "Jusqu'au",
      categories: 'Catégories',
      code: 'Catégorie',
      obtainedOn: 'Obtenue le',
      validity: 'Validité',
      restrictions: 'Mentions additionnelles ou restrictives (codes UE)',
    },
    formats: {
      'eu-card': 'Permis au format carte (modèle européen)',
      'pink-3-fold': 'Permis rose en trois volets',
    },
    rightToDrive: {
      valid: 'Valide',
      suspended: 'Suspendu',
      cancelled: 'Annulé',
      invalidated: 'Invalidé',
    },
    holderIdentifications: {
      franceconnect: 'Vérifiée par FranceConnect',
      declared: 'Déclarée par le titulaire (compte e-mail), non vérifiée',
    },
    categoryValidity: { valid: 'En cours de validité', expired: 'Expirée' },
    noRestriction: 'Aucune',
    bornAbroad: "Né(e) à l'étranger",
    noEndDate: 'Sans date de fin',
  },
  en: {
    title: 'Restricted information statement',
    pointsNotice:
      'This statement proves the right to drive, its categories and their validity. It does not show the points balance, which is reserved to the holder and the authorities (article L223-7 of the Code de la route).',
    legalNotice:
      'Electronically signed document. Check its authenticity and the licence status today by scanning the QR code or at the address below, with the verification code. Any change to the file breaks the signature.',
    fields: {
      reference: 'Reference',
      verificationCode: 'Verification code',
      verificationUrl: 'Verify this statement',
      issuedOn: 'Issued on',
      issuedAt: 'Issued at',
      validUntil: 'Valid until',
      holderIdentification: "Holder's identity",
      holder: 'Holder',
      familyName: 'Family name',
      givenNames: 'Given names',
      birthDate: 'Date of birth',
      birthPlace: 'Place of birth (INSEE commune code)',
      birthCountry: 'Country of birth (INSEE code)',
      licenceNumber: 'Licence file number (NEPH)',
      format: 'Licence model',
      rightToDrive: 'Right to drive',
      status: 'Status',
      since: 'Since',
      until: 'Until',
      categories: 'Categories',
      code: 'Category',
      obtainedOn: 'Obtained on',
      validity: 'Validity',
      restrictions: 'Additional or restrictive entries (EU codes)',
    },
    formats: {
      'eu-card': 'Card licence (EU model)',
      'pink-3-fold': 'Pink three-fold paper licence',
    },
    rightToDrive: {
      valid: 'Valid',
      suspended: 'Suspended',
      cancelled: 'Cancelled',
      invalidated: 'Invalidated',
    },
    holderIdentifications: {
      franceconnect: 'Verified through FranceConnect',
      declared: 'Stated by the holder (e-mail account), not verified',
    },
    categoryValidity: { valid: 'Valid', expired: 'Expired' },
    noRestriction: 'None',
    bornAbroad: 'Born abroad',
    noEndDate: 'No end date',
  },
};
