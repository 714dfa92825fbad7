/**
 * An English event's title: a headline from its own clause, in the author's words. The date words go with
 * the words that frame them (`On Tuesday, `, `in the late 1990s`), so do a dateline (`RIVERSIDE — `) and
 * opening connectives (`However, `); a clause that lost its subject to an earlier one (`…, and reopened`)
 * takes the sentence's subject. At most `MAX_LENGTH` characters, cut at a word and never with an ellipsis.
 */
import { spansWithin } from '../sentences';

const MAX_LENGTH = 60;
const MIN_WORDS = 1;
/** Words that frame a date: dropped with it. */
const FRAME_BEFORE =
	/(?:\b(?:on|in|at|by|since|from|until|till|during|of|for|over|before|after|around|about|as of|as early as|as late as|early|late|from the|in the|by the|of the|on the|since the|during the|over the|for the|the)\s+)+$/i;
const LEADING =
	/^(?:however|but|and|meanwhile|also|then|now|still|so|yet|in addition|separately|instead|later|earlier|afterwards|since then|by then|at the time|as a result)\b,?\s*/i;
/** `RIVERSIDE — `, `LONDON, `: the place a report was filed from. */
const DATELINE = /^[A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][A-Za-z .]+)?\s*[—–-]+\s*/;
/** Where clauses part in a sentence: commas (not inside a figure), semicolons, dashes, `and` before a past verb. */
const CLAUSE_BREAK = /(?<!\d),\s+|;\s+|\s+[—–]\s+|\s+(?=and\s+(?:then\s+)?[a-z]+ed\b)/g;
/** Lowercase words that can open a clause as its subject: anything else there has lost its subject. */
const SUBJECT_WORD =
	/^(?:the|a|an|it|its|she|he|they|we|i|you|this|that|these|those|there|one|two|three|four|five|six|seven|eight|nine|ten|some|most|many|all|each|every|no|his|her|their|our|my|\d[\d,.]*)$/;
/** A subordinate clause's opening word, dropped: `since the fair began` → `the fair began`. */
const SUBORDINATOR =
	/^(?:since|when|after|before|while|as|because|until|once|where|although|though|according to|[a-z]+ing)\s+/i;
/** A clause that only reports (`organisers said`): the event is what it reports. */
const REPORTING = /^(?:\S+\s+){0,3}(?:said|says|told reporters|announced|reported|added|wrote)$/i;
/** A clause that describes a noun before it: the main clause says the event. */
const RELATIVE = /^(?:which|who|whose|whom)\b/i;
const VERB =
	/^(?:[a-z]+ed|said|says|is|was|were|are|has|had|have|will|would|can|could|won|lost|became|began|made|took|held|met|went|came|gave|told|saw|built|bought|sold|rose|fell|grew|led|left|ran|spent|paid|put|brought|found|kept|set|opened|closed|voted|reached|died|joined|laid|born|known|shown|given|taken|seen|written|chosen|drawn|grown|begun)$/;
const STOPWORDS = /^(?:the|a|an|and|or|but|except|of|in|on|at|to|for|by|from|with|than|as|its|it)$/i;
/** `the 2026 edition`: a date before a noun names the thing, and `the` stays with it. */
const NOUN_AFTER =
	/^\s+(?!(?:to|and|or|but|when|as|with|at|in|on|for|from|by|of|that|which|was|were|is|are|had|has|will|would|she|he|it|they|we|after|before|since|until|during|over|through|into|about|again|ago|then|when|while)\b)[a-z]/;
const TIME_OF_DAY = /^\s+(?:morning|afternoon|evening|night)\b/;
const TRAILING =
	/\s+(?:the|a|an|of|to|and|or|in|on|for|with|at|by|from|that|which|who|as|its|their|his|her|was|were|is|are)$/i;

