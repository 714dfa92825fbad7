import { describe, expect, it } from 'vitest';
import { compareInTime, type Timed } from './order';
import { sortInTime } from './sort-in-time';

describe('sorting in time without comparing every pair', () => {
	/** Few distinct starts and ends, so that many events tie on both and the text decides. */
	function seeded(n: number): Timed[] {
		let seed = 7;
		const next = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >>> 4) % k;
		return Array.from({ length: n }, (_, i) => {
			const from = next(20) * 86_400_000;
			return {
				event: {
					id: `e-${next(1000)}-${i}`,
					...(next(10) === 0 ? { end: 'open' as const } : {}),
					paragraph: next(3),
					span: [next(4), 9] as [number, number]
				},
				from,
				to: from + (1 + next(5)) * 86_400_000
			};
		});
	}

	it('puts them in the order compareInTime gives', () => {
		const items = seeded(3000);
		expect(sortInTime(items)).toEqual(items.toSorted(compareInTime));
		expect(sortInTime([])).toEqual([]);
		// Before the epoch, and -0 with 0.
		const early = items.map((item, i) => ({ ...item, from: [5, -3, 0, -0, -86_400_000][i % 5]! }));
		expect(sortInTime(early)).toEqual(early.toSorted(compareInTime));
	});

	it('keeps every event when a date could not be read', () => {
		const items = seeded(2000).map((item, i) => (i % 7 ? item : { ...item, from: NaN }));
		const sorted = sortInTime(items);
		expect(new Set(sorted)).toEqual(new Set(items));
		const dated = (list: Timed[]) => list.filter((item) => !Number.isNaN(item.from));
		expect(dated(sorted)).toEqual(dated(items).toSorted(compareInTime));
	});
});
