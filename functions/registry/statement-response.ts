// The statement of a stored licence on a day, computed from its facts.
import type { CalendarDate } from '../../domain/calendar/index.ts';
import { toPointsCase } from '../../domain/licence-record/index.ts';
import { computeStatement, type Statement } from '../../domain/points/index.ts';
import type { StoredLicence } from '../adapters/licence-repository.ts';

export function statementResponse(licence: StoredLicence, asOf: CalendarDate): Statement {
  return computeStatement(toPointsCase(licence, asOf < licence.obtainedOn ? licence.obtainedOn : asOf));
}
