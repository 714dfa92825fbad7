/**
 * An event's title, in its article's language: the headline of the sentence around its date words, read by
 * that language's rules (`titles.ts`, `english/titles.ts`), or the date words themselves when the sentence
 * says nothing else. Never blank: a title is what the reader sees of an event, and the schema refuses one
 * that is.
 */
import type { Language } from '$lib/model/schema';
import { englishCut, englishHeadline } from './english/titles';
import { sentenceAround as englishSentence } from './english/sentences';
import { chineseCut, chineseHeadline } from './titles';
import { sentenceAround as chineseSentence } from './sentences';
import { SIGNED_AT } from './published';
import { unitTest } from './units';

/** A paragraph as its titles are read: its text, the same normalized (`normalize.ts`), its date expressions. */
export interface Line {
	text: string;
	normal: string;
	dates: readonly (readonly [number, number])[];
}

/** A letter, a figure or a symbol (an emoji), of any script: words with none (`"`, `。`, spaces, a control) say nothing. */
const SAYS = /[\p{L}\p{N}\p{S}]/u;
/** A headline that says nothing (quotation marks that did not pair, a lone stop) is none. */
const saying = (headline: string) => (SAYS.test(headline) ? headline : '');

/**
 * The headline of the sentence of `line` around `[from, to)`, or of the sentence before when that one says
 * nothing (`…圍圈慶祝。（本報記者葉思妤攝 113年8月16日）`: a credit with the date says nothing); empty when
 * neither says anything.
 */
function headlineIn(line: Line, from: number, to: number, english: boolean): string {
	const sentenceAround = english ? englishSentence : chineseSentence;
	const headlineOf = (sentence: readonly [number, number], at: number) =>
		saying(
			english
				? englishHeadline(line.text, sentence, at, line.dates)
				: chineseHeadline(line.text, line.normal, sentence, at, line.dates)
		);
	const sentence = sentenceAround(line.text, from, to);
	const own = headlineOf(sentence, from);
	if (own || sentence[0] === 0) return own;
	const before = sentenceAround(line.text, sentence[0] - 1, sentence[0] - 1);
	return before[1] > before[0] ? headlineOf(before, before[0]) : '';
}

/** What the schema reads as a space (`/\S/`), and `trim` drops. */
const isSpace = unitTest(/\s/);

/** `[from, to)` of `text` without the spaces at its ends. */
function trimmed(text: string, from: number, to: number): [number, number] {
	while (from < to && isSpace(text.charCodeAt(from))) from++;
	while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
	return [from, to];
}

/**
 * The title for the words at `[from, to)` of the paragraph `line`, whose `dates` (every date expression of the
 * paragraph, this one among them) none may stay in the title. `above` is the paragraph before, whose words name
 * who issued a line of the date alone. Not blank unless `line.text` is.
 */
export function eventTitle(
	line: Line,
	[from, to]: readonly [number, number],
	language: Language,
	above?: Line
): string {
	const { text, normal } = line;
	const english = language === 'en';
	// `江城市住房和城乡建设局` over `2025年12月5日` at a notice's foot: a line of a date alone is the day its signer
	// issued it, and the signer's line says who (unless it says nothing but dates itself).
	// So is a day after the place it was signed at (`香港，二零二六年三月二十六日` under the chairman's name).
	const alone =
		text.trim() === text.slice(from, to) ||
		(SIGNED_AT.exec(text)?.[0].length === from && text.trimEnd().length === to);
	const signer = above && alone && above.text.trim() ? headlineIn(above, 0, 0, english) : '';
	const title = signer || headlineIn(line, from, to, english);
	if (title) return title;
	// The date words themselves, as long as a title may be; when they say nothing, the whole line.
	let [a, b] = trimmed(text, from, to);
	if (!SAYS.test(text.slice(a, b))) [a, b] = trimmed(text, 0, text.length);
	return english ? englishCut(text.slice(a, b)) : chineseCut(text.slice(a, b), normal.slice(a, b));
}
