import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexSpans, spansAcross, spansStarting } from './spans';

const DAY = 86_400_000;
const span = (from: number, days: number) => ({ from: from * DAY, to: (from + days) * DAY });

/** The spans indexed by their places in `list`, and the span at each place. */
function indexed(list: { from: number; to: number }[], origin: number) {
	const index = indexSpans(
		list.map((_, at) => at),
		Float64Array.from(list, (s) => s.from),
		Float64Array.from(list, (s) => s.to),
		origin
	);
	return { index, items: Array.from(index.places, (at) => list[at]!) };
}

describe('the index of wider events', () => {
	const spans = fc.array(
		fc
			.tuple(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 1, max: 15_000 }))
			.map(([from, days]) => span(from, days)),
		{ maxLength: 300 }
	);

	it('finds exactly the spans running across an instant, in order of start (property)', () => {
		fc.assert(
			fc.property(spans, fc.double({ min: -100, max: 40_000, noNaN: true }), (list, day) => {
				const { index, items } = indexed(list, 0);
				const t = day * DAY;
				const found = spansAcross(index, t).map((i) => items[i]!);
				expect(found).toEqual(items.filter((item) => item.from < t && item.to > t));
			})
		);
	});

	it('finds the run that starts in a window, and sums its starts in days from the origin', () => {
		const { index, items } = indexed([span(30, 5), span(10, 400), span(20, 1), span(40, 2)], 10 * DAY);
		expect(items.map((item) => item.from / DAY)).toEqual([10, 20, 30, 40]);
		expect([...index.places]).toEqual([1, 2, 0, 3]);
		const [lo, hi] = spansStarting(index, 15 * DAY, 40 * DAY);
		expect([lo, hi]).toEqual([1, 3]);
		expect(index.sums[hi]! - index.sums[lo]!).toBe(10 + 20);
		expect(spansAcross(index, 25 * DAY).map((i) => items[i]!.from / DAY)).toEqual([10]);
	});
});
