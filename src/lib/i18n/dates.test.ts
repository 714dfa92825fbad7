import { describe, expect, it } from 'vitest';
import { formatWhen } from './dates';

describe('formatWhen', () => {
	it.each([
		[{ start: '2014' }, '2014年', '2014年', '2014'],
		[{ start: '2014-11' }, '2014年11月', '2014年11月', 'November 2014'],
		[{ start: '2014-11-19' }, '2014年11月19日', '2014年11月19日', 'November 19, 2014'],
		[{ start: '2014', end: 'open' }, '2014年起', '2014年起', 'since 2014'],
		[{ start: '2014', end: '2016' }, '2014年至2016年', '2014年至2016年', '2014 – 2016'],
		[{ start: '2000', approximate: true }, '約2000年', '约2000年', 'about 2000'],
		[
			{ start: '2000-03', end: 'open', approximate: true },
			'約2000年3月起',
			'约2000年3月起',
			'since about March 2000'
		],
		[{ start: '0079' }, '79年', '79年', '79'],
		[
			{ start: '2025-03-14', time: '09:41' },
			'2025年3月14日 09:41',
			'2025年3月14日 09:41',
			'March 14, 2025, 09:41'
		],
		[
			{ start: '2025-03-14', time: '10:05', endTime: '12:30' },
			'2025年3月14日 10:05至12:30',
			'2025年3月14日 10:05至12:30',
			'March 14, 2025, 10:05 – 12:30'
		],
		[
			{ start: '2025-03-14', end: '2025-03-15', time: '22:15', endTime: '01:00' },
			'2025年3月14日 22:15至2025年3月15日 01:00',
			'2025年3月14日 22:15至2025年3月15日 01:00',
			'March 14, 2025, 22:15 – March 15, 2025, 01:00'
		],
		[{ start: '1890-08-15', displayDate: 'Summer 1890' }, 'Summer 1890', 'Summer 1890', 'Summer 1890']
	])('%o is %s, %s, %s', (event, hant, hans, en) => {
		expect(formatWhen(event, 'zh-Hant')).toBe(hant);
		expect(formatWhen(event, 'zh-Hans')).toBe(hans);
		expect(formatWhen(event, 'en')).toBe(en);
	});
});
