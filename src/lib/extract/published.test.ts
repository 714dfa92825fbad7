import { describe, expect, it } from 'vitest';
import { classifyParagraphs } from './paragraphs';
import { datelineDay, findDateLine, findDateline, findFooterDay } from './published';

describe('findDateLine', () => {
	it('reads the publication date from a byline or date line', () => {
		const paragraphs = classifyParagraphs(['标题', '刊登日期 : 2023-12-28', '正文说今年。']);
		expect(findDateLine(paragraphs)).toEqual({ paragraph: 1, day: { year: 2023, month: 12, day: 28 } });
	});
	it('reads an English date line by English rules', () => {
		const paragraphs = classifyParagraphs([
			'Ferry strike ends',
			'By Ana Cole',
			'Updated 3 June 2024',
			'Crews returned.'
		]);
		expect(findDateLine(paragraphs, true)).toEqual({ paragraph: 2, day: { year: 2024, month: 6, day: 3 } });
	});
	it('does not take a short English first sentence for a date line', () => {
		const story = (line: string) =>
			findDateLine(classifyParagraphs(['Bridge reopens', line, 'Crews returned to work.']), true);
		expect(story('The bridge reopened on 17 November 2025.')).toBeUndefined();
		expect(story('Published on Monday, 17 November 2025.')).toEqual({
			paragraph: 1,
			day: { year: 2025, month: 11, day: 17 }
		});
		expect(story('By Ana Cole | 17 November 2025 | 4 min read')).toEqual({
			paragraph: 1,
			day: { year: 2025, month: 11, day: 17 }
		});
	});
	it('reads a date line written in capitals, as an embargo line is (the twenty-first round)', () => {
		const release = (line: string) =>
			findDateLine(
				classifyParagraphs(['Bats return to the old quarry', 'News release', line, 'Bats returned.']),
				true
			);
		expect(release('EMBARGOED UNTIL 2 P.M. GMT, MONDAY, 3 NOV. 2025')).toEqual({
			paragraph: 2,
			day: { year: 2025, month: 11, day: 3 }
		});
		expect(release('FOR IMMEDIATE RELEASE: APRIL 7, 2026')).toEqual({
			paragraph: 2,
			day: { year: 2026, month: 4, day: 7 }
		});
		expect(release('EMBARGOED UNTIL 2026')).toBeUndefined();
	});
	it('does not take a date in the body or a bare year for one', () => {
		expect(findDateLine(classifyParagraphs(['2024年回顾', '正文。']))).toBeUndefined();
		const body =
			'据报道,2023年12月28日,某地举行了一场长长的活动,参加的人很多,大家都说很好,这是一句很长的正文句子。';
		expect(findDateLine(classifyParagraphs(['标题', body]))).toBeUndefined();
	});
});

describe('findFooterDay', () => {
	const release = (...footer: string[]) =>
		findFooterDay(classifyParagraphs(['署方公布泳灘水質', '署方今日公布本週泳灘水質評級。', ...footer]));
	it('reads the day a press release was issued from its footer, after 完 or over the hour of issue', () => {
		const day = { year: 2025, month: 7, day: 4 };
		expect(release('完', '2025年7月4日（星期五）', '香港時間11時45分')).toEqual(day);
		expect(release('（完）', '2025年7月4日')).toEqual(day);
		expect(release('2025年7月4日', '16:05')).toEqual(day);
	});
	it('reads the day an exchange announcement was signed, after the place, over the board’s names', () => {
		const day = { year: 2026, month: 3, day: 26 };
		const board = '於本公告日期，董事會由執行董事王小明先生及李大文女士組成。';
		expect(release('承董事會命', '主席', '香港，二零二六年三月二十六日', board)).toEqual(day);
		expect(release('主席', '新加坡，2026年3月26日', board)).toEqual(day);
		expect(release('主席', '香港，會議於2026年3月26日舉行', board)).toBeUndefined();
	});
	it('takes no day after 截至 in a title for a date line', () => {
		const title = '截至二零二五年十二月三十一日止年度之全年業績公告';
		expect(
			findDateLine(classifyParagraphs(['宏遠控股有限公司', title, '董事會欣然公佈全年業績。']))
		).toBeUndefined();
	});
	it('needs the end mark or the hour, a day alone on its line, and a full date', () => {
		expect(release('環境保護署', '2025年7月4日')).toBeUndefined();
		expect(release('完', '署方將於2025年7月4日再公布。')).toBeUndefined();
		expect(release('完', '7月4日（星期五）', '香港時間11時45分')).toBeUndefined();
	});
});

describe('findDateline', () => {
	it.each([
		['新华社上海5月8日电 国家统计局发布数据。', '5月8日', { month: 5, day: 8 }, '新华社上海5月8日电'],
		[
			'本报北京11月9日电(记者 王晓)国家统计局9日发布数据。',
			'11月9日',
			{ month: 11, day: 9 },
			'本报北京11月9日电(记者 王晓)'
		],
		['(中央社记者叶思妤雅加达17日电)中华队昨日晋级。', '17日', { day: 17 }, '(中央社记者叶思妤雅加达17日电)'],
		['DUBLIN, Sept. 9 — The port reopened.', 'Sept. 9', { month: 9, day: 9 }, 'DUBLIN, Sept. 9 —'],
		[
			'SAN JOSE, Calif., March 30 (Staff) - Voters went to the polls.',
			'March 30',
			{ month: 3, day: 30 },
			'SAN JOSE, Calif., March 30 (Staff) -'
		]
	])('%s', (text, date, parts, line) => {
		const from = text.indexOf(date);
		expect(findDateline(text)).toEqual({ from, to: from + date.length, ...parts, line: [0, line.length] });
	});
	it('needs 电 or 讯 after the date, or a place in capitals and a dash around it, at the start of the paragraph', () => {
		expect(findDateline('5月8日,展会开幕。')).toBeUndefined();
		expect(findDateline('展会开幕后,记者于5月8日电话采访了他。')).toBeUndefined();
		expect(findDateline('The port, closed since March 30 - the storm - reopened.')).toBeUndefined();
	});
	it('dates the dateline on or before publication', () => {
		const published = { year: 2014, month: 2, day: 12 };
		expect(datelineDay({ month: 2, day: 11 }, published)).toEqual({
			year: 2014,
			month: 2,
			day: 11
		});
		expect(datelineDay({ day: 28 }, published)).toEqual({ year: 2014, month: 1, day: 28 });
		expect(datelineDay({ month: 12, day: 31 }, { year: 2025, month: 1, day: 2 })).toEqual({
			year: 2024,
			month: 12,
			day: 31
		});
	});
});
