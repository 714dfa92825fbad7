/**
 * Words selected in the article, as a curation names words: a paragraph, a span into its text and the
 * quote. The paragraphs are the article's elements with a `paragraphAnchor` id, whose text is the
 * paragraph's exactly (`reading/ArticleText.svelte`), so a span counted in the page is a span of the text.
 */
import { paragraphOfAnchor } from '$lib/linked/anchors';
import type { CuratedWords } from '$lib/model/curation';

export type Picked = { ok: true; words: CuratedWords } | { ok: false; reason: 'none' | 'across' };

/** The span without the spaces at its edges (a double click takes the space after a word); null if empty. */
export function trimSpan(text: string, [from, to]: [number, number]): [number, number] | null {
	while (from < to && /\s/.test(text[from]!)) from++;
	while (to > from && /\s/.test(text[to - 1]!)) to--;
	return from < to ? [from, to] : null;
}

const paragraphOf = (node: Node, article: Element) => {
	const element = node instanceof Element ? node : node.parentElement;
	const paragraph = element?.closest('[id^="p-"]');
	return paragraph && article.contains(paragraph) ? paragraph : null;
};

/** How far into `paragraph`'s text a point of the page is. */
function offsetIn(paragraph: Element, node: Node, offset: number): number {
	const before = document.createRange();
	before.setStart(paragraph, 0);
	before.setEnd(node, offset);
	return before.toString().length;
}

export function pickWords(selection: Selection | null, article: Element): Picked {
	if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return { ok: false, reason: 'none' };
	const range = selection.getRangeAt(0);
	const first = paragraphOf(range.startContainer, article);
	const last = paragraphOf(range.endContainer, article);
	if (!first || !last) return { ok: false, reason: first || last ? 'across' : 'none' };
	const text = first.textContent ?? '';
	const from = offsetIn(first, range.startContainer, range.startOffset);
	// A triple click selects a paragraph up to the very start of the next one.
	const reachesNext = last !== first && offsetIn(last, range.endContainer, range.endOffset) === 0;
	if (last !== first && !reachesNext) return { ok: false, reason: 'across' };
	const to = reachesNext ? text.length : offsetIn(first, range.endContainer, range.endOffset);
	const span = trimSpan(text, [from, to]);
	if (!span) return { ok: false, reason: 'none' };
	return {
		ok: true,
		words: { paragraph: paragraphOfAnchor(first.id), span, quote: text.slice(span[0], span[1]) }
	};
}
