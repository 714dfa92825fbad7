/**
 * The one order in time (`order.ts`) for many events at once: the timeline's index of a data set that
 * may hold a million. Apart from `order.ts`, which the reading page loads first, and which sorts the
 * article's few events by comparing them.
 */
import { compareInTime, until, type Timed } from './order';

/** Below this many events, comparing them is quicker than the radix sort's fixed passes. */
const FEW = 1000;

/**
 * `items` sorted by `compareInTime`; many of them without calling it for most pairs: by end, then by
 * start, each a stable radix sort on the numbers' bits, and only the events that start and end together
 * compared (in the text). A million events sorted by comparing them took five seconds (issue 13).
 */
export function sortInTime<T extends Timed>(items: readonly T[]): T[] {
	const starts = Float64Array.from(items, (item) => item.from);
	const ends = Float64Array.from(items, until);
	return Array.from(
		orderInTime(starts, ends, (a, b) => compareInTime(items[a]!, items[b]!)),
		(i) => items[i]!
	);
}

/**
 * The places 0…n−1 of n events in the one order in time, from each one's start and its end as `until`
 * reads it (both overwritten: a -0 becomes 0), and `compare`, which is `compareInTime` on the events at two
 * places: called for the pairs that start and end together, or for all when they are few. The timeline's
 * index sorts a million events by their places, without an object for each (issue 13).
 */
export function orderInTime(
	starts: Float64Array,
	ends: Float64Array,
	compare: (a: number, b: number) => number
): Uint32Array<ArrayBuffer> {
	const n = starts.length;
	const positions = new Uint32Array(n);
	for (let i = 0; i < n; i++) {
		// `+ 0` makes -0 a 0, which compares equal to it and must sort with it.
		starts[i]! += 0;
		ends[i]! += 0;
		positions[i] = i;
	}
	if (n < FEW) return positions.sort(compare);
	const order = byKey(starts, byKey(ends, positions));
	for (let lo = 0, hi = 1; lo < n; lo = hi++) {
		const start = starts[order[lo]!];
		const end = ends[order[lo]!];
		while (hi < n && starts[order[hi]!] === start && ends[order[hi]!] === end) hi++;
		if (hi - lo > 1) order.subarray(lo, hi).sort(compare);
	}
	return order;
}

/**
 * `positions` reordered by `keys[position]`, equal keys in the order they came: four passes of 16 bits
 * over each number's bits, turned so that they sort as the numbers do (negative numbers all flipped,
 * others with the sign bit set). NaN, which no comparison orders, sorts beyond the infinities.
 */
function byKey(keys: Float64Array, positions: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
	const n = keys.length;
	const words = new Uint32Array(keys.buffer, keys.byteOffset, 2 * n);
	// Whether this machine stores a number's low bytes first (every browser's does; checked all the same).
	const [low, high] = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? [0, 1] : [1, 0];
	const lo = new Uint32Array(n);
	const hi = new Uint32Array(n);
	for (let i = 0; i < n; i++) {
		const h = words[2 * i + high]!;
		const l = words[2 * i + low]!;
		const negative = h >>> 31 === 1;
		hi[i] = negative ? ~h >>> 0 : (h | 0x80000000) >>> 0;
		lo[i] = negative ? ~l >>> 0 : l;
	}
	let from = positions;
	let to = new Uint32Array(n);
	const next = new Uint32Array(0x10001);
	for (const [word, shift] of [
		[lo, 0],
		[lo, 16],
		[hi, 0],
		[hi, 16]
	] as const) {
		next.fill(0);
		for (let i = 0; i < n; i++) next[((word[from[i]!]! >>> shift) & 0xffff) + 1]!++;
		for (let d = 1; d < next.length; d++) next[d]! += next[d - 1]!;
		for (let i = 0; i < n; i++) {
			const p = from[i]!;
			to[next[(word[p]! >>> shift) & 0xffff]!++] = p;
		}
		[from, to] = [to, from];
	}
	return from;
}
