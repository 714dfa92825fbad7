/**
 * The sentence an event's quote sits in, split around the quote, so the stage can show the words in
 * context: a quote is often just the date expression ("2022年"), which says little on its own.
 */
import { sentenceSpan } from '$lib/extract/sentence-around';
import type { Language } from '$lib/model/schema';

export interface InContext {
	before: string;
	quote: string;
	after: string;
}

/** `span` is half-open in UTF-16 units, as in the model. Sentence ends stay with their sentence. */
export function inContext(text: string, span: readonly [number, number], language: Language): InContext {
	const [start, end] = sentenceSpan(text, span, language);
	const [from, to] = span;
	return {
		before: text.slice(start, from).trimStart(),
		quote: text.slice(from, to),
		after: text.slice(to, end).trimEnd()
	};
}
