/**
 * The date as typed in an event's card, before it is an edit: checked field by field, so that each
 * problem is said at its field and nothing typed is thrown away. The precision is the start's (a start of
 * `2014-11` is a month); choosing another precision rewrites the dates to it.
 */
import type { CuratedDate } from '$lib/model/curation';
import { isIsoDate, precisionOf } from '$lib/model/dates';
import type { Precision } from '$lib/model/schema';

export interface DateDraft {
	start: string;
	/** Empty for a single date. */
	end: string;
	/** Still running: the end is `open`, whatever `end` holds. */
	open: boolean;
	approximate: boolean;
}

/** What is wrong with a field, as a code the interface words (`i18n/words/edit.ts`). */
export type DateProblem = 'missing' | 'format' | 'calendar' | 'precision' | 'before';

export type DateCheck =
	{ ok: true; date: CuratedDate } | { ok: false; start?: DateProblem; end?: DateProblem };

/** `2014/1/5`, `2014.01.05` and ` 2014-1-5 ` are `2014-01-05`: what a person types, as the model writes it. */
export function tidyDate(typed: string): string {
	const parts = typed.trim().split(/[-/.]/);
	if (parts.length > 3 || parts.some((part) => !/^\d+$/.test(part))) return typed.trim();
	const [year, ...rest] = parts;
	return [year, ...rest.map((part) => part.padStart(2, '0'))].join('-');
}

/** Why `typed` is not a date, or null; a shape like a date that the calendar lacks is told apart. */
function problemOf(typed: string): DateProblem | null {
	if (typed === '') return 'missing';
	if (!/^\d{4}(-\d{2}){0,2}$/.test(typed)) return 'format';
	return isIsoDate(typed) ? null : 'calendar';
}

export function checkDate(draft: DateDraft): DateCheck {
	const start = tidyDate(draft.start);
	const end = tidyDate(draft.end);
	const startProblem = problemOf(start);
	const endProblem = draft.open || end === '' ? null : problemOf(end);
	if (startProblem || endProblem)
		return {
			ok: false,
			...(startProblem ? { start: startProblem } : {}),
			...(endProblem ? { end: endProblem } : {})
		};
	const precision = precisionOf(start);
	if (!draft.open && end !== '') {
		if (precisionOf(end) !== precision) return { ok: false, end: 'precision' };
		if (end < start) return { ok: false, end: 'before' };
	}
	return {
		ok: true,
		date: {
			start,
			...(draft.open ? { end: 'open' } : end !== '' && end !== start ? { end } : {}),
			precision,
			...(draft.approximate ? { approximate: true } : {})
		}
	};
}

/** `date` written at `precision`: cut to it, or filled out with the first month or day. */
export function atPrecision(date: string, precision: Precision): string {
	const tidy = tidyDate(date);
	if (!isIsoDate(tidy)) return date;
	const [year, month = '01', day = '01'] = tidy.split('-');
	return precision === 'year'
		? year!
		: precision === 'month'
			? `${year}-${month}`
			: `${year}-${month}-${day}`;
}

/** The draft an event's date starts as. */
export function draftOf(date: CuratedDate): DateDraft {
	return {
		start: date.start,
		end: date.end === undefined || date.end === 'open' ? '' : date.end,
		open: date.end === 'open',
		approximate: date.approximate === true
	};
}
