import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LANE_GAP, placeInLanes, type Box } from './lanes';

const box = fc
	.record({
		left: fc.double({ min: -100, max: 2000, noNaN: true }),
		w: fc.double({ min: 1, max: 400, noNaN: true }),
		pinned: fc.boolean()
	})
	.map(({ left, w, pinned }): Box => ({ left, right: left + w, pinned }));

describe('placeInLanes', () => {
	it('never overlaps two unpinned items in a lane, and places or returns every item (property)', () => {
		fc.assert(
			fc.property(fc.array(box, { maxLength: 80 }), fc.integer({ min: 1, max: 8 }), (items, lanes) => {
				const { placed, left } = placeInLanes(items, lanes);
				expect(placed.length + left.length).toBe(items.length);
				for (const [a, lane] of placed) {
					expect(lane).toBeGreaterThanOrEqual(0);
					expect(lane).toBeLessThan(lanes);
					for (const [b, other] of placed)
						if (a !== b && lane === other && !(a.pinned && b.pinned))
							expect(a.right + LANE_GAP <= b.left || b.right + LANE_GAP <= a.left).toBe(true);
				}
				expect(left.some((item) => item.pinned)).toBe(false);
			})
		);
	});

	it('places pinned items first, in lane 0 when free', () => {
		const { placed } = placeInLanes(
			[
				{ left: 0, right: 100 },
				{ left: 50, right: 80, pinned: true }
			],
			2
		);
		expect(placed.find(([item]) => item.pinned)?.[1]).toBe(0);
		expect(placed.find(([item]) => !item.pinned)?.[1]).toBe(1);
	});

	it('keeps a pinned item in its previous lane when that lane is free', () => {
		const { placed } = placeInLanes([{ left: 0, right: 10, pinned: true, lane: 2 }], 4);
		expect(placed[0]![1]).toBe(2);
	});

	it('keeps an item in its previous lane as a bare mark when its label no longer fits there', () => {
		const pinned: Box = { left: 0, right: 300, pinned: true, lane: 0 };
		const item: Box = { left: 200, right: 400, lane: 0, bare: { left: 310, right: 320 } };
		const { placed } = placeInLanes([pinned, item], 3);
		expect(placed.find(([b]) => b === item)?.slice(1)).toEqual([0, true]);
		// With no bare mark to fall back on, it moves to the first free lane.
		const moved = placeInLanes([pinned, { ...item, bare: undefined }], 3).placed;
		expect(moved.find(([b]) => !b.pinned)?.slice(1)).toEqual([1, false]);
	});

	it('returns what fits nowhere', () => {
		const same = Array.from({ length: 5 }, () => ({ left: 0, right: 10 }));
		const { placed, left } = placeInLanes(same, 3);
		expect(placed.map(([, lane]) => lane)).toEqual([0, 1, 2]);
		expect(left).toHaveLength(2);
	});
});
