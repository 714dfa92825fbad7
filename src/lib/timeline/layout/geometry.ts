/** Sizes of the parts of the plot, in px, for a width and a theme (projector: large type). */
import type { Frame, Geometry, Theme } from './types';

/** The width the server lays the first frame out at; the SVG's viewBox scales it to the page. */
export const NOMINAL_WIDTH = 960;

/** Sizes for `width` px; `lanes` rows of marks (default: the theme's), fewer for a strip. */
export function geometry(width: number, theme: Theme = 'light', lanes = defaultLanes(theme)): Geometry {
	const fontSize = theme === 'projector' ? 20 : 12;
	const laneHeight = fontSize + 14;
	const top = fontSize + 10;
	const clusterY = top + lanes * laneHeight;
	const axisY = clusterY + fontSize + 8;
	return { width, height: axisY + fontSize * 2 + 4, fontSize, lanes, laneHeight, top, clusterY, axisY };
}

export function defaultLanes(theme: Theme = 'light'): number {
	return theme === 'projector' ? 4 : 6;
}

/** Radius of a day's dot. */
export function dotRadius(fontSize: number): number {
	return Math.round(fontSize * 0.4);
}

/** A frame with nothing in it yet, for a timeline given no first frame: the layout loads with the engine. */
export function emptyFrame(theme: Theme = 'light'): Frame {
	return {
		...geometry(NOMINAL_WIDTH, theme),
		domain: [0, 0],
		ticks: [],
		marks: [],
		clusters: [],
		visible: 0,
		density: null,
		highlight: null
	};
}
