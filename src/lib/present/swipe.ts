/**
 * A finger's stroke across the stage's caption as a step: a presenter with a tablet or a phone has no
 * clicker. Short or mostly vertical strokes are taps and scrolls, not steps.
 */
export interface Stroke {
	dx: number;
	dy: number;
	/** The stage's width: a stroke must cross a share of it, whatever the screen. */
	width: number;
}

/** A stroke shorter than this share of the stage's width (and at least MIN_PX) is not a swipe. */
const SHARE = 0.12;
const MIN_PX = 40;

export function swipeStep({ dx, dy, width }: Stroke): 'next' | 'prev' | null {
	if (Math.abs(dx) < Math.max(MIN_PX, width * SHARE)) return null;
	if (Math.abs(dx) < 1.5 * Math.abs(dy)) return null;
	// Dragging the page to the left brings the next one in, as every photo viewer and slide app does.
	return dx < 0 ? 'next' : 'prev';
}
