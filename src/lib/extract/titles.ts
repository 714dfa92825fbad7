/**
 * An event's title is a short headline built from its own clause, in the author's words: who did what,
 * without the date words and their frames (`於2022年`, `在…上`, `自…以來`) or opening connectives, with the
 * sentence's subject when the clause has none (`並於2022年推動…` → `中國推動…`). A title longer than
 * `MAX_LENGTH` is shortened by dropping what a headline drops (place frames, adverbs, `了`, attributives),
 * then at a word boundary: never cut mid-word, never with an ellipsis. The full sentence is in the card.
 */

import { cutText } from '../model/text';
import { firstLedMatch } from './anchored';
import { findNames } from './mentions';
import { spansWithin } from './sentences';
import { unitTest } from './units';

/** Clauses end at commas, colons and ellipses; `、` joins items of one list and does not. */
const isClauseEnd = unitTest(/[，,：:…]/);
/** Connectives that open a clause but say nothing of the event (read in Simplified). */
const LEADING =
	/^(?:(?:首先|其次|再次|最后|此外|另外|同时|而且|并且|但是|然而|因此|其中|与此同时|当时|随后|之后|此后|目前|如今|届时|并|且|而|但|又|也|还|即|就)[，,、：:]?|第[一二三四五六七八九十]+[，,、：:])\s*/u;
/**
 * A reporters' credit opening the story (`本报讯（记者 何琳）`, `〔記者張育誠／台中報導〕`, `【本報訊】`): whose
 * words these are, never what happened. (A credit with a date, `新华社上海5月8日电`, is a dateline: published.ts.)
 */
const CREDIT =
	/^(?:本报讯|本网讯)?\s*[〔【[（(](?:[^〔〕【】[\]()（）]{0,30}?(?:记者|报导|报道|本报讯|本网讯)[^〔〕【】[\]()（）]{0,30})[〕】\]）)]\s*|^(?:本报讯|本网讯)\s*/u;
/** What stands between two dates of a list: `、`, `及`, `和`, `至`. */
const JOINER = /^[\s、，,及和与或至到]+$/u;
/** A title's last words that only led to the date it lost (`截止时间为`, `回归前夕的`, `回购计划是`). */
const isDanglingJoiner = unitTest(/[的及和与、]/);
const isCopula = unitTest(/[为是]/);
/** `订为`, `选為`, `视为`: a verb, not a copula leading nowhere. */
const isVerbBeforeCopula = unitTest(/[订訂定改选選列视視称稱成作认認]/);

/**
 * Where the dangling words at the end of `normal` begin, or -1. Read back from the end: a pattern anchored at
 * the end (`(?:…)+$`) is tried by the engine from every unit of the title.
 */
function danglingFrom(normal: string): number {
	let at = normal.length;
	for (; at > 0; at--) {
		const code = normal.charCodeAt(at - 1);
		if (!isDanglingJoiner(code) && !(isCopula(code) && !isVerbBeforeCopula(normal.charCodeAt(at - 2)))) break;
	}
	return at < normal.length ? at : -1;
}
/** A clause that closes a time frame (`1998年特大洪水中`): what happened in it is the next clause. */
const OPEN_FRAME = /(?:中|期间|之际)$/u;
/** Words that frame a date: dropped with it (`于2022年`, `自2014年以来`, `2024年春节期间`). */
const FRAME_BEFORE = /(?:早在|截至|截止|直到|自从|从|自|于|在|到|至|是)$/u;
const FRAME_AFTER =
	/^(?:以来|至今|以后|之后|以前|之前|期间|开始|前后|左右|起|后|前|时|间|上|中|初|底|末|里|的)/u;
