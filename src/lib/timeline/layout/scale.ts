/**
 * The zoom maths. State is one d3-zoom transform over a base scale `x0` that fits the whole data set;
 * the visible scale is always derived, `transform.rescaleX(x0)`, never stored. These convert between
 * that transform and the window as dates, both ways.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { DAY_MS } from '$lib/model/dates';
import type { Domain } from './types';

/** Zoomed in as far as it goes, the window is one day wide. */
export const MIN_SPAN = DAY_MS;

export function baseScale(domain: Domain, width: number): ScaleTime<number, number> {
	return scaleUtc()
		.domain(domain.map((t) => new Date(t)))
		.range([0, width]);
}

/** How far the transform may zoom: from the fitted window (k = 1) down to one day. */
export function scaleLimits(x0: ScaleTime<number, number>): [number, number] {
	const [a, b] = x0.domain();
	return [1, Math.max(1, (+b! - +a!) / MIN_SPAN)];
}

/**
 * Whether two windows are the same to a reader: a minute apart at either end (a transform's arithmetic
 * leaves a few ms of error, and the reader sees days at best).
 */
export function sameDomain(a: Domain, b: Domain): boolean {
	return Math.abs(a[0] - b[0]) < 60_000 && Math.abs(a[1] - b[1]) < 60_000;
}

/** The window a transform shows, ms. */
export function domainOf(transform: ZoomTransform, x0: ScaleTime<number, number>): Domain {
	const [a, b] = transform.rescaleX(x0).domain();
	return [+a!, +b!];
}

/** The transform that shows `domain` (ms), clamped to the zoom limits and to the fitted window. */
export function transformFor(domain: Domain, x0: ScaleTime<number, number>): ZoomTransform {
	const [lo, hi] = scaleLimits(x0);
	const [r0] = x0.range() as [number, number];
	const [f0, f1] = x0.domain().map(Number) as [number, number];
	let span = Math.max(domain[1] - domain[0], MIN_SPAN);
	span = Math.min(Math.max(span, (f1 - f0) / hi), (f1 - f0) / lo);
	const middle = (domain[0] + domain[1]) / 2;
	const from = Math.min(Math.max(middle - span / 2, f0), f1 - span);
	const k = (f1 - f0) / span;
	return zoomIdentity.translate(r0 - k * x0(new Date(from)), 0).scale(k);
}
