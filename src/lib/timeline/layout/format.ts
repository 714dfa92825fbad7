/**
 * The axis's tick labels, with date-fns in the page's language (`2014年11月`, `Nov 2014`, through
 * `$lib/i18n/format-date`); an event's date in words is `$lib/i18n/dates`. Instants are UTC; date-fns
 * formats local time, so each instant is first rebuilt as the same wall-clock date in local time, whatever
 * the reader's time zone.
 */
import { formatDate } from '$lib/i18n/format-date';
import type { Lang } from './types';

export type AxisUnit = 'year' | 'month' | 'day';

function local(t: number): Date {
	const utc = new Date(t);
	const date = new Date(2000, utc.getUTCMonth(), utc.getUTCDate());
	date.setFullYear(utc.getUTCFullYear());
	return date;
}

/** Per unit: the label alone, with the next larger unit, and with every larger unit. */
type Patterns = Record<AxisUnit, Record<Context, string>>;

/**
 * How much a tick says: its own unit (`7日`), with the next larger one (`3月7日` on the first of a month),
 * or all of them (`2025年3月7日` on the first tick and on New Year's Day), so that the axis always says
 * which year and month it shows, at any zoom.
 */
export type Context = 'none' | 'next' | 'full';

const zh: Patterns = {
	year: { none: 'y年', next: 'y年', full: 'y年' },
	month: { none: 'M月', next: 'y年M月', full: 'y年M月' },
	day: { none: 'd日', next: 'M月d日', full: 'y年M月d日' }
};
const PATTERNS: Record<Lang, Patterns> = {
	'zh-Hant': zh,
	'zh-Hans': zh,
	en: {
		year: { none: 'y', next: 'y', full: 'y' },
		month: { none: 'MMM', next: 'MMM y', full: 'MMM y' },
		day: { none: 'd', next: 'MMM d', full: 'MMM d, y' }
	}
};

export function axisLabel(t: number, unit: AxisUnit, lang: Lang, context: Context): string {
	return formatDate(local(t), PATTERNS[lang][unit][context]);
}