/** A whole clause that is a frame around a name: `在第十二届…峰会上` says where, and the name is the event. */
const WHOLE_FRAME = /^(?:在|于)(.{2,30}?)(?:上|中|期间|之际|时|里)$/u;
/** A frame inside a clause, dropped when the title is too long: `在第二届世界互联网大会上`, `在福州东江滨公园举办`. */
const INNER_FRAME =
	/在[^，,。在]{2,20}?(?:上|中|期间|之际)(?=\p{Script=Han})|在[^，,。在]{2,12}?(?=携手|共同|联合|举办|举行|召开|发布|启动|开幕|闭幕|参观|签署|成立|开展|宣布|提出)/uy;
/** What a clause framed by `在…` or `于…` ends with, once its date is gone: `在2025年…峰会上` → `…峰会`. */
const FRAME_END = /(?:上|中|期间|之际|时|里)$/u;
/** An adverb a headline drops: `创造性地` (two Han characters and `性地`), or one of these words before a verb. */
const MANNER = /\p{Script=Han}{2}性地/uy;
const ADVERB_WORD =
	/(?:积极|大力|不断|进一步|持续|深入|全面|正式|成功|率先|首次|再次|多次|连续|先后|已经|已|曾经|曾)(?=\p{Script=Han})/u;

const isTrailingSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The first adverb of `normal`, as `MANNER|ADVERB_WORD` finds it (at one place, `MANNER` first): `MANNER` is
 * tried only two to four units before a `性地`, where its two characters can stand. Tried at every unit, its
 * `\p{Script=Han}{2}` cost more than all the other steps of a title.
 */
export function adverbIn(normal: string): { index: number; length: number } | undefined {
	const word = ADVERB_WORD.exec(normal);
	let first = word ? { index: word.index, length: word[0].length } : undefined;
	for (let at = normal.indexOf('性地', 2); at >= 0; at = normal.indexOf('性地', at + 1)) {
		if (first && at - 4 > first.index) break;
		for (let from = Math.max(0, at - 4); from <= at - 2 && !(first && from > first.index); from++) {
			// The engine never starts inside a surrogate pair.
			if (isTrailingSurrogate(normal.charCodeAt(from)) && from > 0) continue;
			MANNER.lastIndex = from;
			const manner = MANNER.exec(normal);
			if (manner) {
				first = { index: from, length: manner[0].length };
				break;
			}
		}
	}
	return first;
}
/** `了` after a verb, not in `了解`, `为了`, `除了`. */
const ASPECT = /(?<![为除不罢])了(?![解不])/u;
/** Characters an attributive before `的` runs back to. */
const isAttributiveStart = unitTest(/[为成是将把和与及了的在于对向]/);
/** A clause that opens with a verb or an adverb has lost its subject to an earlier clause. */
const SUBJECTLESS =
	/^(?:推动|提出|发布|举办|举行|召开|启动|签署|宣布|通过|成立|建成|开通|完成|实现|发起|加入|升级|成为|开始|开展|设立|出台|印发|推出|上线|投入|获得|迎来|打造|建立|主办|承办|参加|出席|达成|决定|批准|颁布|实施|落成|开幕|闭幕|将|把|已|曾|又|再|也|还|正式|首次|成功|连续|先后|共同|率先|再次|多次|积极|被|向|为)/u;
/** Where a subject ends: an adverb, a preposition or a common verb after it. */
const SUBJECT_END =
	/(?:始建|兴建|建成|竣工|落成|位于|已|曾|将|在|于|正|也|还|都|就|又|再|不|没|连续|先后|积极|共同|首次|率先|多次|再次|成功|正式|提出|发布|举办|举行|召开|推动|宣布|通过|成立|发起|主办|是|为|对|向|与|同|和)/u;
/** What makes the `其` after it a pronoun standing for a name (`将其升级`). */
const isPronounLead = unitTest(/[将把使让对令给]/);

