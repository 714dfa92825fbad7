/**
 * The sentence around some words of a paragraph, for a reader who sees the event without its article
 * (a TimelineJS slide). English ends sentences at a stop after a word (`sentences.ts` knows its
 * abbreviations); Chinese at 。！？ and their ASCII forms, with a closing quote kept.
 */
import type { Language } from '$lib/model/schema';
import { sentenceAround } from './english/sentences';

const CJK_END = /[。！？!?][」』”’）)]*/g;

export function sentenceOf(text: string, span: readonly [number, number], language: Language): string {
	const [from, to] = span;
	if (language === 'en') {
		const [start, end] = sentenceAround(text, from, to);
		return text.slice(start, end).trim();
	}
	let start = 0;
	let end = text.length;
	for (const mark of text.matchAll(CJK_END)) {
		const stop = mark.index + mark[0].length;
		if (stop <= from) start = stop;
		else if (stop >= to) {
			end = stop;
			break;
		}
	}
	return text.slice(start, end).trim();
}
