/**
 * What one drawn frame of the timeline holds: plain numbers and strings, so that the server can compute
 * the first frame and the components only draw it (and so that this file costs next to nothing in the bundle).
 */
import type { Language } from '$lib/model/schema';

export type Lang = Language;

/** A span of time in ms since the epoch, half-open: what a scale's domain holds. */
export type Domain = [number, number];
export const THEMES = ['light', 'dark', 'projector'] as const;
/** `light` follows prefers-color-scheme; `projector` is large type, high contrast, for a lit room. */
export type Theme = (typeof THEMES)[number];

export interface Tick {
	/** The instant, in ms since the epoch. */
	t: number;
	x: number;
	label: string;
	/**
	 * Where the label's centre sits, px from the tick: 0, or pushed inside the plot at either edge. Drawn
	 * relative to the tick, a label that has not moved keeps its x as the window moves (Axis.svelte).
	 */
	labelDx: number;
}

export type MarkKind = 'point' | 'band' | 'range' | 'open';

export interface Mark {
	id: string;
	/** point: a day; band: a year or month; range: start to end; open: a range still running. */
	kind: MarkKind;
	/** Left and right edges in px (equal for a point). */
	x1: number;
	x2: number;
	lane: number;
	label: string;
	/** The label's left edge, px from `x1` (the same in most frames: EventMark.svelte). */
	labelDx: number;
	/** The accessible name: the date as precise as the text, then the title. */
	name: string;
	approximate: boolean;
}

export interface Cluster {
	/** Stable while the cluster keeps its first event, so Svelte keeps the element. */
	key: string;
	x: number;
	/** Width of the pill, which holds the count. */
	w: number;
	count: number;
	label: string;
	/** Time extent of what it holds, in ms: clicking zooms there. */
	from: number;
	to: number;
}

/** A group's row: a line above it, and its name in its first lane (none for the row of events without a group). */
export interface RowLine {
	lane: number;
	label: string;
}

/** An era, clipped to the plot: a band behind the events, its name in the first lane. */
export interface EraBand {
	/** Its place among the data set's eras, which keeps its element while the window moves. */
	key: number;
	/** Left edge and width, px. */
	x: number;
	w: number;
	label: string;
}

export interface Geometry {
	width: number;
	height: number;
	fontSize: number;
	lanes: number;
	laneHeight: number;
	/** y of the first lane's mark line. */
	top: number;
	clusterY: number;
	axisY: number;
}

export interface Frame extends Geometry {
	/** The visible window, ms since the epoch. */
	domain: [number, number];
	/** Its first and last day, `YYYY-MM-DD` (the `data-domain-*` attributes tests and hosts read). */
	from?: string;
	to?: string;
	ticks: Tick[];
	marks: Mark[];
	clusters: Cluster[];
	/** Events whose extent meets the window (drawn, clustered or in the dense layer). */
	visible: number;
	/** Events per px column when there are too many to cluster honestly in SVG alone; else null. */
	density: number[] | null;
	/** The highlight band in px, clipped to the plot, or null. */
	highlight: [number, number] | null;
	/** The groups' rows, when the events have groups (`rows.ts`). */
	rows?: RowLine[];
	/** The eras in the window, when the data set has eras; their names are in lane 0. */
	eras?: EraBand[];
}