/** Where the first such `其` is, or -1: found by `indexOf`, which is far cheaper than a look-behind at every unit. */
function pronounAt(normal: string): number {
	for (let at = normal.indexOf('其', 1); at >= 0; at = normal.indexOf('其', at + 1))
		if (isPronounLead(normal.charCodeAt(at - 1))) return at;
	return -1;
}
/** `据县志记载`, `记者了解到`: who tells, not who did. */
const SOURCE = /^(?:据|根据|记者|本报|据悉|据了解|据介绍)/u;
const TIME_OF_DAY = /^(?:早上|早晨|上午|中午|下午|傍晚|晚上|晚间|夜间|凌晨|当晚|当天|当日|今晚|明晚)$/u;
/** What is left of a clause that only points back at the one before (`尤其是今明两天`, `包括明年`). */
const POINTING = /^(?:尤其|特别|包括|主要|也就)$/u;
/** A verb alone (`竣工`, `歇业`), once its date is gone: its subject is the sentence's. */
const BARE_VERB = /^\p{Script=Han}{2,3}$/u;
const FUNCTION_WORD =
	/^(?:的|了|在|将|把|和|与|及|或|暨|为|对|向|以|于|并|就|而|也|还|又|等|、|从|由|被|是|第)$/u;
const MAX_LENGTH = 20;
const MIN_CONTENT = 4;

/** The author's words with their normalized reading, unit for unit. */
interface Words {
	text: string;
	normal: string;
}

const words = (text: string, normal: string): Words => ({ text, normal });
const slice = (w: Words, from: number, to?: number): Words =>
	words(w.text.slice(from, to), w.normal.slice(from, to));
const join = (...parts: Words[]): Words =>
	words(parts.map((p) => p.text).join(''), parts.map((p) => p.normal).join(''));
const without = (w: Words, from: number, to: number) => join(slice(w, 0, from), slice(w, to));
/** In UTF-16 units: a title that fits in units fits in characters, and counting them costs nothing. */
const length = (w: Words) => w.text.length;

/** What a title neither opens nor ends with. */
const isTrimmed = unitTest(/[\s，,、：:（）()—-]/u);

function trimWords(w: Words): Words {
	let from = 0;
	let to = w.text.length;
	while (from < to && isTrimmed(w.normal.charCodeAt(from))) from++;
	while (to > from && isTrimmed(w.normal.charCodeAt(to - 1))) to--;
	return slice(w, from, to);
}

function dropLeading(w: Words): Words {
	const credit = CREDIT.exec(w.normal);
	let current = trimWords(credit ? slice(w, credit[0].length) : w);
	for (let lead = LEADING.exec(current.normal); lead && lead[0]; lead = LEADING.exec(current.normal)) {
		const rest = trimWords(slice(current, lead[0].length));
		if (length(rest) < MIN_CONTENT) break;
		current = rest;
	}
	return current;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

function clauseBounds(text: string, start: number, end: number): [number, number][] {
	const clauses: [number, number][] = [];
	let open = start;
	for (let i = start; i < end; i++) {
		// `1,062亿元`, `2:1`: a comma or colon inside a figure ends nothing.
		if (
			isClauseEnd(text.charCodeAt(i)) &&
			!(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)))
		) {
			clauses.push([open, i]);
			open = i + 1;
		}
	}
	clauses.push([open, end]);
	return clauses.filter(([a, b]) => b > a);
}

/** Which units of the sentence are date words or their frames. */
function dateMask(normal: string, start: number, end: number, dates: readonly (readonly [number, number])[]) {
	const mask = new Uint8Array(end - start);
	for (const [from, to] of dates) {
		if (to <= start || from >= end) continue;
		const before = FRAME_BEFORE.exec(normal.slice(Math.max(start, from - 2), from));
		const after = FRAME_AFTER.exec(normal.slice(to, Math.min(end, to + 2)));
		const a = Math.max(start, from - (before?.[0].length ?? 0));
		const b = Math.min(end, to + (after?.[0].length ?? 0));
		mask.fill(1, a - start, b - start);
	}
	return mask;
}

