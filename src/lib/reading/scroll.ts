/**
 * Where the reading page scrolls, as arithmetic on boxes (px from the top of the viewport): the part of
 * the screen where text can be read, and how far to move so that words are comfortably inside it.
 */

export interface Edges {
	top: number;
	bottom: number;
}

/**
 * The stretch where text can be read: the text pane on screen, below the pinned timeline and above the
 * card's sheet when there are (a phone), never off the screen.
 */
export function readableBand(text: Edges, viewport: number, pinned?: Edges, sheet?: Edges): Edges {
	let top = Math.max(0, text.top);
	let bottom = Math.min(viewport, text.bottom);
	if (pinned) top = Math.max(top, pinned.bottom);
	if (sheet && sheet.bottom > sheet.top) bottom = Math.min(bottom, sheet.top);
	return { top, bottom };
}

/** Whether `box` lies in `band` with a tenth of the band to spare at either end. */
export function comfortablyIn(box: Edges, band: Edges): boolean {
	const margin = (band.bottom - band.top) * 0.1;
	return box.top >= band.top + margin && box.bottom <= band.bottom - margin;
}

/** How far to scroll the page so that `box` starts `gap` px below `top` (where the pinned timeline ends). */
export function scrollToBelow(box: Edges, top: number, gap = 24): number {
	return box.top - (top + gap);
}

/**
 * How far to scroll up so that words on screen clear a sheet that has opened over them (0: they are
 * clear, or not on screen, and being scrolled to already).
 */
export function clearOfSheet(words: Edges, sheetTop: number, viewport: number, gap = 24): number {
	const onScreen = words.top >= 0 && words.top < viewport;
	return onScreen && words.bottom > sheetTop - 8 ? words.bottom - sheetTop + gap : 0;
}
