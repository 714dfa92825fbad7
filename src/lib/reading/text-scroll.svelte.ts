/**
 * How the reading page moves its text: words brought into the readable band (`scroll.ts`), whether the
 * page is laid out for a phone (panes stacked, the timeline pinned, the card a sheet over the text), and
 * how tall that sheet is. Create it while the page's component initialises: it sets up its own effects.
 */
import { clearOfSheet, comfortablyIn, readableBand, scrollToBelow } from './scroll';

export interface Panes {
	article?: HTMLElement;
	timeline?: HTMLElement;
	sheet?: HTMLElement;
}

export class TextScroll {
	/**
	 * A phone's layout. Followed by hand rather than with `MediaQuery`, which brings more code to the
	 * first load (issue 4).
	 */
	narrow = $state(false);
	/** The card's sheet, 0 while closed. */
	sheetHeight = $state(0);
	#panes: () => Panes;

	constructor(panes: () => Panes) {
		this.#panes = panes;
		$effect(() => {
			const query = matchMedia('(max-width: 899px)');
			const update = () => (this.narrow = query.matches);
			update();
			query.addEventListener('change', update);
			return () => query.removeEventListener('change', update);
		});
		$effect(() => {
			const sheet = this.#panes().sheet;
			if (!sheet) return;
			const observer = new ResizeObserver(() => (this.sheetHeight = sheet.offsetHeight));
			observer.observe(sheet);
			return () => observer.disconnect();
		});
	}

	/** Scrolls the text to an element unless it is already comfortably in view. */
	bringIntoView(element: Element | null | undefined, instant = false) {
		const { article, timeline, sheet } = this.#panes();
		if (!element || !article || !timeline || !sheet) return;
		const narrow = this.narrow;
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
	clearSheet(words: Element | null | undefined) {
		const sheet = this.#panes().sheet;
		if (!this.narrow || !words || !sheet || this.sheetHeight === 0) return;
		const by = clearOfSheet(words.getBoundingClientRect(), sheet.getBoundingClientRect().top, innerHeight);
		if (by > 0) scrollBy({ top: by, behavior: motion() });
	}
}

function motion(instant = false): ScrollBehavior {
	return instant || matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth';
}
