/**
 * The events wider than a day (years, months, ranges, open ranges), indexed for windows: sorted by start,
 * so those that start inside a window are one run found by binary search; and kept apart by length in
 * classes of powers of two days, so those that started before the window and still run into it are found
 * without looking at the others: in the class of lengths under 2^c days, only a span that started less
 * than 2^c days before can still be running. A frame costs O(classes · log n) plus what it finds, not
 * a pass over every span (issue 13: a hundred thousand ranges).
 */
import { bisectLeft } from 'd3-array';
import { DAY_MS } from '$lib/model/dates';

export interface SpanIndex {
	/** The spans' places in the data set's events, sorted by start. */
	places: Uint32Array;
	/** Each span's start and end, ms, in the order of `places`. */
	starts: Float64Array;
	ends: Float64Array;
	/** Running sums of starts in days from the `origin` given, for a cluster's mean in O(1). */
	sums: Float64Array;
	/** By length, up to `longest` ms: positions into `places`, in order of start, and those starts. */
	classes: { longest: number; at: Uint32Array; starts: Float64Array }[];
}

/**
 * The spans at `places` (in the data set's events, whose extents are `from` and `to` by place) indexed;
 * `origin` is where the sums of starts count from (the points' own, to add them up).
 */
export function indexSpans(
	places: ArrayLike<number>,
	from: Float64Array,
	to: Float64Array,
	origin: number
): SpanIndex {
	const n = places.length;
	// By start, those that start together in the order given.
	const byStart = new Uint32Array(n).map((_, i) => i);
	byStart.sort((a, b) => from[places[a]!]! - from[places[b]!]! || a - b);
	const sorted = Uint32Array.from(byStart, (i) => places[i]!);
	const starts = Float64Array.from(sorted, (at) => from[at]!);
	const ends = Float64Array.from(sorted, (at) => to[at]!);
	const sums = new Float64Array(n + 1);
	for (let i = 0; i < n; i++) sums[i + 1] = sums[i]! + (starts[i]! - origin) / DAY_MS;
	const byClass = new Map<number, number[]>();
	for (let i = 0; i < n; i++) {
		const c = Math.max(0, Math.ceil(Math.log2((ends[i]! - starts[i]!) / DAY_MS)));
		(byClass.get(c) ?? byClass.set(c, []).get(c)!).push(i);
	}
	const classes = [...byClass]
		.sort(([a], [b]) => a - b)
		.map(([c, at]) => ({
			longest: 2 ** c * DAY_MS,
			at: Uint32Array.from(at),
			starts: Float64Array.from(at, (i) => starts[i]!)
		}));
	return { places: sorted, starts, ends, sums, classes };
}

/** Positions into `index.places` of the spans that began before `t` and run past it, in order of start. */
export function spansAcross(index: SpanIndex, t: number): number[] {
	const found: number[] = [];
	for (const { longest, at, starts } of index.classes) {
		for (let k = bisectLeft(starts, t - longest); k < starts.length && starts[k]! < t; k++) {
			const i = at[k]!;
			if (index.ends[i]! > t) found.push(i);
		}
	}
	return found.sort((a, b) => a - b);
}

/** The run of `index.places` that starts in [from, to). */
export function spansStarting(index: SpanIndex, from: number, to: number): [lo: number, hi: number] {
	const lo = bisectLeft(index.starts, from);
	return [lo, bisectLeft(index.starts, to, lo)];
}
