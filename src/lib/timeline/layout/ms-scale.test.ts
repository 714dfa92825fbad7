import fc from 'fast-check';
import { scaleUtc } from 'd3-scale';
import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { msScale } from './ms-scale';

const instant = fc.integer({ min: Date.UTC(-2000, 0, 1), max: Date.UTC(3000, 0, 1) });

describe('msScale', () => {
	it('maps, inverts and rescales under a zoom transform exactly as scaleUtc does (property)', () => {
		fc.assert(
			fc.property(
				instant,
				instant,
				fc.integer({ min: 1, max: 4000 }),
				fc.double({ min: 1, max: 1e6, noNaN: true }),
				// Where d3-zoom's translate extent lets the window go: within the fitted one.
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(a, b, width, k, p, q) => {
					const ours = msScale([new Date(a), new Date(b)], [0, width]);
					const d3 = scaleUtc()
						.domain([new Date(a), new Date(b)])
						.range([0, width]);
					const t = a + (b - a) / 3;
					expect(ours(t)).toBe(d3(t as unknown as Date));
					expect(ours.invert(q * width)).toBe(+d3.invert(q * width));
					const transform = zoomIdentity.translate(-p * (k - 1) * width, 0).scale(k);
					expect(transform.rescaleX(ours).domain()).toEqual(transform.rescaleX(d3).domain().map(Number));
					expect(ours.range()).toEqual(d3.range());
				}
			),
			{ numRuns: 3000 }
		);
	});

	it('puts every instant in the middle of a one-point domain', () => {
		expect(msScale([5, 5], [0, 100])(123)).toBe(50);
	});
});
