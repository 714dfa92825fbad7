import { describe, expect, it } from 'vitest';
import { recognize } from './recognize';

const quotes = (text: string) => recognize(text).map((m) => text.slice(m.from, m.to));

describe('recognize: explicit dates', () => {
	it.each([
		['2014年', '2014年'],
		['於2014年11月', '2014年11月'],
		['在2014年11月19日舉行', '2014年11月19日'],
		['二〇一四年十一月十九日', '二〇一四年十一月十九日'],
		['二零一四年十一月十九日', '二零一四年十一月十九日'],
		['２０１４年１１月', '２０１４年１１月'],
		['会议于2014-11-19开幕', '2014-11-19'],
		['2014/11/19', '2014/11/19'],
		['农历2015年十月初一', '农历2015年十月初一'],
		['康熙三年五月', '康熙三年五月'],
		['他07年以后就没再来过', '07年']
	])('%s → %s', (text, quote) => expect(quotes(text)).toEqual([quote]));
});

describe('recognize: ranges and periods', () => {
	it.each([
		['11月19日至21日', '11月19日至21日'],
		['2014年至2016年', '2014年至2016年'],
		['時間從2016到2018', '從2016到2018'],
		['自2014年以來', '自2014年以來'],
		['自2014年以来', '自2014年以来'],
		['2020年代', '2020年代'],
		['上世纪90年代', '上世纪90年代'],
		['2025年上半年', '2025年上半年'],
		['今年上半年', '今年上半年'],
		['2025年底', '2025年底'],
		['2000年前後', '2000年前後'],
		['在2007年与2009年之间', '在2007年与2009年之间'],
		['1-10月,工业增长', '1-10月'],
		['前三季度GDP增长', '前三季度'],
		['2024年前三季度', '2024年前三季度']
	])('%s → %s', (text, quote) => expect(quotes(text)).toEqual([quote]));
	it('marks hedged dates approximate', () => {
		expect(recognize('2000年前后')[0]?.approximate).toBe(true);
		expect(recognize('近年来')[0]?.approximate).toBe(true);
	});
	it('keeps open ranges open', () => {
		expect(recognize('自2014年以來')[0]?.value.type).toBe('open');
	});
});

describe('recognize: relative words, festivals, editions of time', () => {
	it.each([
		['今年發佈的報告', '今年'],
		['去年5月', '去年5月'],
		['本月十日', '本月十日'],
		['昨天下午', '昨天'],
		['近日,', '近日'],
		['上周一有考试', '上周一'],
		['十年過去了', '十年過去了'],
		['十年过去了', '十年过去了'],
		['过去十年中国', '过去十年'],
		['今年春节', '今年春节'],
		['國慶節期間', '國慶節'],
		['2015年农历正月初一', '2015年农历正月初一'],
		['10月12号，星期一', '10月12号，星期一'],
		['11月11日（周二）上午', '11月11日（周二）']
	])('%s → %s', (text, quote) => expect(quotes(text)).toEqual([quote]));
});

describe('recognize: not dates', () => {
	it.each([
		'江南千年水鄉',
		'世界百年變局',
		'与86個國家和地區的近300個組織',
		'已連續舉辦十二屆',
		'第十四个五年规划',
		'中华文明5000年历史',
		'长达1000年',
		'增长5.2%',
		'投资2000亿元',
		'电话888-000-9999',
		'请检查:192.168.255.255',
		'3号线和1号文件',
		'大幅的春节元素',
		'此后年均增长'
	])('%s', (text) => expect(quotes(text)).toEqual([]));
	it('ignores numbers inside titles', () => {
		expect(quotes('《中國網際網路發展報告2025》')).toEqual([]);
	});
});

describe('recognize: what the whole text says', () => {
	const startYears = (text: string) =>
		recognize(text).map(({ value }) =>
			value.type === 'range' && value.from.type === 'date' ? value.from.year : undefined
		);
	// Each text is read on its own: one of Hong Kong read before or after changes nothing of another's.
	it('reads 日治時期 from the text it is in, whatever was read before', () => {
		const hongKong = '這座教堂建於日治時期之前。\n\n戰後由香港政府接管。';
		const taiwan = '這座宿舍建於日治時期，戰後由台鐵接管。';
		for (let i = 0; i < 2; i++) {
			expect(startYears(hongKong)).toEqual([{ kind: 'number', value: 1941 }]);
			expect(startYears(taiwan)).toEqual([{ kind: 'number', value: 1895 }]);
			expect(quotes('新加坡日佔時期的檔案首度公開。')).toEqual([]);
			expect(quotes('香港日佔時期的檔案首度公開。')).toEqual(['日佔時期']);
		}
	});
});
