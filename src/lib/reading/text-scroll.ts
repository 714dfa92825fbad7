/**
 * How the reading page moves its text: words brought into the readable band (`scroll.ts`), on a phone
 * below the pinned timeline and above the card's sheet. Loaded on the first selection: the first frame
 * needs none of it.
 */
import { clearOfSheet, comfortablyIn, readableBand, scrollToBelow } from './scroll';

export interface Panes {
	article: HTMLElement;
	timeline: HTMLElement;
	sheet: HTMLElement;
	/** The phone's layout: the panes stacked, the timeline pinned, the card a sheet over the text. */
	narrow: boolean;
}

function motion(instant = false): ScrollBehavior {
	return instant || matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth';
}

/** Scrolls the text to an element unless it is already comfortably in view. */
export function bringIntoView(
	element: Element,
	{ article, timeline, sheet, narrow }: Panes,
	instant = false
) {
	const band = readableBand(
		article.getBoundingClientRect(),
		innerHeight,
		narrow ? timeline.getBoundingClientRect() : undefined,
		narrow ? sheet.getBoundingClientRect() : undefined
	);
	const box = element.getBoundingClientRect();
	if (comfortablyIn(box, band)) return;
	if (!narrow) return element.scrollIntoView({ behavior: motion(instant), block: 'start' });
	// The page itself scrolls; aim just below where the pinned timeline ends once it is stuck.
	const stuck = timeline.offsetHeight + parseFloat(getComputedStyle(timeline).top);
	scrollBy({ top: scrollToBelow(box, stuck), behavior: motion(instant) });
}

/** On a phone, moves words up out from under the card's sheet that has opened over them. */
export function clearSheet(words: Element, { sheet, narrow }: Panes) {
	if (!narrow) return;
	const by = clearOfSheet(words.getBoundingClientRect(), sheet.getBoundingClientRect().top, innerHeight);
	if (by > 0) scrollBy({ top: by, behavior: motion() });
}
