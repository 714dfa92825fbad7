/**
 * One frame of the timeline, from the indexed events, the window and the size: ticks, the marks drawn
 * one by one in lanes with their labels, cluster pills with counts for everything else, and the density
 * per px column when the window holds thousands. Pure and DOM-free: the server computes the first frame
 * with it (see `firstFrame`), the browser every later one.
 */
import { bisectLeft } from 'd3-array';
import type { TimelineData } from '$lib/model/schema';
import { binSize, binStarts, toClusters, type Pending } from './clusters';
import { DAY_MS } from '$lib/model/dates';
import { domainWindow, windowDomain, type TimeWindow } from '$lib/model/window';
import { indexEvents, itemAt, nameOf, openUntil, titleOf, type EventIndex, type Indexed } from './events';
import { dotRadius, geometry, NOMINAL_WIDTH } from './geometry';
import { apart, placeInLanes, type Box } from './lanes';
import { placeInRows, planLanes, withLanes, type LanePlan } from './rows';
import { spansAcross } from './spans';
import { fitDomain } from './fit';
import { textWidth, truncate } from './text';
import { chooseTicks } from './ticks';
import type { Cluster, EraBand, Frame, Geometry, Lang, Mark, RowLine, Theme } from './types';

/** How much of a pinned label's room its estimated width may take: bold type runs wider. */
const BOLD = 0.92;

/** Above this many events in the window, a canvas shows where they are, under the clusters. */
export const DENSE_THRESHOLD = 2000;

/**
 * Wider events starting in one bin (or running into the window from before it) beyond this many per lane
 * are counted into a cluster without being laid out: no more could be drawn there, and laying out tens
 * of thousands of them made a frame take a second (issue 13).
 */
export const SPANS_PER_LANE = 4;

export interface FrameOptions {
	/** Ids always drawn with their label when in the window (the selected and the focused event), never clustered. */
	pinned?: readonly string[];
	highlight?: TimeWindow | null;
}

interface Candidate extends Box {
	item: Indexed;
	bin: number;
	x1: number;
	x2: number;
	label: string;
	labelX: number;
	labelDx: number;
}

/**
 * Titles cut to fit `maxWidth`, kept per event: cutting means measuring every character, every frame.
 * Found once a frame for the width most labels have, not by a key made per event: a frame lays out
 * a thousand candidates.
 */
function labelsAt(index: EventIndex, fontSize: number, maxWidth: number) {
	const key = `${fontSize}|${maxWidth}`;
	let labels = index.labels.get(key);
	if (labels === undefined) index.labels.set(key, (labels = new Map()));
	return labels;
}

function labelOf(
	index: EventIndex,
	labels: ReturnType<typeof labelsAt>,
	item: Indexed,
	fontSize: number,
	maxWidth: number
) {
	let label = labels.get(item.at);
	if (label === undefined) {
		const text = truncate(titleOf(index, item), fontSize, maxWidth);
		label = { text, w: textWidth(text, fontSize) };
		labels.set(item.at, label);
	}
	return label;
}