/** The sentence with its date words blanked, so that clause splitting still sees the structure. */
function withoutDates(
	text: string,
	start: number,
	end: number,
	dates: readonly (readonly [number, number])[]
) {
	let sentence = text.slice(start, end);
	for (const [from, to] of spansWithin(dates, start, end).reverse()) {
		if (from < start || to > end) continue;
		const a = from - start;
		let b = to - start;
		b += TIME_OF_DAY.exec(sentence.slice(b))?.[0].length ?? 0;
		// `This year's fair`: the fair, and `the 2026 edition`: the edition.
		const possessive = /^['’]s\b/.exec(sentence.slice(b));
		const attributive =
			possessive || (/\bthe\s+$/i.test(sentence.slice(0, a)) && NOUN_AFTER.test(sentence.slice(b)));
		if (possessive) b += possessive[0].length;
		const frame = attributive ? null : FRAME_BEFORE.exec(sentence.slice(0, a));
		const cut = frame ? a - frame[0].length : a;
		// `On Tuesday, the council…`: the comma after an opening date goes with it.
		if (/^\s*,/.test(sentence.slice(b)) && sentence.slice(0, cut).trim() === '')
			b += sentence.slice(b).indexOf(',') + 1;
		const blank = '\u0000'.repeat(b - cut);
		sentence =
			sentence.slice(0, cut) +
			(possessive && !/\bthe\s*$/i.test(sentence.slice(0, cut)) ? `the${blank.slice(3)}` : blank) +
			sentence.slice(b);
	}
	return sentence;
}

const tidy = (clause: string) =>
	clause
		.replaceAll('\u0000', ' ')
		.replace(/\s+([,.;:!?])/g, '$1')
		.replace(/\s{2,}/g, ' ')
		.replace(/^[\s,;:—–-]+|[\s,;:—–.!?-]+$/g, '');

function dropLeading(clause: string): string {
	let current = clause.replace(DATELINE, '');
	for (let lead = LEADING.exec(current); lead && lead[0]; lead = LEADING.exec(current))
		current = current.slice(lead[0].length);
	return current;
}

/**
 * The subject of the nearest clause before that has one: its words before its verb; else the first clause
 * whole when it has no verb and is short (`The cable, laid over 14 days, …`).
 */
function subjectOf(clauses: string[]): string | undefined {
	for (const clause of [...clauses].reverse()) {
		if (RELATIVE.test(clause)) continue;
		const words = clause.split(' ');
		const verb = words.findIndex((word, i) => i > 0 && VERB.test(word));
		if (verb > 0 && verb <= 6) return words.slice(0, verb).join(' ');
	}
	const first = clauses[0]?.split(' ') ?? [];
	return first.length > 0 && first.length <= 6 && !first.some((word) => VERB.test(word))
		? first.join(' ')
		: undefined;
}

/** At most `MAX_LENGTH` characters, ending on a word that can end a headline; quotes only where they pair. */
function fit(title: string): string {
	let out = title;
	if (out.length > MAX_LENGTH) {
		// A comma after the subject and verb is where a headline stops, when there is one.
		const and = out.lastIndexOf(' and ', MAX_LENGTH);
		out = and >= 20 ? out.slice(0, and) : out.slice(0, out.lastIndexOf(' ', MAX_LENGTH));
	}
	for (let trimmed = out.replace(TRAILING, ''); trimmed !== out; trimmed = out.replace(TRAILING, ''))
		out = trimmed;
	if ((out.match(/["“”]/g) ?? []).length % 2) out = out.replace(/["“”]/g, '');
	return out.charAt(0).toUpperCase() + out.slice(1);
}

/**
 * The headline, from the sentence at `[start, end)` of `text`, of the date words at `from`; `dates` are
 * every date expression of the paragraph, so that none of them stays in it. Empty when the clause says
 * nothing (`../event-title.ts` falls back to the words).
 */
export function englishHeadline(
	text: string,
	[start, end]: readonly [number, number],
	from: number,
	dates: readonly (readonly [number, number])[]
): string {
	const sentence = withoutDates(text, start, end, dates);
	const breaks = [0, ...[...sentence.matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length)];
	const raw = breaks.map((b, i) => tidy(sentence.slice(b, breaks[i + 1] ?? sentence.length)));
	const clauses = raw.map((clause) => tidy(dropLeading(clause)));
	const says = (clause: string) => clause.split(' ').filter((word) => word && !STOPWORDS.test(word)).length;
	let index = Math.max(
		0,
		breaks.findLastIndex((b) => b <= from - start)
	);
	// A clause the dates emptied (`except in 2020 and 2021`) says nothing: the next one does.
	while (says(clauses[index]!) < MIN_WORDS && index + 1 < clauses.length) index++;
	// The last clause held nothing but the date (`…, opens in Belém, Brazil, on November 10`): the one before.
	while (says(clauses[index]!) < MIN_WORDS && index > 0) index--;
	if ((REPORTING.test(clauses[index]!) || RELATIVE.test(clauses[index]!)) && index > 0) index--;
	let clause = clauses[index]!.replace(SUBORDINATOR, '');
	// `…, and reopened`, `…, died at her home`: the verb's subject is the sentence's.
	const [first = '', second = ''] = clause.split(' ');
	const verbFirst =
		VERB.test(first) || (/^[a-z]/.test(first) && !SUBJECT_WORD.test(first) && VERB.test(second));
	if (index > 0 && verbFirst) {
		const subject = subjectOf(clauses.slice(0, index));
		if (subject) clause = `${subject} ${clause}`;
	}
	// A short clause takes the next with it (`the fair ran` + `and featured 410 publishers`).
	for (let next = index + 1; clause.split(' ').length < 4 && next < raw.length; next++)
		clause = /^(?:and|but)\b/.test(raw[next]!) ? `${clause} ${raw[next]}` : `${clause}, ${raw[next]}`;
	return fit(clause);
}
