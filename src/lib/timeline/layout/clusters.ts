/**
 * Level of detail for day events: the window is cut into bins of at least `BIN_PX` px, aligned on
 * power-of-two multiples of a day so that a bin keeps its members (and its element) while the user pans,
 * and while zooming within a factor of two. Each bin's count is two binary searches on the sorted starts,
 * so a frame costs O(width · log n), and the number of elements is bounded by the width, not by n.
 */
import { bisectLeft } from 'd3-array';
import { textWidth } from './text';
import { DAY_MS } from '$lib/model/dates';
import type { Cluster } from './types';

export const BIN_PX = 24;

export interface Bin {
	key: number;
	/** Index range into the starts binned. */
	lo: number;
	hi: number;
}

export function binSize(domain: [number, number], width: number): number {
	const msPerPx = (domain[1] - domain[0]) / width;
	return DAY_MS * 2 ** Math.ceil(Math.log2((BIN_PX * msPerPx) / DAY_MS));
}

/** The non-empty bins of `size` that hold some of `starts` (sorted) in [from, to): index ranges into them. */
export function binStarts(starts: Float64Array, from: number, to: number, size: number): Bin[] {
	const bins: Bin[] = [];
	let k = Math.floor(from / size);
	let lo = bisectLeft(starts, from);
	for (; k * size < to && lo < starts.length; k++) {
		const hi = bisectLeft(starts, Math.min((k + 1) * size, to), lo);
		if (hi > lo) bins.push({ key: k, lo, hi });
		lo = hi;
	}
	return bins;
}

export interface Pending {
	key: number;
	count: number;
	/** Sum of starts in days from the index's first point, for the mean. */
	days: number;
	from: number;
	to: number;
}

export function countLabel(count: number): string {
	if (count < 1000) return String(count);
	if (count < 10_000) return `${(count / 1000).toFixed(1).replace(/\.0$/, '')}k`;
	return `${Math.round(count / 1000)}k`;
}

/**
 * Turns bin tallies into cluster pills, merging neighbours whose pills would touch, so no two pills
 * (nor their counts) overlap. `x` maps ms to px.
 */
export function toClusters(
	pending: Iterable<Pending>,
	origin: number,
	x: (t: number) => number,
	fontSize: number
): Cluster[] {
	// Each count's pill measured once: the sweeps ask again for every neighbour, and each asking wrote the count out.
	const widths = new Map<number, number>();
	const pill = (count: number) => {
		let w = widths.get(count);
		if (w === undefined) widths.set(count, (w = textWidth(countLabel(count), fontSize * 0.9) + fontSize));
		return w;
	};
	// Pills of their own, which the sweeps below merge into one another in place.
	const sorted: (Pending & { x: number })[] = [];
	for (const p of pending)
		if (p.count > 0) sorted.push({ ...p, x: x(origin + (p.days / p.count) * DAY_MS + DAY_MS / 2) });
	sorted.sort((a, b) => a.x - b.x);
	let merged = sorted;
	// A merge moves a pill and may widen it; sweep again until no two touch (rarely more than twice).
	for (let changed = true; changed;) {
		changed = false;
		const out: typeof sorted = [];
		for (const next of merged) {
			const prev = out.at(-1);
			if (prev && next.x - pill(next.count) / 2 < prev.x + pill(prev.count) / 2 + 2) {
				const count = prev.count + next.count;
				prev.x = (prev.x * prev.count + next.x * next.count) / count;
				prev.count = count;
				prev.days += next.days;
				prev.from = Math.min(prev.from, next.from);
				prev.to = Math.max(prev.to, next.to);
				changed = true;
			} else out.push(next);
		}
		merged = out;
	}
	return merged.map((c) => ({
		// Keyed by its first event's time, which outlives a change of bin size, so the element stays.
		key: `c${c.from}`,
		x: c.x,
		w: pill(c.count),
		count: c.count,
		label: countLabel(c.count),
		from: c.from,
		to: c.to
	}));
}
