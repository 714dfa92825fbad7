/**
 * An article page's paragraphs travel once: the prerendered page shows their texts, so its data carries
 * only their kinds (`transport` in hooks.ts) and the texts are read back from the article's elements as the
 * page starts, before hydration (3.6 of the seed page's 6.2 KB gzip of data were the texts a second time).
 * Only the pages that render every paragraph with ArticleText mark theirs, and they are always entered by
 * loading their document: a client-side navigation's data (`__data.json`, written from the same data) would
 * arrive while another page is on screen, so the links into and out of them reload (`data-sveltekit-reload`),
 * and data decoded after the first page started is refused rather than read from the wrong page.
 */
import { paragraphAnchor } from '$lib/linked/anchors';
import type { Paragraph } from '$lib/model/schema';

const shown = new WeakSet<object>();
let starting = true;

/** A copy of `paragraphs` that the page's data carries without texts. */
export function shownOnPage(paragraphs: Paragraph[]): Paragraph[] {
	const copy = [...paragraphs];
	shown.add(copy);
	return copy;
}

export function encodeShown(value: unknown): Paragraph['kind'][] | false {
	return (
		typeof value === 'object' &&
		value !== null &&
		shown.has(value) &&
		(value as Paragraph[]).map((p) => p.kind)
	);
}

/** The root layout says when the first page is on screen: data decoded later would be a navigation's. */
export function pageStarted() {
	starting = false;
}

/** The texts as ArticleText wrote them: a paragraph's heading or `<p>`, whose text is its words, marks included. */
export function decodeShown(
	kinds: Paragraph['kind'][],
	page: Pick<Document, 'getElementById'> = document
): Paragraph[] {
	if (!starting)
		throw new Error('An article page was reached without loading it: its texts are not on screen.');
	return kinds.map((kind, index) => {
		const text = page.getElementById(paragraphAnchor(index))?.firstElementChild?.textContent;
		if (text == null) throw new Error(`Paragraph ${index} is not on the page to read its text from.`);
		return { index, kind, text };
	});
}
