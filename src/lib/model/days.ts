/**
 * A day given as numbers (by the extractor, by a TimelineJS file), asked of the one calendar check. Apart
 * from `dates.ts` because the reader's first load holds that file's chunk and needs none of this.
 */
import { isIsoDay } from './dates';

/** Whether `year`-`month`-`day` (numbers, years 0 to 9999) is a day of the calendar. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
	const pad = (n: number, width: number) => String(n).padStart(width, '0');
	return isIsoDay(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
}
