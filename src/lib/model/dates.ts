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
		toIso(new Date(periodStart(value)), precisionOf(value)) === value
	);
}

/** A real calendar day written YYYY-MM-DD. */
export function isIsoDay(value: unknown): value is string {
	return isIsoDate(value) && value.length === 10;
}

export function precisionOf(iso: string): Precision {
	const first = iso.indexOf('-');
	return first === -1 ? 'year' : iso.indexOf('-', first + 1) === -1 ? 'month' : 'day';
}

/**
 * The year, month and day written in `iso`, read digit by digit, when it is written as the schema writes
 * a date and names a day every month has; else null. Indexing a million events read each date, and
 * `split` made a list for every one of them.
 */
function plainParts(iso: string): [year: number, month: number, day: number] | null {
	const digits = (from: number, to: number) => {
		let value = 0;
		for (let at = from; at < to; at++) {
			const digit = iso.charCodeAt(at) - 48;
			if (digit < 0 || digit > 9) return NaN;
			value = value * 10 + digit;
		}
		return value;
	};
	const { length } = iso;
	if (length !== 4 && !(length === 7 && iso[4] === '-') && !(length === 10 && iso[7] === '-')) return null;
	const year = digits(0, 4);
	const month = length > 4 ? digits(5, 7) : 1;
	const day = length > 7 ? digits(8, 10) : 1;
	// Years before 100 and days that roll over into the next month take the long way, below.
	return year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= 28 ? [year, month, day] : null;
}

/**
 * The first instant of the period the partial date names, in ms since the epoch: a number, not a `Date`,
 * so that indexing a million events, two dates each, makes no objects for the plain ones.
 */
export function periodStart(iso: string): number {
	const plain = plainParts(iso);
	if (plain) return Date.UTC(plain[0], plain[1] - 1, plain[2]);
	const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
	// Date.UTC maps years 0-99 to 1900-1999; set the year on its own to keep any year honest.
	return new Date(Date.UTC(2000, month - 1, day)).setUTCFullYear(year);
}

/** The first instant after the period the partial date names (half-open, like spans), in ms. */
export function periodEnd(iso: string): number {
	const precision = precisionOf(iso);
	const plain = plainParts(iso);
	if (plain) {
		const [year, month, day] = plain;
		if (precision === 'year') return Date.UTC(year + 1, 0, 1);
		return Date.UTC(year, precision === 'month' ? month : month - 1, precision === 'day' ? day + 1 : 1);
	}
	const start = new Date(periodStart(iso));
	if (precision === 'year') return start.setUTCFullYear(start.getUTCFullYear() + 1);
	if (precision === 'month') return start.setUTCMonth(start.getUTCMonth() + 1);
	return start.setUTCDate(start.getUTCDate() + 1);
}

/** Formats an instant as a partial ISO date of the given precision. */
export function toIso(date: Date, precision: Precision): string {
	const year = String(date.getUTCFullYear()).padStart(4, '0');
	const month = String(date.getUTCMonth() + 1).padStart(2, '0');
	const day = String(date.getUTCDate()).padStart(2, '0');
	return precision === 'year' ? year : precision === 'month' ? `${year}-${month}` : `${year}-${month}-${day}`;
}

/**
 * `periodEnd(iso)`, `start` being `periodStart(iso)`: a day ends one day after it starts (UTC has no short
 * days), found without reading the date again, which a million day events did a million times.
 */
function endFrom(iso: string, start: number): number {
	return precisionOf(iso) === 'day' ? start + DAY_MS : periodEnd(iso);
}

/**
 * The time an event covers, half-open, in ms since the epoch. An open range reaches `openUntil` (the
 * publication date, or whatever the caller takes as "now" for drawing), and at least to the end of its
 * start period. Numbers, not `Date`s: indexing a million events reads two dates each.
 */
export function eventExtent(
	event: Pick<TimelineEvent, 'start' | 'end'>,
	openUntil?: number
): [number, number] {
	const from = periodStart(event.start);
	if (event.end === undefined) return [from, endFrom(event.start, from)];
	if (event.end === 'open') {
		const startEnd = endFrom(event.start, from);
		return [from, openUntil !== undefined && openUntil > startEnd ? openUntil : startEnd];
	}
	return [from, periodEnd(event.end)];
}
