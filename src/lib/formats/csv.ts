/**
 * Events as CSV (RFC 4180), one row per event in time order, for spreadsheets and newsroom tools.
 */
import type { Dataset } from '$lib/model/schema';
import { inTimeOrder } from '$lib/model/order';

export const CSV_COLUMNS = [
	'id',
	'start',
	'end',
	'precision',
	'approximate',
	'title',
	'title_en',
	'quote',
	'paragraph',
	'derivation'
] as const;

function cell(value: string): string {
	// A cell starting with = + - @ is a formula to Excel and Sheets; a leading apostrophe keeps it text
	// (OWASP "CSV injection"). Dates never start that way, titles from an article might.
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** CRLF line ends and a byte-order mark, so Excel opens Chinese text as UTF-8. */
export function eventsToCsv(data: Dataset): string {
	const rows = inTimeOrder(data.events).map((event) =>
		[
			event.id,
			event.start,
			event.end ?? '',
			event.precision,
			event.approximate ? 'true' : 'false',
			event.title,
			event.titleEn ?? '',
			event.quote,
			String(event.paragraph),
			event.derivation
		].map(cell)
	);
	return '\ufeff' + [[...CSV_COLUMNS], ...rows].map((row) => row.join(',')).join('\r\n') + '\r\n';
}
