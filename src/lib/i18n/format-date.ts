/**
 * A calendar date through a date-fns pattern: date-fns's `lightFormat` for the numbers (y, M, d) and the
 * months' English names (MMM, MMMM) from here. The Chinese patterns are numbers and literal characters,
 * and the English ones need no other word, so the timeline's code carries neither date-fns's whole `format`
 * nor a locale (issue 13's budget: 5 KB gzip of what a six-event embed loads). format-date.test.ts holds
 * it to date-fns's `format` on every pattern the pages use.
 */
import { lightFormat } from 'date-fns/lightFormat';

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

/** `date` (its local fields) in `pattern`, whose MMMM is the month's name and MMM its first three letters. */
export function formatDate(date: Date, pattern: string): string {
	const named = pattern.replace(/MMMM?/g, (token) => {
		const name = MONTHS[date.getMonth()] ?? '';
		return `'${token.length === 4 ? name : name.slice(0, 3)}'`;
	});
	return lightFormat(date, named);
}