/** The clause's words without its date words. */
function clauseWords(
	text: string,
	normal: string,
	[a, b]: [number, number],
	start: number,
	mask: Uint8Array
) {
	// Runs of kept units, sliced whole: building the strings unit by unit fed the garbage collector.
	let kept = '';
	let keptNormal = '';
	for (let i = a; i < b;) {
		let run = i;
		while (run < b && !mask[run - start]) run++;
		// `1月21日、3月14日及8月29日`: what joined the dates goes with them.
		const joinsDates = i > a && run < b && JOINER.test(normal.slice(i, run));
		if (run > i && !joinsDates) {
			kept += text.slice(i, run);
			keptNormal += normal.slice(i, run);
		}
		i = run;
		while (i < b && mask[i - start]) i++;
	}
	const w = dropLeading(words(kept, keptNormal));
	const frame = WHOLE_FRAME.exec(w.normal);
	if (frame) return slice(w, 1, 1 + frame[1]!.length);
	// `在2025年第十二届…峰会上`: the frame's opening went with the date, its end stays to be dropped.
	const end = /^(?:在|于)/.test(normal.slice(a, b)) && mask[a - start] ? FRAME_END.exec(w.normal) : null;
	return end ? slice(w, 0, end.index) : w;
}

/**
 * The subject of the nearest of the `count` clauses before that has one: the words before its first verb or
 * adverb. Clauses are read from the nearest back, and only as far as needed (`clauseAt` reads one).
 */
function subjectOf(clauseAt: (i: number) => Words, count: number): Words | undefined {
	for (let i = count - 1; i >= 0; i--) {
		const clause = clauseAt(i);
		if (length(clause) < MIN_CONTENT || SUBJECTLESS.test(clause.normal) || SOURCE.test(clause.normal))
			continue;
		const end = SUBJECT_END.exec(clause.normal.slice(2));
		// `即1月15日晚上举行…`: what is left before the verb of a dated clause may be the time of day.
		if (end && end.index <= 6 && !TIME_OF_DAY.test(clause.normal.slice(0, 2 + end.index)))
			return slice(clause, 0, 2 + end.index);
	}
	return undefined;
}

/** `将其升级`: the pronoun stands for the last name the sentence gave before it. */
function namePronoun(w: Words, text: string, normal: string, sentenceStart: number, before: number): Words {
	const pronoun = pronounAt(w.normal);
	if (pronoun < 0) return w;
	const name = findNames(normal.slice(sentenceStart, before)).at(-1);
	if (!name) return w;
	const named = words(
		text.slice(sentenceStart + name.from, sentenceStart + name.to),
		normal.slice(sentenceStart + name.from, sentenceStart + name.to)
	);
	return join(slice(w, 0, pronoun), named, slice(w, pronoun + 1));
}

/** The first `…的` attributive that runs back to a word that opens one (or the start), dropped. */
function dropAttributive(w: Words): Words | undefined {
	for (let of = w.normal.indexOf('的'); of >= 0; of = w.normal.indexOf('的', of + 1)) {
		let from = of;
		while (from > 0 && of - from < 10 && !isAttributiveStart(w.normal.charCodeAt(from - 1))) from--;
		if (from === 0 || isAttributiveStart(w.normal.charCodeAt(from - 1))) return without(w, from, of + 1);
	}
	return undefined;
}

/** Quotation marks only where they still pair once the title is cut. */
function pairQuotes(text: string): string {
	// Counted unit by unit: two lists of matches for every title cost more than the title's other rules.
	let balance = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 0x201c || code === 0x300c) balance++;
		else if (code === 0x201d || code === 0x300d) balance--;
	}
	return balance === 0 ? text : text.replace(/[“”「」]/g, '');
}

const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });
const isOpening = unitTest(/[《“「(（]/);
const isClosing = unitTest(/[》”」)）]/);
const ORDINAL = /^第?[一二三四五六七八九十百\d]+$/u;
const isMark = unitTest(/[\s、，,“”《》「」()（）—-]/u);
/** How far back from `MAX_LENGTH` a cut may go, and how much past it ICU reads to see the last word whole. */
const BACK = 12;
const AHEAD = 6;

