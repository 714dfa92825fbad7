/**
 * Greedy lane placement: each item (a mark and its label) takes the lane it had before when that is
 * free (with its label, else as a bare mark), else the first lane where it does not overlap what is
 * already there, in order of its left edge.
 * Pinned items (the selected and the focused event) go first so that they always show their label. What
 * fits nowhere is returned, to be counted. Remembered lanes keep the rows still while the window moves
 * (and on a stage, from one scene to the next).
 */

export interface Box {
	/** Occupied horizontal extent, px. */
	left: number;
	right: number;
	pinned?: boolean;
	/** The lane it had before: it keeps it when it is free, so that it does not jump. */
	lane?: number;
	/** What the mark alone holds, without its label: tried when the whole box fits in no lane. */
	bare?: { left: number; right: number };
}

export const LANE_GAP = 6;

/** Whether two extents in one lane leave at least `LANE_GAP` between them. */
export const apart = (a: Box, b: Box) => a.left >= b.right + LANE_GAP || b.left >= a.right + LANE_GAP;

/** Each placed item with its lane, and whether only its bare mark found room. */
export type Placed<T> = [item: T, lane: number, bare: boolean];

export function placeInLanes<T extends Box>(items: T[], lanes: number): { placed: Placed<T>[]; left: T[] } {
	const placed: Placed<T>[] = [];
	const rest: T[] = [];
	/** Per lane, what the pinned items hold: few, so a scan is cheap. */
	const held: Box[][] = Array.from({ length: lanes }, () => []);
	const clear = (lane: number, item: Box) => held[lane]!.every((other) => apart(item, other));
	const choose = (item: Box, free: (lane: number) => boolean) => {
		if (item.lane !== undefined && item.lane < lanes && free(item.lane)) return item.lane;
		let lane = 0;
		while (lane < lanes && !free(lane)) lane++;
		return lane;
	};
	// A pinned item new to the rows looks first for a lane where it pushes no one from the row they had.
	const remembered = items.filter((item) => !item.pinned && item.lane !== undefined);
	const unclaimed = (lane: number, item: Box) =>
		remembered.every((other) => other.lane !== lane || apart(item, other.bare ?? other));
	for (const item of items.filter((item) => item.pinned)) {
		const kept = item.lane !== undefined && item.lane < lanes && clear(item.lane, item);
		let lane = kept ? item.lane! : choose(item, (lane) => clear(lane, item) && unclaimed(lane, item));
		if (lane === lanes) lane = choose(item, (lane) => clear(lane, item));
		// Pinned items share lane 0 rather than vanish when more are pinned than there are lanes.
		held[lane < lanes ? lane : 0]!.push(item);
		placed.push([item, lane < lanes ? lane : 0, false]);
	}
	// In order of left edge, each lane's rightmost end is all that the next item can run into, besides
	// the pinned items: a frame of thousands of candidates stays linear.
	const last = new Float64Array(lanes).fill(-Infinity);
	const sorted = items.filter((item) => !item.pinned).sort((a, b) => a.left - b.left);
	const fits = (box: Box) => (lane: number) => box.left >= last[lane]! + LANE_GAP && clear(lane, box);
	for (const item of sorted) {
		let box: Box = item;
		const kept = item.lane !== undefined && item.lane < lanes;
		let lane = kept && fits(item)(item.lane!) ? item.lane! : lanes;
		// An item keeps its row without its label rather than jump to another row: rows that hold are
		// what lets a reader (and a room) follow the events from one window to the next.
		if (lane === lanes && kept && item.bare && fits(item.bare)(item.lane!))
			[lane, box] = [item.lane!, item.bare];
		if (lane === lanes) lane = choose(box, fits(box));
		// The room is used before anything is counted into a cluster: a mark without its label.
		if (lane === lanes && item.bare) lane = choose((box = { ...item.bare, lane: item.lane }), fits(box));
		if (lane === lanes) rest.push(item);
		else {
			last[lane] = Math.max(last[lane]!, box.right);
			placed.push([item, lane, box !== item]);
		}
	}
	return { placed, left: rest };
}
