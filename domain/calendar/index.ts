// Public face of domain/calendar: calendar days, the C2 date arithmetic, and a day written in French.
export {
  type CalendarDate,
  addDays,
  addMonths,
  addYears,
  daysBetween,
  daysInMonth,
  fromEpochDay,
  fromParts,
  isLeapYear,
  maxDate,
  minDate,
  parseCalendarDate,
  toEpochDay,
  toParts,
} from './calendar-date.ts';
export { frenchDate } from './french-date.ts';
