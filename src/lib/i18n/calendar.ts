/**
 * A calendar date in words, the few ways nianbiao writes one (`2014年11月19日`, `November 19, 2014`,
 * `Nov 19`, `7日`): a dozen month names and string templates instead of date-fns and three of its locales,
 * 7.5 KB gzip that every timeline loaded with its zoom engine to say just this. `calendar.test.ts` holds it
 * to date-fns's output for the same patterns.
 */
import type { Language } from '$lib/model/schema';

/** A day of the proleptic Gregorian calendar as written: month 1–12; the year may be 0 or below. */
export interface CalendarDate {
	year: number;
	month: number;
	day: number;
}

/** Which of the date's parts are said, largest first: `ym` is a month of a year. */
export type Fields = 'y' | 'ym' | 'ymd' | 'm' | 'md' | 'd';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

export function writeDate(date: CalendarDate, fields: Fields, lang: Language, shortMonth = false): string {
	// A year before 1 counts back from 1 BC, with no era named: what the pages always said (date-fns's `y`).
	const year = date.year > 0 ? date.year : 1 - date.year;
	if (lang !== 'en') {
		return (
			(fields.startsWith('y') ? `${year}年` : '') +
			(fields.includes('m') ? `${date.month}月` : '') +
			(fields.endsWith('d') ? `${date.day}日` : '')
		);
	}
	const name = MONTHS[date.month - 1]!;
	const month = shortMonth ? name.slice(0, 3) : name;
	switch (fields) {
		case 'y':
			return `${year}`;
		case 'ym':
			return `${month} ${year}`;
		case 'ymd':
			return `${month} ${date.day}, ${year}`;
		case 'm':
			return month;
		case 'md':
			return `${month} ${date.day}`;
		case 'd':
			return `${date.day}`;
	}
}
