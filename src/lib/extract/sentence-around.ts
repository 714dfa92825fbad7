/**
 * The sentence around some words of a paragraph, for a reader who sees the event without its article (a
 * TimelineJS slide, the stage's caption): the sentences the titles are read from, with their closing mark
 * and quotes. Light on purpose: the stage loads it, not the extractor.
 */
import type { Language } from '$lib/model/schema';
import { sentenceAround as englishSentence } from './english/sentences';
import { sentenceAround as chineseSentence } from './sentences';

const CLOSING = /^[。！？!?；;]?[」』”’）)]*/;

/** `[start, end)` of that sentence in `text`. */
export function sentenceSpan(
	text: string,
	span: readonly [number, number],
	language: Language
): [number, number] {
	const [from, to] = span;
	if (language === 'en') return englishSentence(text, from, to);
	const [start, end] = chineseSentence(text, from, to);
	// Quotes closed by the sentence before belong to it, not to this one.
	const opening = /^[」』”’）)\s]*/.exec(text.slice(start, from))![0].length;
	return [start + opening, end + CLOSING.exec(text.slice(end))![0].length];
}

export function sentenceOf(text: string, span: readonly [number, number], language: Language): string {
	return text.slice(...sentenceSpan(text, span, language)).trim();
}
