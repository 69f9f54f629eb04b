// Public face of domain/calendar: calendar days and the C2 date arithmetic.
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
