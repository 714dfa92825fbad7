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
const SUBJECT_DATE = /^ (?:has|had|was|is|will|saw|brought)\b/;
const TIME_OF_DAY = /^\s+(?:morning|afternoon|evening|night)\b/;
/** `on Monday, November 17`: the weekday before a date is part of it, comma and all. */
const WEEKDAY_BEFORE =
	/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?,?\s+$/;
/** Past participles: `The hall, built in…` is the hall that was built. */
const PARTICIPLE =
	/^(?:[a-z]+ed|built|made|held|set|found|kept|led|paid|sold|bought|put|brought|run|laid|born|known|shown|given|taken|seen|written|chosen|drawn|grown|begun)$/;
/**
 * A participle with nothing after it but its date, its agent or what `and` adds of the noun (`built in 1820 and
 * the last of its kind`, `designed by Wren`): it describes a noun, where `died at home` tells what someone did.
 */
const DESCRIBES = /^\S+(?: (?:by\b|and (?:the|a|an|its|their|his|her)\b).*)?$/;
/** Words that open a noun phrase: `add a cycle lane, which…` refers to the lane. */
const DETERMINER = /^(?:the|a|an|its|their|his|her|this|that|these|those|our)$/i;
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
		// `January had so far been colder`: a date that is its clause's subject stays, or the clause has none.
		if (SUBJECT_DATE.test(sentence.slice(b)) && !FRAME_BEFORE.test(sentence.slice(0, a))) continue;
		b += TIME_OF_DAY.exec(sentence.slice(b))?.[0].length ?? 0;
		// `This year's fair`: the fair, and `the 2026 edition`: the edition.
		const possessive = /^['’]s\b/.exec(sentence.slice(b));
		const attributive =
			possessive || (/\bthe\s+$/i.test(sentence.slice(0, a)) && NOUN_AFTER.test(sentence.slice(b)));
		if (possessive) b += possessive[0].length;
		const weekday = attributive ? null : WEEKDAY_BEFORE.exec(sentence.slice(0, a));
		const dayStart = weekday ? a - weekday[0].length : a;
		const frame = attributive ? null : FRAME_BEFORE.exec(sentence.slice(0, dayStart));
		const cut = frame ? dayStart - frame[0].length : dayStart;
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
		// `"Last month they told us` without its date: the quotation opens on its next word.
		.replace(/(^|\s)(["“])\s+/g, '$1$2')
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

/**
 * What a relative clause's pronoun stands for: the clause before whole when it is a short one without a
 * verb (`The museum, which…`); else its closing name (`from Hartley & Sons, which…`) or the noun phrase its
 * last determiner opens (`to add a cycle lane, which…`).
 */
function antecedentOf(clause: string): string | undefined {
	const words = clause.replace(/^(?:for|in|at|on|by|from|with|to|after|before|during)\s+/i, '').split(' ');
	if (words.length <= 6 && !words.some((word) => VERB.test(word))) return words.join(' ');
	let name = words.length;
	while (name > 0 && /^(?:[A-Z][\w'’.-]*|&|of|and)$/.test(words[name - 1]!)) name--;
	while (name < words.length && !/^[A-Z]/.test(words[name]!)) name++;
	if (name < words.length && name > 0) return words.slice(name).join(' ');
	const determiner = words.findLastIndex((word, i) => i > 0 && DETERMINER.test(word));
	return determiner > 0 && words.length - determiner <= 5 ? words.slice(determiner).join(' ') : undefined;
}

/** `since`, `until`… inside a clause: `the largest crowd since the fair began in 1985`. */
const INNER_SUBORDINATOR = /\s(?:since|when|after|before|until|once)\s+/g;

/**
 * Where the date sits in a subordinate clause inside its clause (`the largest crowd since the fair began in
 * 1985`), that clause is its event (`the fair began`), when it says something with a verb of its own; `span`
 * is the clause with its dates blanked, `at` the date's place in it.
 */
function subordinateHolding(span: string, at: number): string | undefined {
	const opening = [...span.slice(0, at).matchAll(INNER_SUBORDINATOR)].at(-1);
	if (!opening) return undefined;
	const inner = tidy(span.slice(opening.index + opening[0].length));
	const words = inner.split(' ');
	const verb = words.findIndex((word, i) => i > 0 && VERB.test(word));
	// A pronoun says less than the clause around it (`until it was automated`); one capitalised word before
	// the verb is a day's or a feast's name (`before Christmas came at Eastvale`: the preposition's).
	if (verb < 1 || /^(?:it|they|he|she|we|you|i|this|that|there)$/i.test(words[0]!)) return undefined;
	return verb === 1 && /^[A-Z]/.test(words[0]!) ? undefined : inner;
}

/** `a repair that began` → `a repair began`: a headline states what happened. */
function withoutThat(clause: string): string {
	const words = clause.split(' ');
	const that = words.indexOf('that');
	const restates = that >= 1 && that <= 4 && VERB.test(words[that + 1] ?? '');
	return restates && !words.slice(0, that).some((word) => VERB.test(word))
		? [...words.slice(0, that), ...words.slice(that + 1)].join(' ')
		: clause;
}

/** `title` at most `MAX_LENGTH` characters, cut at a word where longer. */
export function englishCut(title: string): string {
	if (title.length <= MAX_LENGTH) return title;
	// A comma after the subject and verb is where a headline stops, when there is one.
	const and = title.lastIndexOf(' and ', MAX_LENGTH);
	return and >= 20 ? title.slice(0, and) : title.slice(0, title.lastIndexOf(' ', MAX_LENGTH));
}

/** At most `MAX_LENGTH` characters, ending on a word that can end a headline; quotes only where they pair. */
function fit(title: string): string {
	let out = englishCut(title);
	for (let trimmed = out.replace(TRAILING, ''); trimmed !== out; trimmed = out.replace(TRAILING, ''))
		out = trimmed;
	if ((out.match(/["“”]/g) ?? []).length % 2) out = out.replace(/["“”]/g, '');
	return out.replace(/^(["“]?)(.)/su, (_, quote: string, first: string) => quote + first.toUpperCase());
}

/**
 * The headline, from the sentence at `[start, end)` of `text`, of the date words at `from`; `dates` are
 * every date expression of the paragraph, so that none of them stays in it. Empty when the clause says
 * nothing (`../event-title.ts` falls back to another sentence, then the words).
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
	// A relative clause holding its own date says what befell the noun it follows (`a cycle lane, which will
	// open next month`), where the pronoun is its subject (`which ended`, not `which it last did`); one the date
	// is not in only describes, and the main clause is the event.
	const [pronoun = '', verb = ''] = clauses[index]!.split(' ');
	const subjectPronoun =
		/^(?:which|who)$/i.test(pronoun) && (VERB.test(verb) || /^(?!its$|this$)[a-z]+s$/.test(verb));
	const relative = index > 0 && subjectPronoun ? antecedentOf(clauses[index - 1]!) : undefined;
	if (relative && says(relative) > 0)
		return fit(`${relative} ${clauses[index]!.replace(RELATIVE, '').trim()}`);
	if ((REPORTING.test(clauses[index]!) || RELATIVE.test(clauses[index]!)) && index > 0) index--;
	const inner = subordinateHolding(
		sentence.slice(breaks[index], breaks[index + 1]),
		from - start - breaks[index]!
	);
	if (inner) return fit(withoutThat(inner));
	let clause = withoutThat(clauses[index]!.replace(SUBORDINATOR, ''));
	// `…, and reopened`, `…, died at her home`: the verb's subject is the sentence's.
	const [first = '', second = ''] = clause.split(' ');
	const verbFirst =
		VERB.test(first) || (/^[a-z]/.test(first) && !SUBJECT_WORD.test(first) && VERB.test(second));
	if (index > 0 && verbFirst) {
		const subject = subjectOf(clauses.slice(0, index));
		// `The hall, built in…, was sold`: set off after its bare subject, a participle says what the subject underwent.
		const aside = PARTICIPLE.test(first) && subject === clauses[index - 1] && index + 1 < clauses.length;
		// `…to rebuild the market hall, built in the 19th century and the city's oldest`: after a whole clause, a
		// participle after a comma tells of the noun just before it (one after `and` shares the sentence's subject),
		// and what `and` adds to that noun is no part of the event.
		const noun =
			PARTICIPLE.test(first) &&
			DESCRIBES.test(clause) &&
			!/^and\b/.test(raw[index]!) &&
			subject !== clauses[index - 1]
				? antecedentOf(clauses[index - 1]!)
				: undefined;
		const told = noun ?? subject;
		const be = aside || noun ? (/[^s]s$/.test(told!) ? 'were ' : 'was ') : '';
		if (noun) clause = clause.replace(/ and (?:the|a|an|its|their|his|her)\b.*$/, '');
		if (told) clause = `${told} ${be}${clause}`;
	}
	// A short clause takes the next with it (`the fair ran` + `and featured 410 publishers`), and a report
	// what it reports (`officials said` + `that the port would reopen`).
	for (let next = index + 1; clause.split(' ').length < 4 && next < raw.length; next++)
		clause = /^(?:and|but)\b/.test(raw[next]!)
			? `${clause} ${raw[next]}`
			: /^that\b/.test(raw[next]!)
				? `${clause} ${raw[next]!.slice(5)}`
				: `${clause}, ${raw[next]}`;
	return fit(clause);
}
