/**
 * Events as CSV (RFC 4180), one row per event in time order, for spreadsheets and newsroom tools.
 */
import { describeDerivation } from '$lib/i18n/derivation';
import type { Dataset, Language } from '$lib/model/schema';
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

/**
 * CRLF line ends and a byte-order mark, so Excel opens Chinese text as UTF-8. The derivation is worded in
 * `lang`, the interface's language (default: the article's).
 */
export function eventsToCsv(data: Dataset, lang: Language = data.article.language): string {
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
			// Numbered as the card shows it: the first paragraph is 1.
			String(event.paragraph + 1),
			describeDerivation(event.derivation, lang)
		].map(cell)
	);
	return '\ufeff' + [[...CSV_COLUMNS], ...rows].map((row) => row.join(',')).join('\r\n') + '\r\n';
}
