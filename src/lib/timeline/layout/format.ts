/**
 * Dates in words for the axis and for accessible names, with date-fns in the page's language
 * (`2014年11月`, `Nov 2014`). Instants are UTC; date-fns formats local time, so each instant is first
 * rebuilt as the same wall-clock date in local time, whatever the reader's time zone.
 */
import { format } from 'date-fns/format';
import { enUS } from 'date-fns/locale/en-US';
import { zhTW } from 'date-fns/locale/zh-TW';
import { precisionOf, periodStart } from '$lib/model/dates';
import type { Precision, TimelineEvent } from '$lib/model/schema';
import type { Lang } from './types';

export type AxisUnit = 'year' | 'month' | 'day';

function local(t: number): Date {
	const utc = new Date(t);
	const date = new Date(2000, utc.getUTCMonth(), utc.getUTCDate());
	date.setFullYear(utc.getUTCFullYear());
	return date;
}

const zh = {
	year: 'y年',
	month: 'M月',
	monthInYear: 'y年M月',
	day: 'd日',
	dayInMonth: 'M月d日',
	full: { year: 'y年', month: 'y年M月', day: 'y年M月d日' }
};
const PATTERNS: Record<Lang, typeof zh> = {
	'zh-Hant': zh,
	'zh-Hans': zh,
	en: {
		year: 'y',
		month: 'MMM',
		monthInYear: 'MMM y',
		day: 'd',
		dayInMonth: 'MMM d',
		full: { year: 'y', month: 'MMM y', day: 'MMM d, y' }
	}
};

function localeOf(lang: Lang) {
	return lang === 'en' ? enUS : zhTW;
}

/**
 * A tick's label. `context` asks for the next larger unit too (the first tick, and January or the
 * first of a month), so the axis always says which year and month it shows.
 */
export function axisLabel(t: number, unit: AxisUnit, lang: Lang, context: boolean): string {
	const p = PATTERNS[lang];
	const pattern =
		unit === 'year'
			? p.year
			: unit === 'month'
				? context
					? p.monthInYear
					: p.month
				: context
					? p.dayInMonth
					: p.day;
	return format(local(t), pattern, { locale: localeOf(lang) });
}

function dateWords(iso: string, precision: Precision, lang: Lang): string {
	return format(local(+periodStart(iso)), PATTERNS[lang].full[precision], { locale: localeOf(lang) });
}

/** The date as precise as the text says, for the accessible name and the tooltip. */
export function eventDate(event: Pick<TimelineEvent, 'start' | 'end' | 'approximate'>, lang: Lang): string {
	const precision = precisionOf(event.start);
	const en = lang === 'en';
	let from = dateWords(event.start, precision, lang);
	if (event.approximate) from = en ? `about ${from}` : `${lang === 'zh-Hans' ? '约' : '約'}${from}`;
	return event.end === 'open'
		? en
			? `since ${from}`
			: `${from}起`
		: event.end !== undefined
			? `${from}${en ? ' – ' : '至'}${dateWords(event.end, precision, lang)}`
			: from;
}
