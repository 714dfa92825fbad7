/**
 * Which sentence of a paragraph a position falls in. Where sentences stop is found once per paragraph, so
 * asking whether two words share a sentence costs a binary search rather than a scan of the text between
 * them: scanning made one long pasted paragraph quadratic (every name against every date).
 */

/** The marks that end a Chinese sentence, full-width and as `normalize` reads them. */
export const SENTENCE_MARKS = '。！？!?；;';

const SENTENCE_END = new RegExp(`[${SENTENCE_MARKS}]`, 'g');

/** Where each sentence of Chinese `text` stops: just after its end mark. */
export function sentenceStops(text: string): number[] {
	return Array.from(text.matchAll(SENTENCE_END), (match) => match.index + 1);
}

/**
 * `sentenceAt(i)` numbers the sentence holding position `i`, given where sentences stop, in order (from
 * `sentenceStops`, or `sentenceEnds` for English). A position at a stop belongs to the next sentence, so two
 * positions share a sentence when no stop lies after the first and at or before the second.
 */
export function sentenceIndex(stops: readonly number[]): (at: number) => number {
	return (at) => {
		// How many stops lie at or before `at`.
		let low = 0;
		let high = stops.length;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (stops[middle]! <= at) low = middle + 1;
			else high = middle;
		}
		return low;
	};
}
