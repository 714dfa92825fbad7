/**
 * Real days, in the two forms the boundaries meet them: written (`2014-11-19`, from a meta file, a message,
 * a scene) and as numbers (from the extractor and a TimelineJS file). Both ask `isIsoDate`, the one
 * calendar check; this file stays out of the reader's first load, which needs only that check.
 */
import { isIsoDate } from './dates';

/** A real day written `YYYY-MM-DD`. */
export function isIsoDay(value: unknown): value is string {
	return isIsoDate(value) && value.length === 10;
}

/** Whether `year`-`month`-`day` (numbers, years 0 to 9999) is a day of the calendar. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
	const pad = (n: number, width: number) => String(n).padStart(width, '0');
	return isIsoDay(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
}
