// Where the simulation starts (C14): on `obtainedOn` with a full capital, or on `balanceKnownOn` with the balance
// the authority stated, its unknown history standing in for the infractions that are not given.
import type { CalendarDate } from '../calendar/index.ts';
import { FULL_CAPITAL, PROBATION_START_CAPITAL } from './capital.ts';
import { probationOn } from './probation.ts';
import type { LicenceFacts } from './types.ts';

export interface StartingPoint {
  on: CalendarDate;
  balance: number;
  maximum: number;
  inProbation: boolean;
  /** Points are missing on `on`: one point-losing withdrawal of the 3-year kind established that day. */
  unknownHistory: boolean;
  /** Points are missing during a probation: an infraction committed in probation before `on`. */
  presumedInfraction: boolean;
}

export function startingPoint(licence: LicenceFacts): StartingPoint {
  const { balanceKnownOn, initialBalance } = licence;
  if (balanceKnownOn === undefined || initialBalance === undefined) {
    const inProbation = licence.probation !== 'none';
    const maximum = inProbation ? PROBATION_START_CAPITAL : FULL_CAPITAL;
    return {
      on: licence.obtainedOn,
      balance: maximum,
      maximum,
      inProbation,
      unknownHistory: false,
      presumedInfraction: false,
    };
  }
  const { inProbation, maximum } = probationOn(licence, balanceKnownOn);
  const unknownHistory = initialBalance < maximum;
  return {
    on: balanceKnownOn,
    balance: initialBalance,
    maximum,
    inProbation,
    unknownHistory,
    presumedInfraction: inProbation && unknownHistory,
  };
}
