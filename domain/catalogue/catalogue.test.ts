import { describe, expect, it } from 'vitest';
import { addDays, parseCalendarDate, type CalendarDate } from '../calendar/index.ts';
import { catalogueClasses, catalogueEntries, findByNatinf, infractionAt } from './index.ts';

const day = (text: string) => text as CalendarDate;
const entries = catalogueEntries();

const costOn = (code: string, date: string) => {
  const definition = infractionAt(code, day(date));
  return definition && { class: definition.class, points: definition.points };
};

describe('the catalogue', () => {
  it('holds every row of RULES.md §17, once each', () => {
    expect(entries.map((entry) => entry.appendixRow).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 50 }, (_, index) => index + 1),
    );
  });

  it('gives each entry a distinct stable code', () => {
    const codes = entries.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('labels each entry in French and in English', () => {
    for (const { label } of entries) {
      expect(label.fr.trim()).not.toBe('');
      expect(label.en.trim()).not.toBe('');
      expect(label.fr).not.toBe(label.en);
    }
  });

  it('gives NATINF codes as digits, never the same code to two entries', () => {
    const natinfs = entries.flatMap((entry) => entry.natinf ?? []);
    expect(natinfs.sort()).toEqual(['12929', '203', '213', '256', '31063', '32971', '50', '6118', '6212']);
    expect(new Set(natinfs).size).toBe(natinfs.length);
    for (const entry of entries) expect(entry.natinf?.length).not.toBe(0);
  });

  it('gives every version a known class and 0 to 6 points, or 9 for a délit', () => {
    for (const version of entries.flatMap((entry) => entry.versions)) {
      expect(catalogueClasses).toContain(version.class);
      const allowed = version.class === 'DELIT' ? [0, 1, 2, 3, 4, 5, 6, 9] : [0, 1, 2, 3, 4, 5, 6];
      expect(allowed).toContain(version.points);
    }
  });

  it('covers every offence date with exactly one version per entry, in order and without gaps', () => {
    for (const { code, versions } of entries) {
      expect(versions[0]?.from, code).toBeUndefined();
      expect(versions.at(-1)?.until, code).toBeUndefined();
      versions.slice(1).forEach((version, index) => {
        const previous = versions[index];
        expect(parseCalendarDate(version.from), code).toBeDefined();
        expect(parseCalendarDate(previous?.until), code).toBeDefined();
        expect(version.from, code).toBe(previous?.until && addDays(previous.until, 1));
      });
    }
  });

  it('switches version between the last day of one and the first day of the next', () => {
    for (const { code, versions } of entries) {
      versions.slice(1).forEach((version, index) => {
        const previous = versions[index];
        if (!previous?.until || !version.from) throw new Error(`${code} has an open inner bound`);
        expect(infractionAt(code, previous.until)).toMatchObject({
          class: previous.class,
          points: previous.points,
        });
        expect(infractionAt(code, version.from)).toMatchObject({
          class: version.class,
          points: version.points,
        });
      });
    }
  });
});

describe('versions by offence date', () => {
  it('makes speeding by less than 5 km/h free from 1 January 2024', () => {
    expect(costOn('speeding-under-5-limit-over-50', '2023-12-31')).toEqual({ class: 'C3', points: 1 });
    expect(costOn('speeding-under-5-limit-over-50', '2024-01-01')).toEqual({ class: 'C3', points: 0 });
    expect(costOn('speeding-under-5-limit-50-or-less', '2023-12-31')).toEqual({ class: 'C4', points: 1 });
    expect(costOn('speeding-under-5-limit-50-or-less', '2024-01-01')).toEqual({ class: 'C4', points: 0 });
  });

  it('makes speeding by 50 km/h or more a délit from 29 December 2025', () => {
    expect(costOn('speeding-50-or-more', '2025-12-28')).toEqual({ class: 'C5', points: 6 });
    expect(costOn('speeding-50-or-more', '2025-12-29')).toEqual({ class: 'DELIT', points: 6 });
  });

  it('makes drugs and alcohol together cost 9 points from 11 July 2025', () => {
    expect(costOn('drugs-and-alcohol', '2025-07-10')).toEqual({ class: 'DELIT', points: 6 });
    expect(costOn('drugs-and-alcohol', '2025-07-11')).toEqual({ class: 'DELIT', points: 9 });
  });

  it('keeps unversioned entries the same on any day', () => {
    expect(costOn('red-light', '1995-01-01')).toEqual({ class: 'C4', points: 4 });
    expect(costOn('red-light', '2030-01-01')).toEqual({ class: 'C4', points: 4 });
  });
});

describe('looking up an infraction', () => {
  it('gives the lasting facts with the version in force that day', () => {
    expect(infractionAt('speeding-50-or-more', day('2026-02-01'))).toEqual({
      code: 'speeding-50-or-more',
      appendixRow: 8,
      label: { fr: 'Excès de vitesse égal ou supérieur à 50 km/h', en: 'Speeding by 50 km/h or more' },
      article: 'R413-14-1 / L413-1',
      suspensionPossible: 'yes',
      notes: expect.stringContaining('29 Dec 2025') as string,
      from: '2025-12-29',
      class: 'DELIT',
      points: 6,
    });
  });

  it('knows nothing of an unknown code', () => {
    expect(infractionAt('parking-on-the-moon', day('2025-01-01'))).toBeUndefined();
  });

  it('finds an entry by any of its NATINF codes, in the version of the offence date', () => {
    expect(findByNatinf('213', day('2025-01-01'))?.code).toBe('excessive-speed-for-circumstances');
    expect(findByNatinf('256', day('2025-01-01'))?.code).toBe('wrong-way');
    expect(findByNatinf('32971', day('2025-01-01'))?.code).toBe('wrong-way');
    expect(findByNatinf('6118', day('2025-01-01'))).toMatchObject({
      code: 'amber-light',
      class: 'C2',
      points: 0,
    });
    expect(findByNatinf('99999', day('2025-01-01'))).toBeUndefined();
  });
});
