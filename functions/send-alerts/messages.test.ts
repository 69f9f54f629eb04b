import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../events/index.ts';
import { messagesFor } from './messages.ts';

const NBSP = '\u00a0';
const event = (type: DomainEvent['type'], detail: unknown): DomainEvent => ({
  id: 'e1',
  type,
  occurredAt: '2024-06-01T08:00:00.000Z',
  detail: detail as DomainEvent['detail'],
});
const infraction = (overrides: Record<string, unknown>) =>
  event('InfractionRecorded', {
    licenceNumber: '130675012345',
    eventId: 'i1',
    offenceDate: '2024-05-01',
    establishedOn: '2024-05-10',
    points: 6,
    class: 'DELIT',
    balance: 0,
    letters: [{ code: '48SI', date: '2024-05-10', infractionIds: ['i1'], balanceAfter: 0 }],
    ...overrides,
  });

describe('the letters', () => {
  it('say what was actually withdrawn when a cap left fewer points than the infraction costs', () => {
    const [letter] = messagesFor(
      infraction({
        points: 6,
        withdrawn: 2,
        balance: 0,
        letters: [{ code: '48SI', date: '2024-05-10', infractionIds: ['i1'], balanceAfter: 0 }],
      }),
    );
    expect(letter?.subject).toBe(`Lettre 48SI${NBSP}: invalidation de votre permis de conduire`);
    expect(letter?.text).toContain(
      `Le 10 mai 2024, un retrait de 2${NBSP}points a été enregistré sur votre permis de conduire pour l'infraction suivante${NBSP}: délit routier, commise le 1er mai 2024.`,
    );
    expect(letter?.text).toContain(`dans les 10${NBSP}jours francs`);
    expect(letter?.text).not.toContain('seront rendus');
  });

  it('name the registry’s wording when the catalogue does not know the NATINF code', () => {
    const [letter] = messagesFor(
      infraction({
        natinf: '99999',
        label: 'Conduite sans permis',
        letters: [{ code: '48', date: '2024-05-10', infractionIds: ['i1'], balanceAfter: 6 }],
      }),
    );
    expect(letter?.text).toContain(`suivante${NBSP}: Conduite sans permis (NATINF 99999), commise`);
  });

  it('write restorations and corrections with French dates', () => {
    const [restored] = messagesFor(
      event('PointsRestored', {
        licenceNumber: '130675012345',
        changes: [{ date: '2027-03-01', rule: 'full-restoration', points: 4, balanceAfter: 12 }],
        balance: 12,
      }),
    );
    expect(restored?.text).toBe(
      `- le 1er mars 2027${NBSP}: +4${NBSP}points (reconstitution du capital)\nVotre solde est de 12${NBSP}points.`,
    );
    const [corrected] = messagesFor(
      event('RestorationCorrected', {
        licenceNumber: '130675012345',
        corrections: [{ date: '2024-11-15', rule: 'six-month', points: 1, reason: 'voided' }],
        balance: 5,
      }),
    );
    expect(corrected?.text).toContain(`- le 15 novembre 2024${NBSP}: règle des 6 mois (annulée)`);
  });
});
