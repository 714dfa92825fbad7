/** Sizes of the parts of the plot, in px, for a width and a theme (projector: large type). */
import type { Frame, Geometry, Theme } from './types';

/** The width the server lays the first frame out at; the SVG's viewBox scales it to the page. */
export const NOMINAL_WIDTH = 960;

/** The type size: large type grows with the screen, so that a room reads it on a projector. */
function fontSizeFor(width: number, theme: Theme): number {
	return theme === 'projector' ? Math.min(40, Math.max(20, Math.round(width / 64))) : 12;
}

/** Sizes for `width` px; `lanes` rows of marks (default: the theme's), fewer for a strip. */
export function geometry(width: number, theme: Theme = 'light', lanes = defaultLanes(theme)): Geometry {
	const fontSize = fontSizeFor(width, theme);
	const laneHeight = fontSize + 14;
	const top = fontSize + 10;
	const clusterY = top + lanes * laneHeight;
	const axisY = clusterY + fontSize + 8;
	return { width, height: axisY + fontSize * 2 + 4, fontSize, lanes, laneHeight, top, clusterY, axisY };
}

export function defaultLanes(theme: Theme = 'light'): number {
	return theme === 'projector' ? 4 : 6;
}

/** As many rows as fit in `height` px (at least the theme's): a timeline that fills its box uses the room. */
export function lanesToFill(height: number, width: number, theme: Theme = 'light'): number {
	const { height: base, laneHeight, lanes } = geometry(width, theme, 0);
	return Math.max(defaultLanes(theme), lanes + Math.floor((height - base) / laneHeight));
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
