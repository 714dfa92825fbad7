/**
 * Greedy lane placement: each item (a mark and its label) takes the first lane where it does not
 * overlap what is already there, in order of its left edge. Pinned items (the selected and the focused
 * event) go first so that they always show their label. What fits nowhere is returned, to be counted.
 */

export interface Box {
	/** Occupied horizontal extent, px. */
	left: number;
	right: number;
	pinned?: boolean;
	/** The lane it had in the previous frame: a pinned item keeps it when it can, so it does not jump. */
	lane?: number;
}

export const LANE_GAP = 6;

export function placeInLanes<T extends Box>(items: T[], lanes: number): { placed: [T, number][]; left: T[] } {
	const ends: number[][] = Array.from({ length: lanes }, () => []);
	const starts: number[][] = Array.from({ length: lanes }, () => []);
	const placed: [T, number][] = [];
	const rest: T[] = [];
	const free = (lane: number, item: T) => {
		const s = starts[lane]!;
		const e = ends[lane]!;
		for (let i = 0; i < s.length; i++)
			if (item.left < e[i]! + LANE_GAP && s[i]! < item.right + LANE_GAP) return false;
		return true;
	};
	const put = (lane: number, item: T) => {
		starts[lane]!.push(item.left);
		ends[lane]!.push(item.right);
		placed.push([item, lane]);
	};
	const pinned = items.filter((item) => item.pinned);
	for (const item of pinned) {
		let lane = item.lane !== undefined && item.lane < lanes && free(item.lane, item) ? item.lane : 0;
		while (lane < lanes && !free(lane, item)) lane++;
		// Pinned items share lane 0 rather than vanish when more are pinned than there are lanes.
		put(lane < lanes ? lane : 0, item);
	}
	// Sweep in order of left edge: a lane's last item is then the only one that can collide.
	const last = new Float64Array(lanes).fill(-Infinity);
	const sorted = items.filter((item) => !item.pinned).sort((a, b) => a.left - b.left);
	for (const item of sorted) {
		let lane = 0;
		while (
			lane < lanes &&
			!(item.left >= last[lane]! + LANE_GAP && (pinned.length === 0 || free(lane, item)))
		)
			lane++;
		if (lane === lanes) rest.push(item);
		else {
			last[lane] = item.right;
			if (pinned.length) put(lane, item);
			else placed.push([item, lane]);
		}
	}
	return { placed, left: rest };
}
