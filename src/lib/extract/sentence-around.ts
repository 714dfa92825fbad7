/**
 * The sentence around some words of a paragraph, for a reader who sees the event without its article
 * (a TimelineJS slide): the sentences the titles are read from, with their closing mark and quotes.
 */
import type { Language } from '$lib/model/schema';
import { sentenceAround as englishSentence } from './english/sentences';
import { sentenceAround as chineseSentence } from './titles';

const CLOSING = /^[。！？!?；;]?[」』”’）)]*/;

export function sentenceOf(text: string, span: readonly [number, number], language: Language): string {
	const [from, to] = span;
	if (language === 'en') {
		const [start, end] = englishSentence(text, from, to);
		return text.slice(start, end).trim();
	}
	const [start, end] = chineseSentence(text, from, to);
	// Quotes closed by the sentence before belong to it, not to this one.
	const opening = /^[」』”’）)\s]*/.exec(text.slice(start))![0].length;
	return text.slice(start + opening, end + CLOSING.exec(text.slice(end))![0].length).trim();
}
