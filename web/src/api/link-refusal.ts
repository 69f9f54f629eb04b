// What a refused link (PUT /v1/me/licence) means for the person, from the API's problem.
import type { MessageId, Values } from '../i18n/index.ts';
import { ApiError } from './problem.ts';

export type FieldName = 'licenceNumber' | 'format' | 'familyName' | 'givenNames' | 'birthDate';

export interface LinkRefusal {
  /** The message of the alert above the form, when the refusal is not about one field. */
  alert?: { id: MessageId; values?: Values } | { text: string };
  /** Messages from the API, next to the fields they name. */
  fields: Partial<Record<FieldName, string>>;
}

const fieldOfPath = (path: string): FieldName | undefined => {
  const last = path.split(/[./]/).filter(Boolean).pop();
  return (['licenceNumber', 'format', 'familyName', 'givenNames', 'birthDate'] as const).find(
    (name) => name === last,
  );
};

export function linkRefusal(error: unknown): LinkRefusal {
  if (!(error instanceof ApiError)) return { alert: { id: 'app.error' }, fields: {} };
  const kind = error.kind;
  if (error.status === 429) {
    return error.retryAfter
      ? {
          alert: { id: 'link.tooMany', values: { minutes: Math.max(1, Math.ceil(error.retryAfter / 60)) } },
          fields: {},
        }
      : { alert: { id: 'link.tooManyLater' }, fields: {} };
  }
  if (error.status === 422 && kind === 'licence-not-matched')
    return { alert: { id: 'link.notMatched' }, fields: {} };
  if (error.status === 409) return { alert: { id: 'link.linkedElsewhere' }, fields: {} };
  const fields: LinkRefusal['fields'] = {};
  const unplaced: string[] = [];
  for (const item of error.problem.errors ?? []) {
    const field = fieldOfPath(item.path);
    if (field && !fields[field]) fields[field] = item.message;
    else unplaced.push(item.message);
  }
  if (unplaced.length || Object.keys(fields).length === 0) {
    return { alert: { text: unplaced.join(' ') || error.problem.detail || error.message }, fields };
  }
  return { fields };
}
