import fc from 'fast-check';
import { format } from 'date-fns/format';
import { enUS } from 'date-fns/locale/en-US';
import { zhTW } from 'date-fns/locale/zh-TW';
import { describe, expect, it } from 'vitest';
import { writeDate, type Fields } from './calendar';

/** The date-fns patterns the pages used before calendar.ts, per language and fields. */
const PATTERNS: Record<'zh' | 'en' | 'enShort', Record<Fields, string>> = {
	zh: { y: 'y年', ym: 'y年M月', ymd: 'y年M月d日', m: 'M月', md: 'M月d日', d: 'd日' },
	en: { y: 'y', ym: 'MMMM y', ymd: 'MMMM d, y', m: 'MMMM', md: 'MMMM d', d: 'd' },
	enShort: { y: 'y', ym: 'MMM y', ymd: 'MMM d, y', m: 'MMM', md: 'MMM d', d: 'd' }
};

const FIELDS = Object.keys(PATTERNS.zh) as Fields[];

describe('writeDate', () => {
	it('writes every day as date-fns did, in Chinese and English, months long and short', () => {
		fc.assert(
			fc.property(
				fc.date({
					min: new Date(Date.UTC(-3000, 0, 1)),
					max: new Date(Date.UTC(9999, 11, 31)),
					noInvalidDate: true
				}),
				fc.constantFrom(...FIELDS),
				(instant, fields) => {
					const date = {
						year: instant.getUTCFullYear(),
						month: instant.getUTCMonth() + 1,
						day: instant.getUTCDate()
					};
					const local = new Date(2000, date.month - 1, date.day);
					local.setFullYear(date.year);
					const zh = format(local, PATTERNS.zh[fields], { locale: zhTW });
					expect(writeDate(date, fields, 'zh-Hant')).toBe(zh);
					expect(writeDate(date, fields, 'zh-Hans')).toBe(zh);
					expect(writeDate(date, fields, 'en')).toBe(format(local, PATTERNS.en[fields], { locale: enUS }));
					expect(writeDate(date, fields, 'en', true)).toBe(
						format(local, PATTERNS.enShort[fields], { locale: enUS })
					);
				}
			),
			{ numRuns: 2000 }
		);
	});

	it('counts years before 1 back from 1 BC, with no era', () => {
		expect(writeDate({ year: 0, month: 3, day: 1 }, 'ym', 'en')).toBe('March 1');
		expect(writeDate({ year: -43, month: 3, day: 15 }, 'ymd', 'zh-Hant')).toBe('44年3月15日');
	});
});
