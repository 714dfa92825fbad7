/**
 * The window "fit all" shows, in plain numbers: no d3 here, so that the first frame's layout stays free
 * of d3-zoom (whose modules Rollup cannot prove side-effect free, and would keep in the initial bundle).
 */
import { DAY_MS } from '$lib/model/dates';

/** Room left on either side of the data when fitting all, as a share of its span. */
export const FIT_MARGIN = 0.04;

/**
 * The window "fit all" shows: the events' extent with a margin, and at least a week so that a single
 * day is not blown up to the full width.
 */
export function fitDomain(
	extent: [number, number] | null,
	fallback = Date.UTC(2000, 0, 1)
): [number, number] {
	const [from, to] = extent ?? [fallback, fallback + 365 * DAY_MS];
	const span = Math.max(to - from, 7 * DAY_MS);
	const middle = (from + to) / 2;
	const half = (span * (1 + 2 * FIT_MARGIN)) / 2;
	return [middle - half, middle + half];
}
