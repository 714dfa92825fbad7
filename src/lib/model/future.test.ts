import { describe, expect, it } from 'vitest';
import { yearEvent } from './fixture.test-helper';
import { FAR_YEARS, futureWarnings } from './future';
import type { Dataset, TimelineEvent } from './schema';

const today = new Date(Date.UTC(2026, 0, 15));

function dataset(published: string | undefined, dates: Pick<TimelineEvent, 'start' | 'end'>[]): Dataset {
	return {
		article: { title: 't', language: 'zh-Hans', ...(published ? { published } : {}) },
		paragraphs: [{ index: 0, kind: 'body', text: '2014年' }],
		// Each quotes the paragraph's "2014年", whatever its dates: the warning names the words it came from.
		events: dates.map((date, i) => yearEvent('2014', { id: `e-${i}`, ...date })),
		undated: []
	};
}

describe('futureWarnings', () => {
	it('says nothing of past dates, plans within the century, open ranges, or a publication tomorrow', () => {
		expect(
			futureWarnings(
				dataset('2026-01-16', [
					{ start: '2014' },
					{ start: '2035', end: '2049' },
					{ start: '2014', end: 'open' }
				]),
				today
			)
		).toEqual([]);
	});
	it('warns of a publication date after tomorrow, naming the field', () => {
		expect(futureWarnings(dataset('2062-01-02', []), today)).toEqual([
			{
				path: 'article.published',
				message: expect.stringContaining('"2062-01-02" is after today (2026-01-15)')
			}
		]);
	});
	it(`warns of an event more than ${FAR_YEARS} years ahead, naming the field and the words`, () => {
		expect(
			futureWarnings(dataset(undefined, [{ start: '2126' }, { start: '2014', end: '3014' }]), today)
		).toEqual([
			{
				path: 'events.1.end',
				message: expect.stringContaining('"3014" (from "2014年") is more than 100 years')
			}
		]);
	});
});
