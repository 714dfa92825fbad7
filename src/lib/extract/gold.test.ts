/**
 * The extractor on articles it was not tuned on (fixtures/README.md), Chinese and English, against gold
 * written before it ran.
 */
import { describe, expect, it } from 'vitest';
import { FIXTURE_SETS, scoreFixtures, pooled, scoreFixture, type Gold } from './gold';
import type { Dataset } from '../model/schema';

/** How many fixtures each set must hold at least. */
const LEAST: Record<string, number> = { Chinese: 12, English: 4 };

describe.each(FIXTURE_SETS)('$name fixtures with gold', ({ name, dir, target }) => {
	const scores = scoreFixtures(dir);
	it('are enough, in several styles', () => {
		expect(scores.length).toBeGreaterThanOrEqual(LEAST[name]!);
	});
	it.each(scores.map((score) => [score.name, score] as const))(
		'%s: publication date, language, captions and undated words as the gold says, no event on a non-date',
		(_, score) => {
			expect(score.problems).toEqual([]);
			expect(score.nonDates).toEqual([]);
		}
	);
	it(`dated events: precision and recall ≥ ${target} over all fixtures`, () => {
		const { precision, recall } = pooled(scores);
		const misses = scores.flatMap((s) => s.missed.map((e) => `${s.name}: missed ${JSON.stringify(e)}`));
		const extras = scores.flatMap((s) => s.extra.map((e) => `${s.name}: extra ${JSON.stringify(e)}`));
		expect({ precision, recall, misses, extras }).toMatchObject({
			precision: expect.toSatisfy((p: number) => p >= target),
			recall: expect.toSatisfy((r: number) => r >= target)
		});
	});
});

describe('scoreFixture', () => {
	const data: Dataset = {
		article: { title: 't', language: 'zh-Hans', published: '2024-11-09' },
		paragraphs: [
			{ index: 0, kind: 'body', text: '9日发布，比上月回落。' },
			{ index: 1, kind: 'caption', text: '图为现场。' }
		],
		events: [
			{
				id: 'e-1',
				start: '2024-11-09',
				precision: 'day',
				basis: 'relative',
				derivation: [{ rule: 'publication-month', month: '2024-11', published: '2024-11-09' }],
				title: 'x',
				paragraph: 0,
				span: [0, 2],
				quote: '9日'
			},
			{
				id: 'e-2',
				start: '2024-10',
				precision: 'month',
				basis: 'relative',
				derivation: [{ rule: 'relative-month', word: '上月', month: '2024-10', published: '2024-11-09' }],
				title: 'x',
				paragraph: 0,
				span: [6, 8],
				quote: '上月'
			}
		],
		undated: []
	};
	const gold: Gold = {
		style: 'test',
		published: '2024-11-09',
		captions: [1],
		events: [
			{ quote: '9日', start: '2024-11-09', precision: 'day' },
			{ quote: '9日', start: '2024-11-09', precision: 'day' }
		],
		notEvents: ['比上月']
	};
	it('matches one for one, and names what was missed, extra and overlapping a non-date', () => {
		expect(scoreFixture('t', data, gold)).toMatchObject({
			matched: 1,
			found: 2,
			expected: 2,
			missed: [{ quote: '9日' }],
			extra: [{ quote: '上月', start: '2024-10' }],
			nonDates: ['比上月 (event 上月 in paragraph 0)'],
			problems: []
		});
	});
	it('reports a wrong publication date and wrong captions', () => {
		const score = scoreFixture(
			't',
			{ ...data, article: { ...data.article, published: '2024-11-10' } },
			{
				...gold,
				captions: []
			}
		);
		expect(score.problems).toEqual(['published 2024-11-10, gold 2024-11-09', 'captions [1], gold []']);
	});
	it('reports a wrong language, undated words not listed or dated, and a data set that fails validation', () => {
		const score = scoreFixture('t', data, {
			...gold,
			language: 'en',
			notEvents: [],
			undated: ['上月', '现场']
		});
		expect(score.problems).toEqual([
			'language zh-Hans, gold en',
			'上月 not listed as undated',
			'现场 not listed as undated'
		]);
		expect(score.nonDates).toEqual(['上月 (event 上月 in paragraph 0)']);
		const broken = scoreFixture('t', { ...data, events: [{ ...data.events[0]!, span: [0, 3] }] }, gold);
		expect(broken.problems).toEqual([expect.stringContaining('the extracted data set')]);
	});
});
