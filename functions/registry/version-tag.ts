// The ETag of a licence record is its version (a strong validator: every write bumps it), so a registry client
// can make a replace conditional with If-Match and an older replayed write changes nothing (RFC 9110 §13.1.1).
import { problems } from '../http/index.ts';

export const versionTag = (version: number) => `"${version}"`;

/** The version an If-Match names; undefined without one. */
export function expectedVersion(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined) return undefined;
  const match = /^\s*(?:W\/)?"(\d{1,15})"\s*$/.exec(ifMatch);
  if (!match?.[1])
    throw problems.validation([
      { path: 'If-Match', code: 'invalid-format', message: 'must be the ETag of the record, such as "3"' },
    ]);
  return Number(match[1]);
}
