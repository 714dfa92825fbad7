import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chooseTicks, LABEL_GAP } from './ticks';
import { textWidth } from './text';
import type { Lang } from './types';

const DAY = 86_400_000;
const at = Date.UTC(2014, 10, 19);

function noOverlap(ticks: ReturnType<typeof chooseTicks>, width: number, fontSize: number) {
	for (const [i, tick] of ticks.entries()) {
		const w = textWidth(tick.label, fontSize);
		const labelX = tick.x + tick.labelDx;
		expect(labelX - w / 2).toBeGreaterThanOrEqual(-0.001);
		expect(labelX + w / 2).toBeLessThanOrEqual(width + 0.001);
		const next = ticks[i + 1];
		if (next)
			expect(labelX + w / 2 + LABEL_GAP).toBeLessThanOrEqual(
				next.x + next.labelDx - textWidth(next.label, fontSize) / 2 + 0.001
			);
	}
}

describe('chooseTicks across spans from a day to two centuries', () => {
	const spans: [string, number][] = [
		['a day', DAY],
		['a week', 7 * DAY],
		['a month', 31 * DAY],
		['a year', 365 * DAY],
		['twelve years', 12 * 365 * DAY],
		['a century', 100 * 365 * DAY],
		['two centuries', 200 * 365 * DAY]
	];
	for (const lang of ['zh-Hant', 'en'] as Lang[])
		for (const width of [320, 1280, 3840])
			it.each(spans)(`%s at ${width} px in ${lang}: at least two labels, none overlapping`, (_, span) => {
				const ticks = chooseTicks([at - span / 2, at + span / 2], width, lang, 12);
				expect(ticks.length).toBeGreaterThanOrEqual(span <= DAY ? 1 : 2);
				noOverlap(ticks, width, 12);
			});

	it('labels in the page language, with the year and month the axis shows', () => {
		const months = chooseTicks([Date.UTC(2014, 9, 1), Date.UTC(2015, 2, 1)], 1280, 'zh-Hant', 12);
		expect(months.map((t) => t.label)).toEqual(['2014年10月', '11月', '12月', '2015年1月', '2月', '3月']);
		const en = chooseTicks([Date.UTC(2014, 9, 1), Date.UTC(2015, 2, 1)], 1280, 'en', 12);
		expect(en.map((t) => t.label)).toEqual(['Oct 2014', 'Nov', 'Dec', 'Jan 2015', 'Feb', 'Mar']);
		const years = chooseTicks([Date.UTC(2013, 6, 1), Date.UTC(2025, 6, 1)], 1280, 'zh-Hant', 12);
		expect(years.map((t) => t.label)).toEqual(Array.from({ length: 12 }, (_, i) => `${2014 + i}年`));
		const days = chooseTicks([Date.UTC(2014, 10, 17), Date.UTC(2014, 10, 21)], 1280, 'en', 12);
		// At day zoom the first tick still names the year (issue 12), and so does New Year's Day.
		expect(days.map((t) => t.label)).toEqual(['Nov 17, 2014', '18', '19', '20', '21']);
		const turn = chooseTicks([Date.UTC(2014, 11, 30), Date.UTC(2015, 0, 2)], 1280, 'zh-Hant', 12);
		expect(turn.map((t) => t.label)).toEqual(['2014年12月30日', '31日', '2015年1月1日', '2日']);
	});

	it('keeps one labelled tick when no two labels of any step fit (a few days, 320 px, large type)', () => {
		// The property below found it: 9 to 12 November 1912 has no tick of 7 days, 15 days or a month.
		const start = Date.UTC(1912, 10, 9);
		const ticks = chooseTicks([start, start + 3.7 * DAY], 320, 'zh-Hant', 20);
		expect(ticks.map((t) => t.label)).toEqual(['1912年11月9日']);
		noOverlap(ticks, 320, 20);
	});

	it('never overlaps, for any window and width (property)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: Date.UTC(1800, 0, 1), max: Date.UTC(2100, 0, 1) }),
				fc.double({ min: Math.log(DAY), max: Math.log(250 * 365 * DAY), noNaN: true }),
				fc.integer({ min: 320, max: 3840 }),
				fc.constantFrom<Lang>('zh-Hant', 'zh-Hans', 'en'),
				fc.constantFrom(12, 20),
				(start, logSpan, width, lang, fontSize) => {
					const ticks = chooseTicks([start, start + Math.exp(logSpan)], width, lang, fontSize);
					expect(ticks.length).toBeGreaterThan(0);
					noOverlap(ticks, width, fontSize);
				}
			),
			{ numRuns: 300 }
		);
	});
});
