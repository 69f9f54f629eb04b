// Public face of functions/calendar-feeds: the motorist's calendar, downloaded or subscribed to.
export { makeCalendars, makeSubscribeToCalendar } from './use-case.ts';
