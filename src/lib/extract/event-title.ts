/**
 * An event's title, in its article's language: the headline of the sentence around its date words, read by
 * that language's rules (`titles.ts`, `english/titles.ts`), or the date words themselves when the sentence
 * says nothing else.
 */
import type { Language } from '$lib/model/schema';
import { englishHeadline } from './english/titles';
import { sentenceAround as englishSentence } from './english/sentences';
import { chineseHeadline } from './titles';
import { sentenceAround as chineseSentence } from './sentences';

/**
 * The title for the words at `[from, to)` of `text`; `normal` is `text` normalized (`normalize.ts`), which the
 * caller has already read its dates in. `dates` are every date expression of the paragraph (default: just
 * this one), so that none of them stays in the title.
 */
export function eventTitle(
	text: string,
	normal: string,
	from: number,
	to: number,
	language: Language,
	dates: readonly (readonly [number, number])[] = [[from, to]]
): string {
	const english = language === 'en';
	const sentence = (english ? englishSentence : chineseSentence)(text, from, to);
	const headline = english
		? englishHeadline(text, sentence, from, dates)
		: chineseHeadline(text, normal, sentence, from, dates);
	return headline || text.slice(from, to);
}
