/**
 * The axis's tick labels, with date-fns in the page's language (`2014年11月`, `Nov 2014`); an event's
 * date in words is `$lib/i18n/dates`. Instants are UTC; date-fns formats local time, so each instant is first
 * rebuilt as the same wall-clock date in local time, whatever the reader's time zone.
 */
import { format } from 'date-fns/format';
import { enUS } from 'date-fns/locale/en-US';
import { zhTW } from 'date-fns/locale/zh-TW';
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
	dayInMonth: 'M月d日'
};
const PATTERNS: Record<Lang, typeof zh> = {
	'zh-Hant': zh,
	'zh-Hans': zh,
	en: {
		year: 'y',
		month: 'MMM',
		monthInYear: 'MMM y',
		day: 'd',
		dayInMonth: 'MMM d'
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
