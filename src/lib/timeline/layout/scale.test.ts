import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { zoomIdentity } from 'd3-zoom';
import { fitDomain } from './fit';
import { baseScale, domainOf, scaleLimits, transformFor, MIN_SPAN } from './scale';

const DAY = 86_400_000;
const fit = fitDomain([Date.UTC(2014, 0, 1), Date.UTC(2026, 0, 1)]);

describe('transform ↔ domain', () => {
	it('fits all with a margin on both sides', () => {
		expect(fit[0]).toBeLessThan(Date.UTC(2014, 0, 1));
		expect(fit[1]).toBeGreaterThan(Date.UTC(2026, 0, 1));
		const single = fitDomain([Date.UTC(2014, 0, 1), Date.UTC(2014, 0, 2)]);
		expect(single[1] - single[0]).toBeGreaterThanOrEqual(7 * DAY);
	});

	it('the identity shows the fitted window', () => {
		expect(domainOf(zoomIdentity, baseScale(fit, 800))).toEqual(fit);
	});

	it('zooms from the fitted window down to one day', () => {
		const x0 = baseScale(fit, 800);
		const [lo, hi] = scaleLimits(x0);
		expect(lo).toBe(1);
		const [a, b] = domainOf(zoomIdentity.scale(hi), x0);
		expect(b - a).toBeCloseTo(MIN_SPAN, -1);
	});

	it('round-trips a window through its transform (property)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 320, max: 3840 }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(width, p, q) => {
					const x0 = baseScale(fit, width);
					const span = MIN_SPAN + q * (fit[1] - fit[0] - MIN_SPAN);
					const from = fit[0] + p * (fit[1] - fit[0] - span);
					const [a, b] = domainOf(transformFor([from, from + span], x0), x0);
					expect(Math.abs(a - from)).toBeLessThan(60_000);
					expect(Math.abs(b - (from + span))).toBeLessThan(60_000);
				}
			)
		);
	});

	it('clamps a window beyond the limits', () => {
		const x0 = baseScale(fit, 1000);
		const [a, b] = domainOf(transformFor([Date.UTC(2014, 5, 1), Date.UTC(2014, 5, 1) + 1000], x0), x0);
		expect(b - a).toBeCloseTo(MIN_SPAN, -3);
		expect(domainOf(transformFor([0, Date.UTC(2200, 0, 1)], x0), x0)).toEqual(fit);
	});
});
