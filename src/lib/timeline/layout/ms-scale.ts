/**
 * The timeline's base scale: instants (ms) to px, linear. It is all d3-zoom's `rescaleX` asks of a scale
 * (copy, domain, range, invert), computed as d3-scale's `scaleUtc` computes it, to the last bit. `scaleUtc`
 * itself brought its tick formats and interpolators, d3-time-format, d3-interpolate and d3-color (4 KB gzip
 * of the zoom engine), which nianbiao never used: its ticks are `ticks.ts`, their labels `format.ts`.
 */
export interface MsScale {
	(t: number | Date): number;
	domain(): [number, number];
	domain(domain: readonly (number | Date)[]): MsScale;
	range(): [number, number];
	range(range: readonly number[]): MsScale;
	/** The instant at `px`, rounded to whole ms. */
	invert(px: number): number;
	copy(): MsScale;
}

/** d3's `normalize`: where `x` lies between `a` and `b`, 0 to 1 (the middle when they are one point). */
function normalize(a: number, b: number): (x: number) => number {
	const span = b - a;
	return span ? (x) => (x - a) / span : () => (Number.isNaN(span) ? NaN : 0.5);
}

/** d3's `interpolateNumber`. */
const between = (a: number, b: number) => (t: number) => a * (1 - t) + b * t;

/** d3's `bimap`: from one interval onto another, read from its lower end. */
function bimap(from: [number, number], to: [number, number]): (x: number) => number {
	const [a, b] = from;
	const [c, d] = to;
	const unit = b < a ? normalize(b, a) : normalize(a, b);
	const onto = b < a ? between(d, c) : between(c, d);
	return (x) => onto(unit(x));
}

export function msScale(domain: readonly (number | Date)[], range: readonly number[]): MsScale {
	// As scaleUtc keeps them: whole ms (a Date holds them so; a number is rounded).
	const [d0, d1] = domain.map((t) => (t instanceof Date ? +t : Math.round(t))) as [number, number];
	const [r0, r1] = range as [number, number];
	const toPx = bimap([d0, d1], [r0, r1]);
	const toMs = bimap([r0, r1], [d0, d1]);
	function scale(t: number | Date): number {
		return toPx(+t);
	}
	function domainOf(): [number, number];
	function domainOf(next: readonly (number | Date)[]): MsScale;
	function domainOf(next?: readonly (number | Date)[]) {
		return next ? msScale(next, [r0, r1]) : [d0, d1];
	}
	function rangeOf(): [number, number];
	function rangeOf(next: readonly number[]): MsScale;
	function rangeOf(next?: readonly number[]) {
		return next ? msScale([d0, d1], next) : [r0, r1];
	}
	// `+ 0`: a Date has no -0, and the window is compared and written as scaleUtc's was.
	const invert = (px: number) => Math.round(toMs(px)) + 0;
	return Object.assign(scale, {
		domain: domainOf,
		range: rangeOf,
		invert,
		copy: () => msScale([d0, d1], [r0, r1])
	});
}
