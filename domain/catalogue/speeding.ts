// Which speeding row of the catalogue applies. RULES.md §17 bands the retained excess: the measured speed
// minus the technical margin, minus the limit; the caller computes it, as the notice of offence states it.
export type SpeedingCode =
  | 'speeding-under-5-limit-over-50'
  | 'speeding-under-5-limit-50-or-less'
  | 'speeding-5-to-20-limit-over-50'
  | 'speeding-5-to-20-limit-50-or-less'
  | 'speeding-20-to-30'
  | 'speeding-30-to-40'
  | 'speeding-40-to-50'
  | 'speeding-50-or-more';

/** The catalogue code for a retained excess over a limit, both in km/h; undefined when there is no excess. */
export function speedingCode({
  retainedExcessKmh,
  limitKmh,
}: {
  retainedExcessKmh: number;
  limitKmh: number;
}): SpeedingCode | undefined {
  const lowLimit = limitKmh <= 50;
  if (!(retainedExcessKmh > 0)) return undefined;
  if (retainedExcessKmh < 5)
    return lowLimit ? 'speeding-under-5-limit-50-or-less' : 'speeding-under-5-limit-over-50';
  if (retainedExcessKmh < 20)
    return lowLimit ? 'speeding-5-to-20-limit-50-or-less' : 'speeding-5-to-20-limit-over-50';
  if (retainedExcessKmh < 30) return 'speeding-20-to-30';
  if (retainedExcessKmh < 40) return 'speeding-30-to-40';
  if (retainedExcessKmh < 50) return 'speeding-40-to-50';
  return 'speeding-50-or-more';
}
