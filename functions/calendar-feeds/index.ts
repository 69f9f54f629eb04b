// Public face of functions/calendar-feeds: the motorist's calendar, downloaded or subscribed to.
export { makeCalendars } from './use-case.ts';
