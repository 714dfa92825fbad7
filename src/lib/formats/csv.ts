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

/**
 * A cell a spreadsheet would run as a formula (OWASP "CSV injection"): one starting with = + - @, tab or CR
 * once the spreadsheet has skipped what it skips (spaces, controls such as NUL) or read a full-width
 * ＝ ＋ － ＠ as its ASCII twin, as some do.
 */
const FORMULA = /^[\0-\x20\u3000]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/**
 * Text from an article or a curator, always quoted: a spreadsheet that splits on `;` or tabs (as many
 * locales do) then still sees one cell, never a formula after the separator. A formula gets a leading
 * apostrophe, which keeps it text.
 */
function textCell(value: string): string {
	const safe = FORMULA.test(value) ? `'${value}` : value;
	return `"${safe.replaceAll('"', '""')}"`;
}

/**
 * CRLF line ends and a byte-order mark, so Excel opens Chinese text as UTF-8. The derivation is worded in
 * `lang`, the interface's language (default: the article's).
 */
export function eventsToCsv(data: Dataset, lang: Language = data.article.language): string {
	// Ids, dates, precisions and numbers are the model's own checked forms: no separator, quote or formula.
	const rows = inTimeOrder(data.events).map((event) => [
		event.id,
		event.start,
		event.end ?? '',
		event.precision,
		event.approximate ? 'true' : 'false',
		textCell(event.title),
		textCell(event.titleEn ?? ''),
		textCell(event.quote),
		// Numbered as the card shows it: the first paragraph is 1.
		String(event.paragraph + 1),
		textCell(describeDerivation(event.derivation, lang))
	]);
	return '\ufeff' + [[...CSV_COLUMNS], ...rows].map((row) => row.join(',')).join('\r\n') + '\r\n';
}
