/**
 * What a cluster click or "show this event" asks of the window, as plain arithmetic on ms ranges: the
 * camera's alone (a key's action is keys.ts's), so that its chunk takes nothing from the timeline's.
 */
import type { Domain } from './types';

/**
 * The window that shows an item: centred on it when `center` (or when it is out of view), else
 * unchanged (null); zoomed out when the item is wider than most of the window.
 */
export function revealWindow(
	item: { from: number; to: number },
	domain: Domain,
	center: boolean
): Domain | null {
	const [d0, d1] = domain;
	let span = d1 - d0;
	if (item.to - item.from > span * 0.9) span = (item.to - item.from) * 1.25;
	const margin = span * 0.05;
	const inView = item.from >= d0 + margin && item.to <= d1 - margin;
	if (!center && inView && span === d1 - d0) return null;
	const middle = (item.from + item.to) / 2;
	return [middle - span / 2, middle + span / 2];
}

/** A cluster click zooms to its extent, and at least twice as close, so each click makes progress. */
export function clusterWindow(cluster: { from: number; to: number }, domain: Domain): Domain {
	const middle = (cluster.from + cluster.to) / 2;
	const span = Math.min(Math.max(cluster.to - cluster.from, 1) * 1.3, (domain[1] - domain[0]) / 2);
	return [middle - span / 2, middle + span / 2];
}
