// Whether the registry's holder is the person the caller proved or stated: names
// compared without case, accents or punctuation, given names in order.
import type { Holder } from '../../domain/licence-record/index.ts';

export interface AssertedIdentity {
  familyName: string;
  givenNames: string;
  birthDate: string;
}

export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\-'’.]+/g, ' ')
    .trim();
}

export function sameHolder(
  holder: Pick<Holder, 'familyName' | 'givenNames' | 'birthDate'>,
  asserted: AssertedIdentity,
): boolean {
  return (
    holder.birthDate === asserted.birthDate &&
    normaliseName(holder.familyName) === normaliseName(asserted.familyName) &&
    normaliseName(holder.givenNames) === normaliseName(asserted.givenNames)
  );
}
