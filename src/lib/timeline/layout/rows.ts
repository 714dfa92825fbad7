/**
 * Groups and eras as lanes (TimelineJS's `group` and `eras`): the first lane is the eras' labels when
 * there are eras; each group is a row, a lane for its name and then its own lanes, in which its events
 * are placed as `lanes.ts` places them, never in another group's. A data set with neither has no plan,
 * and its layout is exactly what it was.
 *
 * Each row gets a lane, and the rest go by the share of events each holds (never more than it has
 * events): the rows are planned from the whole data set, so they stay put while the window moves. When
 * there are more rows than lanes, the timeline grows taller rather than hide a group.
 */
import { placeInLanes, type Box, type Placed } from './lanes';
import type { Geometry } from './types';

export interface Row {
	/** The group's name; null for the events that have none, whose row has no label and comes last. */
	name: string | null;
	/** The lane its name is written in; null for the row without a name. */
	header: number | null;
	/** Its first lane for events, and how many it has. */
	first: number;
	count: number;
}

export interface LanePlan {
	/** Lanes in all, at least the geometry's. */
	lanes: number;
	/** The lane the eras' labels are written in, or null without eras. */
	eraLane: number | null;
	rows: Row[];
}

/** A group as the data set holds it: its name (null: no group) and how many events it has. */
export interface GroupSize {
	name: string | null;
	size: number;
}

/** The lanes for `groups` (in the order their rows are drawn) and, if `eras`, an eras' lane, within `lanes`. */
export function planLanes(
	groups: readonly GroupSize[] | null,
	eras: boolean,
	lanes: number
): LanePlan | null {
	if (!groups && !eras) return null;
	const sizes: readonly GroupSize[] = groups ?? [{ name: null, size: Infinity }];
	const headers = sizes.filter((group) => group.name !== null).length;
	const fixed = (eras ? 1 : 0) + headers;
	const counts = sizes.map(() => 1);
	for (let left = lanes - fixed - sizes.length; left > 0; left--) {
		// The next lane goes to the row with the most events per lane that still has more events than lanes.
		let best = -1;
		sizes.forEach((group, at) => {
			if (
				counts[at]! < group.size &&
				(best === -1 || group.size / counts[at]! > sizes[best]!.size / counts[best]!)
			)
				best = at;
		});
		if (best === -1) break;
		counts[best]!++;
	}
	let lane = eras ? 1 : 0;
	const rows = sizes.map((group, at): Row => {
		const header = group.name === null ? null : lane++;
		const row = { name: group.name, header, first: lane, count: counts[at]! };
		lane += row.count;
		return row;
	});
	return { lanes: Math.max(lanes, lane), eraLane: eras ? 0 : null, rows };
}

/**
 * Places each item in its row's lanes (`rowOf` names the row), as `placeInLanes` does. Lanes in the
 * result and in `item.lane` as given (the lane it had before) are counted over the whole plan; `item.lane`
 * is rewritten to the lane within its row, so pass items made for this one placing.
 */
export function placeInRows<T extends Box>(
	items: T[],
	plan: LanePlan,
	rowOf: (item: T) => string | null
): { placed: Placed<T>[]; left: T[] } {
	const index = new Map(plan.rows.map((row) => [row.name, row]));
	const byRow = new Map<Row, T[]>(plan.rows.map((row) => [row, []]));
	for (const item of items) {
		const row = index.get(rowOf(item)) ?? plan.rows.at(-1)!;
		const own = item.lane !== undefined && item.lane >= row.first && item.lane < row.first + row.count;
		item.lane = own ? item.lane! - row.first : undefined;
		byRow.get(row)!.push(item);
	}
	const placed: Placed<T>[] = [];
	const left: T[] = [];
	for (const [row, members] of byRow) {
		const result = placeInLanes(members, row.count);
		for (const [item, lane, bare] of result.placed) placed.push([item, row.first + lane, bare]);
		left.push(...result.left);
	}
	return { placed, left };
}

/**
 * `geo` with `lanes` rows, the clusters' row and the axis moved down to make room for groups that need
 * more. Here, not in `geometry.ts`, whose module the reading page's first load holds.
 */
export function withLanes(geo: Geometry, lanes: number): Geometry {
	const more = (lanes - geo.lanes) * geo.laneHeight;
	return {
		...geo,
		lanes,
		clusterY: geo.clusterY + more,
		axisY: geo.axisY + more,
		height: geo.height + more
	};
}
