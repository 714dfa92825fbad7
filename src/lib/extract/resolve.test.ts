import { describe, expect, it } from 'vitest';
import { recognize } from './recognize';
import { iso, place, type Context } from './resolve';

const published = { year: 2025, month: 11, day: 11 };

function at(text: string, context: Context = { published }) {
	const mention = recognize(text)[0]!;
	const placed = place(mention.value, context);
	if (!placed) return undefined;
	const end =
		placed.end === undefined ? undefined : placed.end === 'open' ? 'open' : iso(placed.end, placed.precision);
	return {
		start: iso(placed.start, placed.precision),
		end,
		precision: placed.precision,
		basis: placed.basis,
		approximate: placed.approximate
	};
}

describe('resolve', () => {
	it('takes explicit dates as written', () => {
		expect(at('2014年11月19日')).toMatchObject({ start: '2014-11-19', precision: 'day', basis: 'explicit' });
		expect(at('二〇一四年')).toMatchObject({ start: '2014', precision: 'year' });
	});
	it('resolves relative words against publication, never today', () => {
		expect(at('今年')).toMatchObject({ start: '2025', basis: 'relative' });
		expect(at('去年')).toMatchObject({ start: '2024' });
		expect(at('明年')).toMatchObject({ start: '2026' });
		expect(at('前年')).toMatchObject({ start: '2023' });
		expect(at('本月')).toMatchObject({ start: '2025-11', precision: 'month' });
		expect(at('上月')).toMatchObject({ start: '2025-10' });
		expect(at('昨天')).toMatchObject({ start: '2025-11-10', precision: 'day' });
		expect(at('今天')).toMatchObject({ start: '2025-11-11' });
		expect(at('上周一')).toMatchObject({ start: '2025-11-03' });
	});
	it('leaves relative words undated without a publication date', () => {
		expect(at('今年', {})).toBeUndefined();
		expect(at('昨天', {})).toBeUndefined();
		expect(at('近日')).toBeUndefined();
	});
	it('gives a date without a year the year stated before, else the publication year', () => {
		expect(at('11月19日', { published, year: { value: 2014, quote: '2014年' } })).toMatchObject({
			start: '2014-11-19'
		});
		expect(at('11月19日')).toMatchObject({ start: '2025-11-19', basis: 'relative' });
		expect(at('11月19日', {})).toBeUndefined();
	});
	it('counts 十年过去了 from the year stated just before', () => {
		expect(at('十年過去了', { published, year: { value: 2015, quote: '2015年' } })).toMatchObject({
			start: '2025'
		});
		expect(at('十年過去了', { published })).toBeUndefined();
	});
	it('keeps the precision of periods honest', () => {
		expect(at('2025年上半年')).toMatchObject({ start: '2025-01', end: '2025-06', precision: 'month' });
		expect(at('2025年底')).toMatchObject({ start: '2025-11', end: '2025-12', approximate: true });
		expect(at('2020年代')).toMatchObject({ start: '2020', end: '2029', precision: 'year' });
		expect(at('上世纪90年代')).toMatchObject({ start: '1990', end: '1999' });
		expect(at('自2014年以來')).toMatchObject({ start: '2014', end: 'open' });
		expect(at('近年')).toMatchObject({ start: '2022', end: '2025', approximate: true });
		expect(at('过去十年')).toMatchObject({ start: '2015', end: '2025' });
		expect(at('前三季度')).toMatchObject({ start: '2025-01', end: '2025-09', precision: 'month' });
		expect(at('1-10月')).toMatchObject({ start: '2025-01', end: '2025-10', precision: 'month' });
	});
	it('builds ranges, completing the end from the start', () => {
		expect(at('2014年11月19日至21日')).toMatchObject({ start: '2014-11-19', end: '2014-11-21' });
		expect(at('2014年至2016年')).toMatchObject({ start: '2014', end: '2016' });
		expect(at('2024年12月28日至1月3日')).toMatchObject({ start: '2024-12-28', end: '2025-01-03' });
	});
	it('dates festivals when the year is known', () => {
		expect(at('2024年春节')).toMatchObject({ start: '2024-02-10', precision: 'day' });
		expect(at('今年中秋')).toMatchObject({ start: '2025-10-06' });
		expect(at('2025年国庆节')).toMatchObject({ start: '2025-10-01' });
		expect(at('元旦', {})).toBeUndefined();
	});
	it('refuses days that do not exist', () => {
		expect(at('2019年2月29日')).toBeUndefined();
		expect(at('2020年2月29日')).toMatchObject({ start: '2020-02-29' });
	});
	it('reads Traditional as Simplified', () => {
		expect(at('去年國慶節')).toMatchObject({ start: '2024-10-01' });
		expect(at('下週一')).toMatchObject({ start: '2025-11-17' });
		expect(at('上個月')).toMatchObject({ start: '2025-10' });
		expect(at('2024年農曆正月初一')).toMatchObject({ start: '2024-02-10' });
		expect(at('二十世紀八十年代')).toMatchObject({ start: '1980', end: '1989' });
		expect(at('過去五年')).toMatchObject({ start: '2020', end: '2025' });
	});
});
