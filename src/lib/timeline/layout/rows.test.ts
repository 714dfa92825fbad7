import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LANE_GAP } from './lanes';
import { placeInRows, planLanes } from './rows';

describe('planLanes', () => {
	it('has no plan without groups or eras: the layout stays as it was', () => {
		expect(planLanes(null, false, 6)).toBeNull();
	});

	it('gives the eras the first lane, each group a lane for its name and lanes by its share of events', () => {
		const plan = planLanes(
			[
				{ name: 'Elections', size: 3 },
				{ name: 'Transport', size: 9 },
				{ name: null, size: 1 }
			],
			true,
			9
		)!;
		expect(plan.eraLane).toBe(0);
		expect(plan.rows).toEqual([
			// Three lanes to share: Transport (9 events) takes two, then Elections (3) and Transport tie.
			{ name: 'Elections', header: 1, first: 2, count: 2 },
			{ name: 'Transport', header: 4, first: 5, count: 3 },
			// The events without a group: no name, so no lane for one.
			{ name: null, header: null, first: 8, count: 1 }
		]);
		expect(plan.lanes).toBe(9);
	});

	it('grows taller rather than hide a group, and gives a group no more lanes than it has events', () => {
		const many = Array.from({ length: 5 }, (_, k) => ({ name: `g${k}`, size: 1 }));
		expect(planLanes(many, false, 6)!.lanes).toBe(10);
		const small = planLanes(
			[
				{ name: 'a', size: 2 },
				{ name: 'b', size: 1 }
			],
			false,
			12
		)!;
		expect(small.rows.map((row) => row.count)).toEqual([2, 1]);
		expect(small.lanes).toBe(12);
	});

	it('gives the events all the lanes under the eras when there are no groups', () => {
		expect(planLanes(null, true, 6)).toEqual({
			lanes: 6,
			eraLane: 0,
			rows: [{ name: null, header: null, first: 1, count: 5 }]
		});
	});
});

describe('placeInRows', () => {
	const groups = ['a', 'b', null] as const;
	const item = fc
		.record({
			left: fc.double({ min: -100, max: 2000, noNaN: true }),
			w: fc.double({ min: 1, max: 300, noNaN: true }),
			group: fc.constantFrom(...groups),
			pinned: fc.boolean(),
			lane: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined })
		})
		.map(({ left, w, group, pinned, lane }) => ({ left, right: left + w, group, pinned, lane }));

	it('keeps every item in its own row, apart from the others in its lane (property)', () => {
		fc.assert(
			fc.property(fc.array(item, { maxLength: 60 }), fc.integer({ min: 4, max: 14 }), (items, lanes) => {
				const plan = planLanes(
					groups.map((name) => ({ name, size: items.filter((i) => i.group === name).length || 1 })),
					true,
					lanes
				)!;
				const { placed, left } = placeInRows(items, plan, (i) => i.group);
				expect(placed.length + left.length).toBe(items.length);
				for (const [a, lane] of placed) {
					const row = plan.rows.find((r) => r.name === a.group)!;
					expect(lane).toBeGreaterThanOrEqual(row.first);
					expect(lane).toBeLessThan(row.first + row.count);
					for (const [b, other] of placed)
						if (a !== b && lane === other && !(a.pinned && b.pinned))
							expect(a.right + LANE_GAP <= b.left || b.right + LANE_GAP <= a.left).toBe(true);
				}
			})
		);
	});

	it('keeps an item in the lane it had, counted over the whole plan', () => {
		const plan = planLanes(
			[
				{ name: 'a', size: 4 },
				{ name: 'b', size: 4 }
			],
			false,
			8
		)!;
		const second = plan.rows[1]!;
		const { placed } = placeInRows(
			[{ left: 0, right: 10, group: 'b', lane: second.first + 2 }],
			plan,
			(i) => i.group
		);
		expect(placed[0]![1]).toBe(second.first + 2);
	});
});
