import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../calendar/index.ts';
import type { HistoryItem } from '../licence-record/index.ts';
import { buildRiiRecord } from './index.ts';

const day = (text: string) => text as CalendarDate;

describe('the record of a RII', () => {
  it('shows lost points as negative, returned ones as positive, and each entry in words with French dates', () => {
    const history: HistoryItem[] = [
      { type: 'restoration', date: day('2026-09-01'), points: 1, balanceAfter: 12, rule: 'six-month' },
      {
        type: 'infraction',
        date: day('2026-03-01'),
        points: 1,
        balanceAfter: 11,
        offenceDate: day('2026-02-10'),
        class: 'C3',
        label: 'Excès de vitesse',
        place: 'Lyon',
        natinf: '11300',
      },
      {
        type: 'course',
        date: day('2025-11-06'),
        points: 4,
        balanceAfter: 12,
        startedOn: day('2025-11-04'),
        endedOn: day('2025-11-05'),
      },
      {
        type: 'decision',
        date: day('2025-01-01'),
        points: 0,
        decision: 'suspension',
        until: day('2025-06-30'),
      },
    ];
    expect(buildRiiRecord({ balance: 12, maximum: 12 }, history)).toEqual({
      balance: 12,
      maximum: 12,
      entries: [
        {
          date: '2026-09-01',
          type: 'restoration',
          points: 1,
          balanceAfter: 12,
          description: 'Restitution du point après six mois sans infraction',
        },
        {
          date: '2026-03-01',
          type: 'infraction',
          points: -1,
          balanceAfter: 11,
          description: 'Excès de vitesse commise le 10/02/2026 à Lyon (NATINF 11300)',
        },
        {
          date: '2025-11-06',
          type: 'course',
          points: 4,
          balanceAfter: 12,
          description: 'Stage de sensibilisation du 04/11/2025 au 05/11/2025',
        },
        {
          date: '2025-01-01',
          type: 'decision',
          points: 0,
          balanceAfter: null,
          description: "Suspension du permis jusqu'au 30/06/2025",
        },
      ],
    });
  });
});
