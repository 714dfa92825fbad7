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
	const sentenceAround = english ? englishSentence : chineseSentence;
	const headlineOf = (sentence: readonly [number, number], at: number) =>
		english ? englishHeadline(text, sentence, at, dates) : chineseHeadline(text, normal, sentence, at, dates);
	const sentence = sentenceAround(text, from, to);
	const own = headlineOf(sentence, from);
	if (own || sentence[0] === 0) return own || text.slice(from, to);
	// `…圍圈慶祝。（本報記者葉思妤攝 113年8月16日）`: a credit with the date says nothing; the sentence before does.
	const before = sentenceAround(text, sentence[0] - 1, sentence[0] - 1);
	return (before[1] > before[0] && headlineOf(before, before[0])) || text.slice(from, to);
}