export function layoutFrame(
	index: EventIndex,
	domain: [number, number],
	given: Geometry,
	options: FrameOptions = {}
): Frame {
	const plan = planLanes(index.groups, index.eras.length > 0, given.lanes);
	const geo = plan && plan.lanes > given.lanes ? withLanes(given, plan.lanes) : given;
	const { width, fontSize, lanes } = geo;
	const [d0, d1] = domain;
	const k = width / (d1 - d0);
	const x = (t: number) => (t - d0) * k;
	const r = dotRadius(fontSize);
	// Titles are headlines of at most about 20 CJK characters or 60 Latin ones: a label is cut only where the plot is too narrow.
	const maxLabel = width * 0.45;
	const size = binSize(domain, width);
	const binOf = (t: number) => Math.floor(Math.max(t, d0) / size);
	const pinned = new Set(options.pinned ?? []);
	const plain = labelsAt(index, fontSize, maxLabel);

	const candidate = (item: Indexed): Candidate => {
		const point = item.kind === 'point';
		const isPinned = pinned.has(item.event.id);
		const x1 = point ? x((item.from + item.to) / 2) : x(item.from);
		const x2 = point ? x1 : Math.max(x(item.to), x1 + 2);
		// A pinned event (the selected one) shows its whole title wherever it fits in the plot, else as much
		// as fits; its label is bold, a little wider than the estimate for plain type.
		const room = BOLD * Math.max(maxLabel, point ? Math.max(width - x1 - r - 5, x1 - r - 5) : width - 4);
		const cut = isPinned
			? labelOf(index, labelsAt(index, fontSize, room), item, fontSize, room)
			: labelOf(index, plain, item, fontSize, maxLabel);
		const label = cut.text;
		const w = isPinned ? cut.w / BOLD : cut.w;
		// Labels stay inside the plot: a day near the right edge takes its label on its left. Reckoned from
		// the mark, without subtracting its x: the same in most frames, to the last bit.
		let labelDx = point ? r + 3 : Math.min(Math.max(-x1, 0) + 2, width - w - 2 - x1);
		if (point && x1 + labelDx + w > width) labelDx = -r - 3 - w;
		const labelX = x1 + labelDx;
		const markLeft = point ? x1 - r : x1;
		const markRight = x2 + (point ? r : 0);
		return {
			item,
			bin: binOf(item.from),
			x1,
			x2,
			label,
			labelX,
			labelDx,
			left: Math.min(markLeft, labelX),
			right: Math.max(markRight, labelX + w),
			bare: { left: markLeft, right: markRight },
			pinned: isPinned,
			lane: index.lanes.get(item.event.id)
		};
	};

	const candidates: Candidate[] = [];
	const pending = new Map<number, Pending>();
	const origin = index.pointStarts[0] ?? 0;
	const tally = (bin: number, count: number, days: number, from: number, to: number) => {
		const p = pending.get(bin);
		if (p) {
			p.count += count;
			p.days += days;
			p.from = Math.min(p.from, from);
			p.to = Math.max(p.to, to);
		} else pending.set(bin, { key: bin, count, days, from, to });
	};

	let visible = 0;
	// Wider events, each group laid out when it is few enough and counted when it is not: those running
	// into the window from before it (counted where they enter), then those starting in it, by bin.
	const spans = index.spans;
	const crowd = SPANS_PER_LANE * lanes;
	const reach = (lo: number, hi: number, positions?: number[]) => {
		let to = -Infinity;
		for (let k = lo; k < hi; k++) to = Math.max(to, spans.ends[positions ? positions[k]! : k]!);
		return to;
	};
	const across = spansAcross(spans, d0);
	const crowdedAcross = across.length > crowd;
	visible += across.length;
	if (crowdedAcross) {
		const entering = (d0 - origin) / DAY_MS;
		tally(
			binOf(d0),
			across.length,
			across.length * entering,
			spans.starts[across[0]!]!,
			reach(0, across.length, across)
		);
	} else for (const i of across) candidates.push(candidate(itemAt(index, spans.places[i]!)));
	const crowdedBins = new Set<number>();
	for (const bin of binStarts(spans.starts, d0, d1, size)) {
		const count = bin.hi - bin.lo;
		visible += count;
		if (count > crowd) {
			crowdedBins.add(bin.key);
			tally(
				bin.key,
				count,
				spans.sums[bin.hi]! - spans.sums[bin.lo]!,
				spans.starts[bin.lo]!,
				reach(bin.lo, bin.hi)
			);
		} else for (let i = bin.lo; i < bin.hi; i++) candidates.push(candidate(itemAt(index, spans.places[i]!)));
	}
	// Pinned days in the window, by bin: a bin whose others fit in the lanes is drawn, not counted.
	const pinnedIn = new Map<number, number>();
	for (const id of pinned) {
		const item = index.byId.get(id);
		if (item?.kind === 'point' && item.from >= d0 && item.from <= d1)
			pinnedIn.set(binOf(item.from), (pinnedIn.get(binOf(item.from)) ?? 0) + 1);
	}
	const bins = binStarts(
		index.pointStarts,
		Math.floor(d0 / size) * size,
		(Math.floor(d1 / size) + 1) * size,
		size
	);
	for (const bin of bins) {
		const count = bin.hi - bin.lo;
		visible += count;
		if (count - (pinnedIn.get(bin.key) ?? 0) <= lanes) {
			for (let i = bin.lo; i < bin.hi; i++) candidates.push(candidate(itemAt(index, index.points[i]!)));
		} else {
			const first = index.points[bin.lo]!;
			const last = index.points[bin.hi - 1]!;
			tally(
				bin.key,
				count,
				index.pointSums[bin.hi]! - index.pointSums[bin.lo]!,
				index.from[first]!,
				index.to[last]!
			);
		}
	}
	// A pinned event inside a cluster is drawn on its own, so it leaves the cluster's count. One outside the
	// window is not drawn: its label would float over dates it does not belong to.
	for (const id of pinned) {
		const item = index.byId.get(id);
		if (!item) continue;
		const point = item.kind === 'point';
		if (point ? item.from < d0 || item.from > d1 : item.from >= d1 || item.to <= d0) continue;
		if (!point && !(item.from < d0 ? crowdedAcross : crowdedBins.has(binOf(item.from)))) continue;
		const bin = pending.get(binOf(item.from));
		if (!bin) continue;
		bin.count--;
		bin.days -= (Math.max(item.from, point ? -Infinity : d0) - origin) / DAY_MS;
		candidates.push(candidate(item));
	}

	const { placed, left } = plan
		? placeInRows(candidates, plan, (c) => c.item.event.group ?? null)
		: placeInLanes(candidates, lanes);
	for (const c of left) tally(c.bin, 1, (c.item.from - origin) / DAY_MS, c.item.from, c.item.to);
	const toMark = (c: Candidate, lane: number, bare: boolean): Mark => ({
		id: c.item.event.id,
		kind: c.item.kind,
		x1: c.x1,
		x2: c.x2,
		lane,
		label: bare ? '' : c.label,
		labelDx: c.labelDx,
		name: nameOf(index, c.item),
		approximate: c.item.event.approximate === true
	});
	const marks = placed.map(([c, lane, bare]) => {
		index.lanes.set(c.item.event.id, lane);
		return toMark(c, lane, bare);
	});

	// A cluster of one hides an event behind a count: it is drawn as itself, in the clusters' row, with its
	// label where the row has room for it (six events at a projector's type size: the sixth keeps its name).
	const clusters: Cluster[] = [];
	const lonely: Candidate[] = [];
	let alone: Map<number, Candidate> | undefined;
	for (const cluster of toClusters(pending.values(), origin, x, fontSize)) {
		alone ??= cluster.count === 1 ? new Map(left.map((c) => [c.item.from, c])) : undefined;
		const lone = cluster.count === 1 && alone?.get(cluster.from);
		if (lone) lonely.push(lone);
		else clusters.push(cluster);
	}
	if (lonely.length) {
		// Every other lone event holds at least its bare mark, so a name is weighed against those that come
		// after it too, not only against the row so far.
		const row: Box[] = clusters.map((c) => ({ left: c.x - c.w / 2, right: c.x + c.w / 2 }));
		for (const lone of lonely) {
			const fits =
				row.every((box) => apart(lone, box)) &&
				lonely.every((other) => other === lone || apart(lone, other.bare!));
			if (fits) row.push(lone);
			marks.push(toMark(lone, lanes, !fits));
		}
	}
	marks.sort((a, b) => a.x1 - b.x1 || (a.id < b.id ? -1 : 1));

	let density: number[] | null = null;
	if (visible > DENSE_THRESHOLD) {
		const starts = index.pointStarts;
		// Made at its length: grown by pushes, a frame's columns were copied as often as it doubled, every frame.
		density = new Array<number>(Math.ceil(width));
		let lo = bisectLeft(starts, d0);
		for (let column = 0; column < density.length; column++) {
			const hi = bisectLeft(starts, d0 + (column + 1) / k, lo);
			density[column] = hi - lo;
			lo = hi;
		}
	}

	let highlight: [number, number] | null = null;
	if (options.highlight) {
		const [from, to] = windowDomain(options.highlight);
		const a = Math.max(0, x(from));
		const b = Math.min(width, x(to));
		if (b > a) highlight = [a, b];
	}

	return {
		...geo,
		domain,
		...domainWindow(domain),
		ticks: chooseTicks(domain, width, index.lang, fontSize),
		marks,
		clusters,
		visible,
		density,
		highlight,
		// Only when there are some: a frame without them is the same object it always was (and travels
		// in the page as it did).
		...(plan?.rows.some((row) => row.name !== null) ? { rows: rowLines(plan) } : {}),
		...(index.eras.length ? { eras: eraBands(index, x, width, fontSize) } : {})
	};
}

