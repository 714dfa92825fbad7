/**
 * Which sentence of a paragraph a position falls in. The ends are found once per paragraph, so asking
 * whether two words share a sentence costs a binary search rather than a scan of the text between them:
 * scanning made one long pasted paragraph quadratic (every name against every date).
 */

const SENTENCE_END = /[。！？!?；;]/g;

/**
 * `sentenceAt(i)` numbers the sentence holding position `i` of `text` (normalized text: full-width stops
 * read as ASCII there too). Two positions share a sentence when no end mark lies between them, so a
 * position right after an end mark belongs to the next sentence.
 */
export function sentenceIndex(text: string): (at: number) => number {
	const ends: number[] = [];
	for (const match of text.matchAll(SENTENCE_END)) ends.push(match.index);
	return (at) => {
		// How many ends lie before `at`.
		let low = 0;
		let high = ends.length;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (ends[middle]! < at) low = middle + 1;
			else high = middle;
		}
		return low;
	};
}
