// Courses (RULES.md §5, C8): credited the day after their last day, up to 4 points within the maximum, and at most
// once a year counted from the previous course that gave points.
import { addDays, addYears, type CalendarDate } from '../calendar/index.ts';
import type { CourseFact, CourseYearRule } from './types.ts';

export const COURSE_POINTS = 4;

export function courseCreditDay(course: CourseFact): CalendarDate {
  return addDays(course.endedOn, 1);
}

/** The first day a new course may start after `previous` under the chosen year rule. */
function nextCourseFrom(previous: CourseFact, rule: CourseYearRule): CalendarDate {
  return rule === 'firstDayAnniversary'
    ? addYears(previous.startedOn, 1)
    : addDays(addYears(previous.endedOn, 1), 1);
}

export function yearRuleAllows(
  course: CourseFact,
  previous: CourseFact | null,
  rule: CourseYearRule,
): boolean {
  return previous === null || course.startedOn >= nextCourseFrom(previous, rule);
}