function rowLines(plan: LanePlan): RowLine[] {
	return plan.rows.map((row) => ({ lane: row.header ?? row.first, label: row.name ?? '' }));
}

/** The eras that meet the window, clipped to it, each name cut to its band. */
function eraBands(index: EventIndex, x: (t: number) => number, width: number, fontSize: number): EraBand[] {
	return index.eras.flatMap((era, key) => {
		const x1 = Math.max(0, x(era.from));
		const x2 = Math.min(width, x(era.to));
		if (x2 <= x1) return [];
		// A band too narrow for a few letters shows no name rather than a lone ellipsis.
		const room = x2 - x1 - 8;
		return [
			{ key, x: x1, w: x2 - x1, label: room < fontSize * 2 ? '' : truncate(era.title, fontSize, room) }
		];
	});
}

export interface FirstFrameOptions extends FrameOptions {
	lang?: Lang;
	theme?: Theme;
	width?: number;
	view?: TimeWindow | null;
}

/**
 * The frame the page shows before any script runs: fit all (or `view`), at a nominal width. Call it
 * in a server `load` and pass it to `<Timeline frame>`, so that d3 and date-fns stay out of the
 * initial bundle.
 */
export function firstFrame(data: TimelineData, options: FirstFrameOptions = {}): Frame {
	const lang = options.lang ?? data.article.language;
	const index = indexEvents(data, lang);
	const domain: [number, number] = options.view
		? windowDomain(options.view)
		: fitDomain(index.extent, openUntil(data)?.getTime());
	return layoutFrame(index, domain, geometry(options.width ?? NOMINAL_WIDTH, options.theme), options);
}

/** To a hundredth of a px, far below what a screen shows. */
const px = (v: number) => Math.round(v * 100) / 100;

/**
 * The frame with its positions rounded: the first frame travels inside the page for hydration, and
 * `109.57892868912718` costs that page 18 characters where `109.58` draws the same (issue 4's budget).
 * The server loads send the first frame through it.
 */
export function roundFrame(frame: Frame): Frame {
	return {
		...frame,
		ticks: frame.ticks.map((tick) => ({ ...tick, x: px(tick.x), labelDx: px(tick.labelDx) })),
		marks: frame.marks.map((mark) => ({
			...mark,
			x1: px(mark.x1),
			x2: px(mark.x2),
			labelDx: px(mark.labelDx)
		})),
		clusters: frame.clusters.map((cluster) => ({ ...cluster, x: px(cluster.x), w: px(cluster.w) })),
		highlight: frame.highlight && [px(frame.highlight[0]), px(frame.highlight[1])],
		...(frame.eras ? { eras: frame.eras.map((era) => ({ ...era, x: px(era.x), w: px(era.w) })) } : {})
	};
}
