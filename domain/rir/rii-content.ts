// What a RII (relevé d'information intégral: the full record, for its holder only) adds to the RIR: the points
// balance and every entry of the history, each described in the document's words (French).
import type { CalendarDate } from '../calendar/index.ts';
import type { HistoryItem } from '../licence-record/index.ts';
import { ruleWording } from '../points/index.ts';

export type RiiEntry = {
  date: CalendarDate;
  type: HistoryItem['type'];
  /** Points taken (negative) or given back (positive); zero for an entry that moved none. */
  points: number;
  balanceAfter: number | null;
  description: string;
};

export type RiiRecord = { balance: number; maximum: number; entries: RiiEntry[] };

const decisions: Record<string, string> = {
  suspension: 'Suspension du permis',
  cancellation: 'Annulation du permis',
  lifted: 'Levée de la mesure',
};

/** 2026-02-10 as a French reader writes it: 10/02/2026. */
const short = (date: string | undefined) => (date ? date.split('-').reverse().join('/') : '');

function describe(item: HistoryItem): string {
  switch (item.type) {
    case 'infraction':
      return [
        item.label ?? `Infraction de classe ${item.class ?? '?'}`,
        item.offenceDate ? `commise le ${short(item.offenceDate)}` : '',
        item.place ? `à ${item.place}` : '',
        item.natinf ? `(NATINF ${item.natinf})` : '',
      ]
        .filter(Boolean)
        .join(' ');
    case 'course':
      return `Stage de sensibilisation du ${short(item.startedOn)} au ${short(item.endedOn)}`;
    case 'decision':
      return `${decisions[item.decision ?? ''] ?? 'Décision'}${item.until ? ` jusqu'au ${short(item.until)}` : ''}`;
    case 'restoration':
      return item.rule ? ruleWording[item.rule].recordEntry : 'Restitution de points';
    case 'correction':
      return `Correction : restitution annulée (${item.rule ?? ''})`;
  }
}

/** The history counts points as magnitudes; the RII shows what was lost as negative, what came back as positive. */
function signedPoints(item: HistoryItem): number {
  const magnitude = Math.abs(item.points);
  return item.type === 'infraction' || item.type === 'correction' ? -magnitude : magnitude;
}

/** The record of a RII from the statement on the day of issue and the history up to that day, newest first. */
export function buildRiiRecord(
  statement: { balance: number; maximum: number },
  history: readonly HistoryItem[],
): RiiRecord {
  return {
    balance: statement.balance,
    maximum: statement.maximum,
    entries: history.map((item) => ({
      date: item.date,
      type: item.type,
      points: signedPoints(item),
      balanceAfter: item.balanceAfter ?? null,
      description: describe(item),
    })),
  };
}
