// The words of each alert: the letter the law would send (48, 48M, 48N, 48SI)
// and the notices of restorations and corrections, in French.
import type { DomainEvent, EventDetail } from '../../events/index.ts';

export interface AlertMessage {
  kind: string;
  subject: string;
  text: string;
}

const plural = (points: number) => `${points} point${Math.abs(points) > 1 ? 's' : ''}`;

const letterTexts: Record<'48' | '48M' | '48N' | '48SI', (balance: number) => Omit<AlertMessage, 'kind'>> = {
  '48': (balance) => ({
    subject: 'Lettre 48 : retrait de points',
    text: `Un retrait de points a été enregistré sur votre permis de conduire. Votre solde est de ${plural(balance)}.`,
  }),
  '48M': (balance) => ({
    subject: 'Lettre 48M : votre solde est de 6 points ou moins',
    text: `Un retrait de points a été enregistré. Votre solde est de ${plural(balance)}. Un stage de sensibilisation à la sécurité routière peut vous rendre jusqu'à 4 points.`,
  }),
  '48N': (balance) => ({
    subject: 'Lettre 48N : stage obligatoire (permis probatoire)',
    text: `Une infraction de 3 points ou plus a été commise pendant votre période probatoire. Vous devez suivre un stage de sensibilisation à la sécurité routière dans un délai de 4 mois. Votre solde est de ${plural(balance)}.`,
  }),
  '48SI': () => ({
    subject: 'Lettre 48SI : invalidation de votre permis de conduire',
    text: "Votre solde de points est nul : votre permis de conduire n'est plus valide pour aucune catégorie. Vous devez le remettre à la préfecture dans les 10 jours francs.",
  }),
};

const ruleTexts: Record<string, string> = {
  'six-month': 'règle des 6 mois',
  'full-restoration': 'reconstitution du capital',
  'ten-year': 'règle des 10 ans',
  'probation-increment': 'période probatoire',
  'probation-end': 'fin de la période probatoire',
};

export function messagesFor(event: DomainEvent): AlertMessage[] {
  switch (event.type) {
    case 'InfractionRecorded': {
      const detail = event.detail as EventDetail<'InfractionRecorded'>;
      return detail.letters.map((letter) => ({
        kind: `letter-${letter.code}`,
        ...letterTexts[letter.code](letter.balanceAfter),
      }));
    }
    case 'PointsRestored': {
      const detail = event.detail as EventDetail<'PointsRestored'>;
      const lines = detail.changes.map(
        (change) => `- ${change.date} : +${plural(change.points)} (${ruleTexts[change.rule] ?? change.rule})`,
      );
      return [
        {
          kind: 'points-restored',
          subject: 'Des points vous ont été rendus',
          text: `${lines.join('\n')}\nVotre solde est de ${plural(detail.balance)}.`,
        },
      ];
    }
    case 'RestorationCorrected': {
      const detail = event.detail as EventDetail<'RestorationCorrected'>;
      const lines = detail.corrections.map(
        (correction) => `- ${correction.date} : ${ruleTexts[correction.rule] ?? correction.rule} (annulée)`,
      );
      return [
        {
          kind: 'restoration-corrected',
          subject: 'Correction de votre solde de points',
          text: `Une infraction enregistrée tardivement modifie des restitutions de points :\n${lines.join('\n')}\nVotre solde est de ${plural(detail.balance)}.`,
        },
      ];
    }
    default:
      return [];
  }
}
