/**
 * An event's title is the clause its date stands in, in the author's words: never invented. A clause that
 * is little more than the date (`2015年，…`) takes the next clauses with it until it says something; a
 * title longer than that is cut with an ellipsis.
 */

import { cutText } from '../model/text';
import { normalize } from './normalize';

const SENTENCE_END = new Set('。！？!?；;\n');
/** Clauses end at commas, colons and ellipses; `、` joins items of one list and does not. */
const CLAUSE_END = new Set('，,：:…');
/** Connectives that open a clause but say nothing of the event. */
const LEADING =
	/^(?:(?:首先|其次|再次|最后|此外|另外|同时|而且|并且|但是|然而|因此|其中|并|且|而|但|又|也|还|即)[，,、：:]?|第[一二三四五六七八九十]+[，,、：:])\s*/u;
const MAX_LENGTH = 40;
const MIN_CONTENT = 6;

/**
 * How far a sentence is looked for on each side of the date. Prose sentences are far shorter; a pasted
 * list with no full stop can run for megabytes, and scanning all of it for each of its dates was quadratic.
 */
const REACH = 1000;

function sentenceAround(text: string, from: number, to: number): [number, number] {
	let start = from;
	const first = Math.max(0, from - REACH);
	while (start > first && !SENTENCE_END.has(text[start - 1]!)) start--;
	let end = to;
	const last = Math.min(text.length, to + REACH);
	while (end < last && !SENTENCE_END.has(text[end]!)) end++;
	return [start, end];
}

function clauseBounds(text: string, start: number, end: number): [number, number][] {
	const clauses: [number, number][] = [];
	let open = start;
	for (let i = start; i < end; i++) {
		if (CLAUSE_END.has(text[i]!)) {
			clauses.push([open, i]);
			open = i + 1;
		}
	}
	clauses.push([open, end]);
	return clauses.filter(([a, b]) => b > a);
}

/** The title for the words at `[from, to)` of `text`. */
export function titleAround(text: string, from: number, to: number): string {
	const [sentenceStart, sentenceEnd] = sentenceAround(text, from, to);
	const clauses = clauseBounds(text, sentenceStart, sentenceEnd);
	const holding = (at: number) =>
		Math.max(
			0,
			clauses.findIndex(([, b]) => b > at)
		);
	const first = holding(from);
	const dateClause = Math.max(first, holding(to - 1));
	let last = dateClause;
	const length = () => clauses[last]![1] - clauses[first]![0];
	while (length() - (to - from) < MIN_CONTENT && last + 1 < clauses.length) last++;
	let title = text.slice(clauses[first]![0], clauses[last]![1]).trim();
	// Read in one spelling (`並` is `并`); normalizing keeps lengths, so the cut applies to the author's words.
	const lead = LEADING.exec(normalize(title));
	if (lead && title.length - lead[0].length >= MIN_CONTENT) title = title.slice(lead[0].length);
	if (title.length > MAX_LENGTH) title = `${cutText(title, MAX_LENGTH).trimEnd()}…`;
	return title || text.slice(from, to);
}
