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

/** Today in Paris, as the API counts days. */
export function todayInParis(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
}
