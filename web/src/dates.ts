// Dates as people type them (JJ/MM/AAAA, or the ISO form) to the API's `YYYY-MM-DD`, and back.
export function parseTypedDate(input: string): string | undefined {
  const text = input.trim();
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text) ?? undefined;
  const [year, month, day] = match
    ? [match[3], match[2], match[1]]
    : (/^(\d{4})-(\d{2})-(\d{2})$/.exec(text)?.slice(1) ?? []);
  if (!year || !month || !day) return undefined;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso) ? iso : undefined;
}

/** `YYYY-MM-DD` as typed in the forms (JJ/MM/AAAA). */
export const typedDate = (iso: string) => iso.split('-').reverse().join('/');

/** The day (`YYYY-MM-DD`) an instant falls on in Paris, as the API counts days: today unless told. */
export function dayInParis(at: Date | string = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(at));
}

export const todayInParis = (): string => dayInParis();

/** The hour and minute of an instant in Paris (`14:05`). */
export function timeInParis(at: Date | string): string {
  return new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(at));
}
