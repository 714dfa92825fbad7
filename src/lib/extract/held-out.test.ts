/**
 * The error classes that the second round of held-out fixtures (fixtures/README.md: a typhoon report, a court
 * case, annual results, a legislative process, an anniversary, a timetable change) found, one block each, on
 * sentences written for these tests, not taken from those fixtures.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from './index';

/** `quote=start[..end]` of every event of an article of one title and `lines`. */
function read(published: string, ...lines: string[]) {
	return extractArticle(['标题', ...lines].join('\n'), { published }).events.map(
		(e) => `${e.quote}=${e.start}${e.end ? `..${e.end}` : ''}`
	);
}

describe('the year a date without one is in', () => {
	it('a year stated in words (去年, 同年) moves the story’s year, as one in figures does', () => {
		expect(
			read('2025-02-01', '2019年，公司成立。', '去年3月，新厂动工。', '6月10日，首条产线投产。')
		).toEqual(['2019年=2019', '去年3月=2024-03', '6月10日=2024-06-10']);
		expect(read('2025-02-01', '2016年，旧厂关停；同年8月，厂房出售。', '10月9日，新业主接手。')).toEqual([
			'2016年=2016',
			'同年8月=2016-08',
			'10月9日=2016-10-09'
		]);
	});
	it('a span of years names no one year for the dates after it', () => {
		expect(read('2024-08-01', '2010年代，老街几经改造。', '3月12日，老街重新开放。')).toEqual([
			'2010年代=2010..2019',
			'3月12日=2024-03-12'
		]);
		expect(read('2024-08-01', '2001年至2011年，渡轮停航；5月8日，渡轮复航。')).toEqual([
			'2001年至2011年=2001..2011',
			'5月8日=2024-05-08'
		]);
	});
	it('a caption stands outside the story: its date is read from publication', () => {
		const data = extractArticle(
			['标题', '1962年夏天，渡口还有木船。', '9月19日晚，市民在码头赏月。 记者 李明 摄'].join('\n'),
			{ published: '2024-09-20' }
		);
		expect(data.paragraphs.map((p) => p.kind)).toEqual(['title', 'body', 'caption']);
		expect(data.events.map((e) => `${e.quote}=${e.start}`)).toEqual([
			'1962年夏天=1962-06',
			'9月19日=2024-09-19'
		]);
	});
});

describe('parts of a year', () => {
	it('a season by its character alone, after a year or after a year restated in brackets', () => {
		expect(read('2024-12-31', '民国十五年（1926年）秋，学校迁址；1931年春，新校舍落成。')).toEqual([
			'民国十五年（1926年）秋=1926-09..1926-11',
			'1931年春=1931-03..1931-05'
		]);
	});
	it('but not a word that goes on from it', () => {
		expect(read('2024-12-31', '2022年冬奥会场馆对外开放，2025年春节假期延长。')).toEqual([
			'2022年=2022',
			'2025年春节=2025-01-29'
		]);
	});
	it('quarters written 第三季 and 首季, after a year or after 于', () => {
		expect(read('2024-11-01', '公司2024年第三季营收增长，明年首季将推出新品。')).toEqual([
			'2024年第三季=2024-07..2024-09',
			'明年首季=2025-01..2025-03'
		]);
		expect(read('2024-11-01', '公司于第四季扩产。')).toEqual(['第四季=2024-10..2024-12']);
	});
	it('a series’ season is no quarter', () => {
		expect(read('2024-11-01', '这部剧第三季下月播出。')).toEqual(['下月=2024-12']);
	});
});

describe('not dates', () => {
	it('the year that opens a case or document number', () => {
		expect(read('2024-11-01', '法院作出（2023）京01民终123号判决，国务院印发〔2024〕5号文件。')).toEqual([]);
	});
	it('a time limit counted from an act: 公布后6个月内', () => {
		expect(read('2024-11-01', '细则应于条例公布后6个月内制定。')).toEqual([]);
	});
	it('weekdays listed after one that recurs', () => {
		expect(read('2024-12-02', '专线每周二、周四和周六开行，本周日加开一班。')).toEqual(['本周日=2024-12-08']);
	});
});

describe('days', () => {
	it('昨 before a market’s close', () => {
		expect(read('2025-03-20', '该股昨收报12元，今早高开。')).toEqual(['昨=2025-03-19', '今早=2025-03-20']);
	});
	it('a weekday with its day in brackets is one event, and so is a day word after a bracketed date', () => {
		expect(read('2024-12-02', '联赛本周六（7日）开打，元旦（1月1日）当天休赛。')).toEqual([
			'本周六（7日）=2024-12-07',
			'元旦（1月1日）当天=2025-01-01'
		]);
	});
});
