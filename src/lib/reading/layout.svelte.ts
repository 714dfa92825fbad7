/**
 * Whether the reading page is laid out for a phone (the panes stacked, the timeline pinned, the card a
 * sheet over the text), and how tall that sheet is. Create it while the page's component initialises:
 * it sets up its own effects. Followed by hand rather than with `MediaQuery`, which brings more code to
 * the first load (issue 4).
 */
/** On a phone with the card open, the pinned timeline is a strip, so that the text keeps its room. */
const STRIP_LANES = 2;

export class ReadingLayout {
	narrow = $state(false);
	/** The card's sheet, 0 while closed. */
	sheetHeight = $state(0);

	/** The timeline's rows of marks: default, or a strip on a phone while a card is open. */
	lanes(cardOpen: boolean): number | undefined {
		return this.narrow && cardOpen ? STRIP_LANES : undefined;
	}

	constructor(sheet: () => HTMLElement | undefined) {
		$effect(() => {
			const query = matchMedia('(max-width: 899px)');
			const update = () => (this.narrow = query.matches);
			update();
			query.addEventListener('change', update);
			return () => query.removeEventListener('change', update);
		});
		$effect(() => {
			const box = sheet();
			if (!box) return;
			const observer = new ResizeObserver(() => (this.sheetHeight = box.offsetHeight));
			observer.observe(box);
			return () => observer.disconnect();
		});
	}
}
