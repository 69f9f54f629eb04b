// The words of each alert: the letter the law would send (48, 48M, 48N, 48SI), naming the points withdrawn, the
// infraction, the date and when the points come back, and the notices of restorations and corrections, in French.
import { frenchDate, type CalendarDate } from '../../domain/calendar/index.ts';
import { findByNatinf } from '../../domain/catalogue/index.ts';
import { isRestorationRule, ruleWording } from '../../domain/points/index.ts';
import type { DomainEvent, EventDetail } from '../../events/index.ts';

export interface AlertMessage {
  kind: string;
  subject: string;
  text: string;
}

// French typography: a no-break space between a number and its unit and before a colon; numbers as fr-FR writes
// them (a narrow no-break space between thousands).
const NBSP = '\u00a0';
const frenchNumber = new Intl.NumberFormat('fr-FR');
const plural = (points: number) =>
  `${frenchNumber.format(points)}${NBSP}point${Math.abs(points) > 1 ? 's' : ''}`;
const colon = `${NBSP}:`;
const dayOf = (date: string) => frenchDate(date as CalendarDate);

/** A rule as a letter names it; one this version does not know, by its code. */
const ruleName = (rule: string) => (isRestorationRule(rule) ? ruleWording[rule].name : rule);

type Infraction = EventDetail<'InfractionRecorded'>;
type Letter = Infraction['letters'][number];

/** The infraction as the letter names it: the catalogue's wording for its NATINF, else the registry's, else its class. */
function infractionName({ natinf, label, class: infractionClass, offenceDate }: Infraction): string {
  const known = natinf === undefined ? undefined : findByNatinf(natinf, offenceDate as CalendarDate);
  const byClass =
    infractionClass === undefined
      ? 'infraction au code de la route'
      : infractionClass === 'DELIT'
        ? 'délit routier'
        : `contravention de la ${infractionClass.slice(1)}e${NBSP}classe`;
  const name = known?.label.fr ?? label ?? byClass;
  return natinf === undefined ? name : `${name} (NATINF ${natinf})`;
}

/** What was withdrawn, for which infraction and when, then the balance. */
function withdrawalOf(detail: Infraction, letter: Letter): string {
  return (
    `Le ${dayOf(letter.date)}, un retrait de ${plural(detail.withdrawn ?? detail.points)} a été enregistré sur votre permis de conduire ` +
    `pour l'infraction suivante${colon} ${infractionName(detail)}, commise le ${dayOf(detail.offenceDate)}. ` +
    `Votre solde est de ${plural(letter.balanceAfter)}.`
  );
}

/** When the points come back if no new infraction costs points: each date, and what it gives back. */
function returnsOf(detail: Infraction): string {
  const returns = detail.returns ?? [];
  if (returns.length === 0) return '';
  const lines = returns.map((change) =>
    change.rule === 'full-restoration'
      ? `- le ${dayOf(change.date)}${colon} votre solde revient à ${plural(change.balanceAfter)} (${ruleName(change.rule)})`
      : `- le ${dayOf(change.date)}${colon} ${plural(change.points)} ${change.points > 1 ? 'vous sont rendus' : 'vous est rendu'} (${ruleName(change.rule)})`,
  );
  return `\nSi aucune nouvelle infraction ne vous fait perdre de points, ces points vous seront rendus${colon}\n${lines.join('\n')}`;
}

const letterTexts: Record<
  '48' | '48M' | '48N' | '48SI',
  (detail: Infraction, letter: Letter) => Omit<AlertMessage, 'kind'>
> = {
  '48': (detail, letter) => ({
    subject: `Lettre 48${colon} retrait de ${plural(detail.withdrawn ?? detail.points)}`,
    text: `${withdrawalOf(detail, letter)}${returnsOf(detail)}`,
  }),
  '48M': (detail, letter) => ({
    subject: `Lettre 48M${colon} votre solde est de 6${NBSP}points ou moins`,
    text: `${withdrawalOf(detail, letter)}${returnsOf(detail)}\nUn stage de sensibilisation à la sécurité routière peut vous rendre jusqu'à 4${NBSP}points.`,
  }),
  '48N': (detail, letter) => ({
    subject: `Lettre 48N${colon} stage obligatoire (permis probatoire)`,
    text: `${withdrawalOf(detail, letter)}${returnsOf(detail)}\nCette infraction de 3${NBSP}points ou plus a été commise pendant votre période probatoire${colon} vous devez suivre un stage de sensibilisation à la sécurité routière dans un délai de 4${NBSP}mois.`,
  }),
  '48SI': (detail, letter) => ({
    subject: `Lettre 48SI${colon} invalidation de votre permis de conduire`,
    text: `${withdrawalOf(detail, letter)}\nVotre solde de points est nul${colon} votre permis de conduire n'est plus valide pour aucune catégorie. Vous devez le remettre à la préfecture dans les 10${NBSP}jours francs.`,
  }),
};

export function messagesFor(event: DomainEvent): AlertMessage[] {
  switch (event.type) {
    case 'InfractionRecorded': {
      const detail = event.detail as EventDetail<'InfractionRecorded'>;
      return detail.letters.map((letter) => ({
        kind: `letter-${letter.code}`,
        ...letterTexts[letter.code](detail, letter),
      }));
    }
    case 'PointsRestored': {
      const detail = event.detail as EventDetail<'PointsRestored'>;
      const lines = detail.changes.map(
        (change) => `- le ${dayOf(change.date)}${colon} +${plural(change.points)} (${ruleName(change.rule)})`,
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
        (correction) => `- le ${dayOf(correction.date)}${colon} ${ruleName(correction.rule)} (annulée)`,
      );
      return [
        {
          kind: 'restoration-corrected',
          subject: 'Correction de votre solde de points',
          text: `Une infraction enregistrée tardivement modifie des restitutions de points${colon}\n${lines.join('\n')}\nVotre solde est de ${plural(detail.balance)}.`,
        },
      ];
    }
    default:
      return [];
  }
}