/**
 * The title's start, at most `MAX_LENGTH` units, cut between words (ICU's dictionary breaks), never inside
 * a book title or a quotation, never after a function word or half an ordinal. ICU reads only the window
 * where the cut can fall: segmenting whole clauses cost more than all the other rules together.
 */
const isHan = (code: number) => code >= 0x3400 && code <= 0x9fff;

/** Whether a cut at `at`, after `word`, leaves a whole title: no mark left open, no function word or ordinal last. */
const fits = (opens: number[], at: number, word: string) =>
	opens[at] === 0 && at >= MIN_CONTENT && !FUNCTION_WORD.test(word) && !ORDINAL.test(word);

function cutAtWord(w: Words): string {
	let open = 0;
	// Where the book title or quotation still open began: the cut falls before it when no word ends outside it.
	let unclosed = -1;
	const opens: number[] = [];
	// Whether a cut may fall anywhere outside a book title or a quotation: if not, asking ICU is in vain.
	let closedSomewhere = false;
	for (let i = 0; i <= MAX_LENGTH; i++) {
		opens.push(open);
		if (open === 0 && i >= MAX_LENGTH - BACK) closedSomewhere = true;
		const code = w.normal.charCodeAt(i);
		if (isOpening(code)) {
			if (open++ === 0) unclosed = i;
		} else if (isClosing(code)) open = Math.max(0, open - 1);
	}
	// Beside a mark or between Han and other script is always between words: no dictionary needed.
	for (let at = MAX_LENGTH; at >= MAX_LENGTH - BACK; at--) {
		const before = w.normal.charCodeAt(at - 1);
		const after = w.normal.charCodeAt(at);
		if (
			(isMark(before) || isMark(after) || isHan(before) !== isHan(after)) &&
			fits(opens, at, w.normal[at - 1]!)
		)
			return w.text.slice(0, at);
	}
	// Else before a word ICU's dictionary finds: the one holding the first character too many, then earlier ones.
	// Each word found is the next one's `before`: asking ICU once per word, not twice, halves its work here.
	const words = closedSomewhere ? SEGMENTER.segment(w.text.slice(0, MAX_LENGTH + AHEAD)) : undefined;
	let word = words?.containing(MAX_LENGTH);
	while (words && word && word.index > 0 && word.index >= MAX_LENGTH - BACK) {
		const before = words.containing(word.index - 1)!;
		if (fits(opens, word.index, before.segment)) return w.text.slice(0, word.index);
		word = before;
	}
	return open > 0 && unclosed >= MIN_CONTENT ? w.text.slice(0, unclosed) : cutText(w.text, MAX_LENGTH - BACK);
}

/** Headline steps, mildest first, applied while the title is too long. */
const SHORTER: ((w: Words) => Words | undefined)[] = [
	(w) => {
		const frame = firstLedMatch(w.normal, '在', INNER_FRAME);
		return frame ? without(w, frame.index, frame.index + frame[0].length) : undefined;
	},
	(w) => {
		const adverb = adverbIn(w.normal);
		return adverb && adverb.index > 0 ? without(w, adverb.index, adverb.index + adverb.length) : undefined;
	},
	(w) => {
		const aspect = ASPECT.exec(w.normal);
		return aspect ? without(w, aspect.index, aspect.index + 1) : undefined;
	},
	dropAttributive
];

function shorten(w: Words): string {
	let current = w;
	for (const step of SHORTER) {
		// The length first: most titles are short enough already, and a step asked in vain is wasted.
		while (length(current) > MAX_LENGTH) {
			const next = step(current);
			if (!next || length(next) < MIN_CONTENT) break;
			current = next;
		}
	}
	return chineseCut(current.text, current.normal);
}

/** `text` (`normal`: the same normalized) at most `MAX_LENGTH` units, cut between words where longer. */
export function chineseCut(text: string, normal: string): string {
	return text.length > MAX_LENGTH ? cutAtWord(words(text, normal)) : text;
}

