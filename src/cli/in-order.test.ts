import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InOrder } from './in-order';

describe('InOrder', () => {
	it('holds a result until those before it arrive', () => {
		const order = new InOrder<string>();
		expect(order.put(1, 'b')).toEqual([]);
		expect(order.put(2, 'c')).toEqual([]);
		expect(order.waiting).toBe(2);
		expect(order.put(0, 'a')).toEqual(['a', 'b', 'c']);
		expect(order.waiting).toBe(0);
		expect(order.put(3, 'd')).toEqual(['d']);
	});
	it('releases every result once, in input order, whatever order they finish in', () => {
		fc.assert(
			fc.property(
				fc
					.integer({ min: 0, max: 50 })
					.chain((n) => fc.shuffledSubarray([...Array(n).keys()], { minLength: n })),
				(finished) => {
					const order = new InOrder<number>();
					const released = finished.flatMap((seq) => order.put(seq, seq));
					expect(released).toEqual([...finished.keys()]);
				}
			)
		);
	});
	it('refuses a result given twice', () => {
		const order = new InOrder<string>();
		order.put(0, 'a');
		expect(() => order.put(0, 'a')).toThrow('given twice');
	});
});
