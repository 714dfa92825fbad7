/**
 * Partial ISO dates (`2014`, `2014-11`, `2014-11-19`) as instants. All in UTC so that a year band is
 * the same on every machine whatever its time zone.
 */
import { ISO_PARTIAL_DATE } from './constants';
import type { Precision, TimelineEvent } from './schema';

/** One day in ms: every day here is a UTC day, with no daylight saving to stretch it. */
export const DAY_MS = 86_400_000;

/**
 * `2014`, `2014-11` or `2014-11-19`, naming a period the (proleptic Gregorian) calendar has: the pattern
 * lets `2014-02-30` through, which `Date` rolls over into March while the text still says February, so a
 * date is real when it reads the same after a trip through `Date`. The one calendar check of nianbiao:
 * the schema, curation, `?src=` data, TimelineJS import, URL windows, messages, scenes and the extractor
 * all ask it, directly or through `isIsoDay` and `isCalendarDay` (`days.ts`).
 */
export function isIsoDate(value: unknown): value is string {
	return (
		typeof value === 'string' &&
		ISO_PARTIAL_DATE.test(value) &&
		toIso(periodStart(value), precisionOf(value)) === value
	);
}

/** A real calendar day written YYYY-MM-DD. */
export function isIsoDay(value: unknown): value is string {
	return isIsoDate(value) && value.length === 10;
}

export function precisionOf(iso: string): Precision {
	const parts = iso.split('-').length;
	return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/** The first instant of the period the partial date names. */
export function periodStart(iso: string): Date {
	const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
	const date = new Date(Date.UTC(2000, month - 1, day));
	// Date.UTC maps years 0-99 to 1900-1999; set the year on its own to keep any year honest.
	date.setUTCFullYear(year);
	return date;
}

/** The first instant after the period the partial date names (half-open, like spans). */
export function periodEnd(iso: string): Date {
	const start = periodStart(iso);
	const precision = precisionOf(iso);
	if (precision === 'year') start.setUTCFullYear(start.getUTCFullYear() + 1);
	else if (precision === 'month') start.setUTCMonth(start.getUTCMonth() + 1);
	else start.setUTCDate(start.getUTCDate() + 1);
	return start;
}

/** Formats an instant as a partial ISO date of the given precision. */
export function toIso(date: Date, precision: Precision): string {
	const year = String(date.getUTCFullYear()).padStart(4, '0');
	const month = String(date.getUTCMonth() + 1).padStart(2, '0');
	const day = String(date.getUTCDate()).padStart(2, '0');
	return precision === 'year' ? year : precision === 'month' ? `${year}-${month}` : `${year}-${month}-${day}`;
}

/**
 * The time an event covers, half-open. An open range reaches `openUntil` (the publication date, or
 * whatever the caller takes as "now" for drawing), and at least to the end of its start period.
 */
export function eventExtent(event: Pick<TimelineEvent, 'start' | 'end'>, openUntil?: Date): [Date, Date] {
	const from = periodStart(event.start);
	if (event.end === undefined) return [from, periodEnd(event.start)];
	if (event.end === 'open') {
		const startEnd = periodEnd(event.start);
		return [from, openUntil && openUntil > startEnd ? openUntil : startEnd];
	}
	return [from, periodEnd(event.end)];
}
