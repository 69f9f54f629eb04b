import { describe, expect, it } from 'vitest';
import { eventTypes, parseEvent } from './index.ts';

describe('event contracts', () => {
  it('names every event of the design', () => {
    for (const name of [
      'LicenceRecorded',
      'InfractionRecorded',
      'CourseRecorded',
      'DecisionRecorded',
      'PointsRestored',
      'LicenceInvalidated',
      'LicenceLinked',
      'RirIssued',
    ]) {
      expect(eventTypes).toContain(name);
    }
  });

  it('accepts a valid event and refuses a detail that breaks its schema', () => {
    const event = {
      id: 'e1',
      type: 'LicenceInvalidated',
      occurredAt: '2026-01-01T00:00:00Z',
      detail: { licenceNumber: '130675100123', invalidatedOn: '2025-06-20' },
    };
    expect(parseEvent(event).type).toBe('LicenceInvalidated');
    expect(() => parseEvent({ ...event, detail: { licenceNumber: '130675100123' } })).toThrow();
    expect(() => parseEvent({ ...event, type: 'Unknown' })).toThrow();
  });
});
