/**
 * The axis's tick labels in the page's language (`2014年11月`, `Nov 2014`); an event's date in words is
 * `$lib/i18n/dates`. Instants are UTC: a tick says the UTC calendar date, whatever the reader's time zone.
 */
import { writeDate, type Fields } from '$lib/i18n/calendar';
import type { Lang } from './types';

export type AxisUnit = 'year' | 'month' | 'day';

/**
 * How much a tick says: its own unit (`7日`), with the next larger one (`3月7日` on the first of a month),
 * or all of them (`2025年3月7日` on the first tick and on New Year's Day), so that the axis always says
 * which year and month it shows, at any zoom.
 */
export type Context = 'none' | 'next' | 'full';

const FIELDS: Record<AxisUnit, Record<Context, Fields>> = {
	year: { none: 'y', next: 'y', full: 'y' },
	month: { none: 'm', next: 'ym', full: 'ym' },
	day: { none: 'd', next: 'md', full: 'ymd' }
};

export function axisLabel(t: number, unit: AxisUnit, lang: Lang, context: Context): string {
	const date = new Date(t);
	const day = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
	// English months are abbreviated on the axis (`Nov 2014`), written out in an event's date.
	return writeDate(day, FIELDS[unit][context], lang, true);
}
