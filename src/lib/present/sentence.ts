/**
 * The sentence an event's quote sits in, so the stage can show the words in context: a quote is often
 * just the date expression ("2022年"), which says little on its own.
 */
const END = /[。！？!?；;\n]/;

export interface InContext {
	before: string;
	quote: string;
	after: string;
}

/** `span` is half-open in UTF-16 units, as in the model. Sentence ends stay with their sentence. */
export function sentenceAround(text: string, [from, to]: readonly [number, number]): InContext {
	let start = from;
	while (start > 0 && !END.test(text[start - 1]!)) start--;
	let end = to;
	while (end < text.length && !END.test(text[end]!)) end++;
	if (end < text.length) end++;
	return {
		before: text.slice(start, from).trimStart(),
		quote: text.slice(from, to),
		after: text.slice(to, end).trimEnd()
	};
}
