// How each automatic change is written in French, once for every place a motorist reads it: the rule's name in a
// letter, the title of a calendar event, the entry of the full record (RII).
import type { RestorationRule } from './restoration-rules.ts';

export interface RuleWording {
  /** The rule as a letter names it, in parentheses after what comes back: "règle des 6 mois". */
  name: string;
  /** The title of the day in a calendar: "Retour du point (règle des 6 mois)". */
  calendarTitle: string;
  /** The entry of the RII, in the document's formal words. */
  recordEntry: string;
}

export const ruleWording: Record<RestorationRule, RuleWording> = {
  'six-month': {
    name: 'règle des 6 mois',
    calendarTitle: 'Retour du point (règle des 6 mois)',
    recordEntry: 'Restitution du point après six mois sans infraction',
  },
  'full-restoration': {
    name: 'reconstitution du capital',
    calendarTitle: 'Reconstitution du capital (12 points)',
    recordEntry: 'Reconstitution totale du capital',
  },
  'ten-year': {
    name: 'règle des 10 ans',
    calendarTitle: 'Retour de points (règle des 10 ans)',
    recordEntry: 'Restitution dix ans après la perte',
  },
  'probation-increment': {
    name: 'période probatoire',
    calendarTitle: 'Points de la période probatoire',
    recordEntry: 'Majoration annuelle du permis probatoire',
  },
  'probation-end': {
    name: 'fin de la période probatoire',
    calendarTitle: 'Fin de la période probatoire',
    recordEntry: 'Fin de la période probatoire',
  },
};
