import { format } from 'date-fns/format';
import { enUS } from 'date-fns/locale/en-US';
import { zhCN } from 'date-fns/locale/zh-CN';
import { zhTW } from 'date-fns/locale/zh-TW';
import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date';

// Every pattern of i18n/dates.ts and timeline/layout/format.ts.
const ENGLISH = ['y', 'MMM', 'MMM y', 'd', 'MMM d', 'MMM d, y', 'MMMM y', 'MMMM d, y'];
const CHINESE = ['y年', 'M月', 'y年M月', 'd日', 'M月d日', 'y年M月d日'];

/** Every month of some years, far back and near, on the first and on a late day. */
function dates(): Date[] {
	const found: Date[] = [];
	for (const year of [-44, 5, 999, 1911, 2014, 2025])
		for (let month = 0; month < 12; month++)
			for (const day of [1, 28]) {
				const date = new Date(2000, month, day);
				date.setFullYear(year);
				found.push(date);
			}
	return found;
}

describe('formatDate', () => {
	it('writes what date-fns format writes with the en-US locale', () => {
		for (const pattern of ENGLISH)
			for (const date of dates())
				expect(formatDate(date, pattern), pattern).toBe(format(date, pattern, { locale: enUS }));
	});

	it('writes the Chinese patterns as the Chinese locales would', () => {
		for (const pattern of CHINESE)
			for (const date of dates()) {
				expect(formatDate(date, pattern), pattern).toBe(format(date, pattern, { locale: zhTW }));
				expect(formatDate(date, pattern), pattern).toBe(format(date, pattern, { locale: zhCN }));
			}
	});

	it('names the month in full or by three letters', () => {
		const date = new Date(2014, 8, 3);
		expect(formatDate(date, 'MMMM d, y')).toBe('September 3, 2014');
		expect(formatDate(date, 'MMM d')).toBe('Sep 3');
	});
});