/**
 * The headline, from the sentence at `[start, end)` of `text` (`normal`: the same normalized), of the date
 * words at `from`; `dates` are every date expression of the paragraph, so that none of them opens it. Empty
 * when the sentence holds nothing else (`event-title.ts` falls back to another sentence, then the words).
 */
export function chineseHeadline(
	text: string,
	normal: string,
	[start, end]: readonly [number, number],
	from: number,
	dates: readonly (readonly [number, number])[]
): string {
	const sentence = sentenceOf(text, normal, start, end, dates);
	// `，`: a sentence of stops alone has no clause to read (the sentence before a date, asked for its words).
	return sentence.bounds.length ? headline(sentence, from - start) : '';
}

/** What every title of one sentence is built from: read once for all the names and dates it holds. */
interface Sentence {
	text: string;
	normal: string;
	mask: Uint8Array;
	bounds: [number, number][];
	clauses: Words[];
	/** Titles already shortened, by the words they were cut from. */
	shortened: Map<string, string>;
}

/** The sentences of the paragraph read last, by where they start: its events and names come together. */
let read: {
	paragraph: string;
	dates: readonly (readonly [number, number])[];
	sentences: Map<number, Sentence>;
} = {
	paragraph: '',
	dates: [],
	sentences: new Map()
};

function sentenceOf(
	paragraph: string,
	normalParagraph: string,
	start: number,
	end: number,
	dates: readonly (readonly [number, number])[]
): Sentence {
	if (read.paragraph !== paragraph || read.dates !== dates) read = { paragraph, dates, sentences: new Map() };
	const known = read.sentences.get(start);
	if (known) return known;
	// The paragraph was normalized once, to read its dates: normalizing each sentence again fed the collector.
	const text = paragraph.slice(start, end);
	const normal = normalParagraph.slice(start, end);
	const shifted = spansWithin(dates, start, end).map(([a, b]) => [a - start, b - start] as const);
	const mask = dateMask(normal, 0, text.length, shifted);
	const bounds = clauseBounds(text, 0, text.length);
	const sentence = { text, normal, mask, bounds, clauses: [], shortened: new Map() };
	read.sentences.set(start, sentence);
	return sentence;
}

function headline(sentence: Sentence, from: number): string {
	const { text, normal, mask, bounds, clauses } = sentence;
	const clause = (i: number) => (clauses[i] ??= clauseWords(text, normal, bounds[i]!, 0, mask));
	const at = Math.max(
		0,
		bounds.findIndex(([, b]) => b > from)
	);
	let chosen = at;
	let title = clause(at);
	// `次年农历八月十五竣工`: the date's clause is a verb alone, which the sentence's subject did.
	const subject = BARE_VERB.test(title.normal) ? subjectOf(clause, at) : undefined;
	if (subject) title = join(subject, title);
	else {
		while (length(clause(chosen)) < MIN_CONTENT && chosen + 1 < bounds.length) chosen++;
		title = clause(chosen);
		// The last clause only pointed back (`尤其是今明两天`): the one before it says what is meant.
		if (length(title) < MIN_CONTENT && at > 0 && POINTING.test(clause(at).normal))
			title = clause((chosen = at - 1));
		else if (length(title) < MIN_CONTENT) title = clause(at);
		if (SUBJECTLESS.test(title.normal)) {
			const subject = subjectOf(clause, chosen);
			if (subject) title = join(subject, title);
		}
		// `1998年特大洪水中，桥墩受损`: in the flood, the piers were damaged.
		if (OPEN_FRAME.test(title.normal) && chosen + 1 < bounds.length && length(clause(chosen + 1)) >= 2)
			title = join(title, clause(chosen + 1));
	}
	title = trimWords(namePronoun(title, text, normal, 0, bounds[chosen]![0]));
	const dangling = danglingFrom(title.normal);
	if (dangling >= MIN_CONTENT) title = slice(title, 0, dangling);
	let done = sentence.shortened.get(title.text);
	if (done === undefined) sentence.shortened.set(title.text, (done = pairQuotes(shorten(title))));
	return done;
}
