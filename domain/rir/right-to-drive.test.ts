import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../calendar/index.ts';
import { rightToDriveOn, type LicenceDecision } from './index.ts';

const day = (text: string) => text as CalendarDate;
const suspension = (from: string, until?: string): LicenceDecision => ({
  decision: 'suspension',
  from: day(from),
  ...(until === undefined ? {} : { until: day(until) }),
});
const cancellation = (from: string): LicenceDecision => ({ decision: 'cancellation', from: day(from) });
const lifted = (from: string): LicenceDecision => ({ decision: 'lifted', from: day(from) });

const statusOn = (date: string, decisions: LicenceDecision[], invalidatedOn: string | null = null) =>
  rightToDriveOn(day(date), { decisions, invalidatedOn: invalidatedOn === null ? null : day(invalidatedOn) });

describe('the right to drive on a day', () => {
  it('is valid with no decision and no invalidation', () => {
    expect(statusOn('2025-01-01', [])).toEqual({ status: 'valid' });
  });

  it('is suspended from the first to the last day of a suspension, and valid again the day after', () => {
    const decisions = [suspension('2025-03-01', '2025-08-31')];
    expect(statusOn('2025-02-28', decisions)).toEqual({ status: 'valid' });
    expect(statusOn('2025-03-01', decisions)).toEqual({
      status: 'suspended',
      since: '2025-03-01',
      until: '2025-08-31',
    });
    expect(statusOn('2025-08-31', decisions)).toEqual({
      status: 'suspended',
      since: '2025-03-01',
      until: '2025-08-31',
    });
    expect(statusOn('2025-09-01', decisions)).toEqual({ status: 'valid' });
  });

  it('stays suspended while a suspension has no end', () => {
    expect(statusOn('2030-01-01', [suspension('2025-03-01')])).toEqual({
      status: 'suspended',
      since: '2025-03-01',
      until: null,
    });
    expect(
      statusOn('2030-01-01', [
        suspension('2025-03-01', '2025-06-01'),
        { ...suspension('2025-05-01'), until: null },
      ]),
    ).toEqual({
      status: 'suspended',
      since: '2025-03-01',
      until: null,
    });
  });

  it('extends a suspension by an overlapping one, but not by one that starts after it ended', () => {
    const overlapping = [suspension('2025-03-01', '2025-05-31'), suspension('2025-05-01', '2025-07-31')];
    expect(statusOn('2025-07-31', overlapping)).toEqual({
      status: 'suspended',
      since: '2025-03-01',
      until: '2025-07-31',
    });
    const apart = [suspension('2025-03-01', '2025-03-31'), suspension('2025-05-01', '2025-05-31')];
    expect(statusOn('2025-04-15', apart)).toEqual({ status: 'valid' });
    expect(statusOn('2025-05-15', apart)).toEqual({
      status: 'suspended',
      since: '2025-05-01',
      until: '2025-05-31',
    });
  });

  it('applies decisions in date order whatever order they were given in', () => {
    expect(statusOn('2025-06-01', [lifted('2025-04-01'), suspension('2025-03-01')])).toEqual({
      status: 'valid',
    });
    expect(statusOn('2025-06-01', [suspension('2025-04-01'), lifted('2025-03-01')])).toEqual({
      status: 'suspended',
      since: '2025-04-01',
      until: null,
    });
  });

  it('ends a suspension or a cancellation when it is lifted', () => {
    expect(statusOn('2025-04-01', [suspension('2025-03-01', '2025-12-31'), lifted('2025-04-01')])).toEqual({
      status: 'valid',
    });
    expect(
      statusOn('2025-03-31', [suspension('2025-03-01', '2025-12-31'), lifted('2025-04-01')]).status,
    ).toBe('suspended');
    expect(statusOn('2025-05-01', [cancellation('2025-03-01'), lifted('2025-04-01')])).toEqual({
      status: 'valid',
    });
  });

  it('keeps a cancellation over a later suspension, and its first date over a later cancellation', () => {
    const decisions = [
      cancellation('2025-03-01'),
      suspension('2025-04-01', '2025-05-01'),
      cancellation('2025-06-01'),
    ];
    expect(statusOn('2025-07-01', decisions)).toEqual({ status: 'cancelled', since: '2025-03-01' });
  });

  it('turns a suspension into a cancellation when the court cancels', () => {
    expect(statusOn('2025-05-01', [suspension('2025-03-01'), cancellation('2025-04-01')])).toEqual({
      status: 'cancelled',
      since: '2025-04-01',
    });
  });

  it('ignores decisions that take effect after the day', () => {
    expect(statusOn('2025-02-28', [cancellation('2025-03-01')])).toEqual({ status: 'valid' });
  });

  it('is invalidated from the day the points reached zero, and no decision lifts it', () => {
    expect(statusOn('2025-04-30', [], '2025-05-01')).toEqual({ status: 'valid' });
    expect(statusOn('2025-05-01', [], '2025-05-01')).toEqual({ status: 'invalidated', since: '2025-05-01' });
    expect(statusOn('2025-09-01', [suspension('2025-03-01'), lifted('2025-06-01')], '2025-05-01')).toEqual({
      status: 'invalidated',
      since: '2025-05-01',
    });
  });

  it('shows whichever of a cancellation and an invalidation came first', () => {
    expect(statusOn('2025-09-01', [cancellation('2025-03-01')], '2025-05-01')).toEqual({
      status: 'cancelled',
      since: '2025-03-01',
    });
    expect(statusOn('2025-09-01', [cancellation('2025-06-01')], '2025-05-01')).toEqual({
      status: 'invalidated',
      since: '2025-05-01',
    });
  });
});
