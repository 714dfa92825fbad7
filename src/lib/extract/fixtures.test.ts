/**
 * Real articles other than the seed (see fixtures/README.md): the extractor must hold up on them as a new
 * user would try it, without rules tuned to any of them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../model/validate';
import { extractArticle } from './index';

const read = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

describe('fixtures', () => {
	it('xinmin: full dates, no counts (3 000 多个, 1:1, 20点33分)', () => {
		const data = extractArticle(read('xinmin-2023-moments.txt'), { published: '2024-01-01' });
		expect(validateDataset(data).ok).toBe(true);
		const days = data.events.filter((event) => event.precision === 'day').map((event) => event.start);
		expect(days).toEqual(
			expect.arrayContaining([
				'2023-12-16',
				'2023-10-17',
				'2023-10-29',
				'2023-12-07',
				'2023-07-02',
				'2023-09-17'
			])
		);
		expect(data.events.every((event) => event.start.startsWith('20'))).toBe(true);
	});
	it('cnbaoji: the date line gives the publication date, 今年 resolves against it', () => {
		const data = extractArticle(read('cnbaoji-2023-events.txt'));
		expect(data.article.published).toBe('2023-12-28');
		expect(data.events.find((event) => event.quote === '今年')?.start).toBe('2023');
		expect(data.events.find((event) => event.quote === '2022年10月')).toMatchObject({
			start: '2022-10',
			precision: 'month'
		});
		expect(data.events.some((event) => event.quote === '这一年')).toBe(false);
	});
	it('ourchinastory: no publication date, so 今年 stays undated', () => {
		const data = extractArticle(read('ourchinastory-2024-report.txt'));
		expect(data.article.published).toBeUndefined();
		expect(data.undated.some((mention) => mention.quote === '今年')).toBe(true);
		expect(data.events.find((event) => event.quote === '3月5日')?.start).toBe('2024-03-05');
		expect(data.events.some((event) => /5\.2|5%|30/.test(event.quote))).toBe(false);
	});
	it('chinanews: the byline dates the article; the lantern festival falls on the day itself', () => {
		const data = extractArticle(read('chinanews-2026-cppcc-briefing.txt'));
		expect(data.article.published).toBe('2026-03-04');
		const dated = data.events.map((event) => `${event.quote}=${event.start}`);
		expect(dated).toEqual(
			expect.arrayContaining(['3月3日=2026-03-03', '元宵节=2026-03-03', '春节=2026-02-17'])
		);
		expect(data.events.some((event) => /十四届|十五五|2500/.test(event.quote))).toBe(false);
	});
	it('ndrc: quarters of the publication year; baselines and open ranges do not move the year', () => {
		const data = extractArticle(read('ndrc-2025-three-quarters.txt'), { published: '2025-10-20' });
		const quarters = data.events.filter((event) => event.quote === '前三季度');
		expect(quarters.length).toBeGreaterThan(2);
		expect(quarters.every((event) => event.start === '2025-01' && event.end === '2025-09')).toBe(true);
		expect(data.events.find((event) => event.quote === '9月份')?.start).toBe('2025-09');
		expect(data.events.some((event) => event.quote === '去年')).toBe(false);
		expect(data.undated.map((mention) => mention.quote)).toEqual(expect.arrayContaining(['日前', '去年']));
	});
});
