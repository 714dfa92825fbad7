/**
 * What the sentence being read has said so far, which the dates after it in that sentence are read by, and the
 * rules that move it as each date is placed (`index.ts` reads a paragraph's dates in order with it). A paragraph
 * starts from `PARAGRAPH_START`; a sentence from `openSentence`. Pure: a rule returns a new state, or the same
 * one when nothing changed (most dates change nothing, and the loop is the extractor's hottest).
 */
import { advanceSentence, iso, spansYears, type Context, type Placed } from './resolve';
import type { Day } from './calendar';
import type { Mention, Temporal } from './temporal';

/** The last span of days stated (`2026年1月16日至5月3日`), the event a sentence `展览期间` speaks of. */
export interface Period {
	end: { year: number; month: number };
	quote: string;
}

export interface SentenceState {
	/** What the sentence so far stated of years and months (`Context.sentence`). */
	readonly sentence: Context['sentence'];
	/** Where the sentence so far stated a span of years (`1958年至2023年`, `近十年`): its end. */
	readonly spanned: number | undefined;
	/**
	 * The span of years opens its sentence as a phrase of its own (`Between 2010 and 2019, the lake never froze
	 * before December 12`): it governs the whole sentence, days too, not only its clause.
	 */
	readonly governs: boolean;
	/** The sentence so far began something today or later (`今起展出`): a close after it (`展期至二月二十三日`) lies ahead too. */
	readonly fromNow: boolean;
	/**
	 * The sentence so far began something yesterday (`昨（15）日開幕`): a close written `至…止` after it (`展期至10月31日止`,
	 * not `截至8月底止`, a count up to then) lies ahead too.
	 */
	readonly sinceYesterday: boolean;
	/** English: the sentence before opened on a month of a year it stated, or went on such a chronology. */
	readonly chronicle: boolean;
	/** The festival just placed, if it lies on or after publication: one listed after it follows it. Outlives its sentence. */
	readonly listed: { to: number; start: string } | undefined;
}

export const PARAGRAPH_START: SentenceState = {
	sentence: undefined,
	spanned: undefined,
	governs: false,
	fromNow: false,
	sinceYesterday: false,
	chronicle: false,
	listed: undefined
};

/**
 * A month with neither year nor day (`10月`, `10月下旬`), or a span of such months (`7月中旬至8月上旬`): in a
 * sentence about many years, a kind of month.
 */
const isMonthAlone = (value: Temporal): boolean =>
	value.type === 'range'
		? isMonthAlone(value.from) && isMonthAlone(value.to)
		: value.type === 'date' &&
			value.year === undefined &&
			value.month?.kind === 'number' &&
			value.day === undefined;

/** A day of a month without a year (`December 12`). */
const isYearlessDay = (value: Temporal): boolean =>
	value.type === 'date' &&
	value.year === undefined &&
	value.month?.kind === 'number' &&
	value.day !== undefined;

/** A month (or a day of it) of a year the words state: `June 2019`, `May 4, 2011`. */
const statesMonthOfYear = (value: Temporal): boolean =>
	value.type === 'date' && value.year !== undefined && value.month?.kind === 'number';

/**
 * `展览期间`, `活动期间`, `赛事期间`: during the event, whose days the text stated (`将于2026年1月16日至5月3日举行`); not a
 * festival's days (`春节期间`), which are its own.
 */
const DURING_EVENT = /(?:展览|展期|展会|活动|赛事|比赛|会议|大会|演出|庙会|赛会|艺术节|音乐节|电影节)期间/;

/** What may stand before a sentence's first date when the sentence opens on it (`In June 2019,`, `On May 4,`). */
const OPENS_SENTENCE = /^\s*(?:(?:in|on|by|from|since|then|and|early|late|until)\s+)*$/i;

/** `Between 2010 and 2019,`, `In surveys from 2008 to 2019,`: a span of years in the phrase that opens a sentence. */
const SPAN_OPENER = /^\s*(?:(?:In|From|Between|During|Over|Across|Throughout)\b[^,;:.]{0,40})?$/;

/** Where an English clause ends inside a sentence. */
const CLAUSE_BREAK = /[,;:—–]/;

/** What joins festivals listed together (`元旦、春节`, `Christmas and New Year's Day`, `at Easter or on Whit Monday`). */
const HOLIDAYS_LINK = /^(?: ?[、和与及] ?|,? (?:and|or) (?:on |at )?)$/;

/** `展期至10月31日止`: a close written `至…止` (not `截至…止`, a count up to then). */
const runsUntil = (normal: string, { from, to }: Mention) =>
	normal[to] === '止' && /(?<!截)至 ?$/.test(normal.slice(Math.max(0, from - 3), from));

/**
 * English news gives a month of the current year no year (`Northgate listed on the Nasdaq in 2003. In March, it
 * opened a plant`): a sentence that opens on a month alone does not take the year the sentences before it told of,
 * but one counted from publication; unless they tell a chronology month by month (`In June 2019, it bought the
 * depot. In August, …`). Asked before `openSentence`, of the state the sentence before left.
 */
export const leavesStoryYear = (state: SentenceState, value: Temporal, english: boolean): boolean =>
	english && !state.chronicle && isMonthAlone(value);

/**
 * `lodged in August 2024 but was delayed for more than a year. It was heard on 17 and 18 November`: a wait of a year
 * or more told after the year stated carries the story out of that year, so the dates after it are not in it.
 * `between` is the text from the last date to the next, across the sentence's end.
 */
const WAITS_YEARS =
	/\b(?:delayed|postponed|stalled|held up|on hold|shelved|closed|shut)\b[^.;]{0,30}? for (?:more than |over |nearly |almost |about |some )?(?:a|one|two|three|four|five|\d+) years?\b/;

export const waitsYears = (between: string, english: boolean): boolean =>
	english && WAITS_YEARS.test(between);

/** A new sentence opens on `value`, with `opening` the words before it in that sentence. */
export function openSentence(
	state: SentenceState,
	value: Temporal,
	opening: string,
	{ english, period }: { english: boolean; period: Period | undefined }
): SentenceState {
	return {
		// `展览期间，3月2日至4日闭馆`: the dates of the sentence fall within the event's days, in their years.
		sentence:
			period && !english && DURING_EVENT.test(opening)
				? { year: { value: period.end.year, quote: period.quote }, month: period.end, closes: true }
				: undefined,
		spanned: undefined,
		governs: false,
		fromNow: false,
		sinceYesterday: false,
		chronicle:
			english &&
			OPENS_SENTENCE.test(opening) &&
			(isMonthAlone(value) ? state.chronicle : statesMonthOfYear(value)),
		listed: state.listed
	};
}

/** The mention looks ahead, by its own words or as the close of what its sentence began today or yesterday. */
export const looksAhead = (state: SentenceState, mention: Mention, normal: string): boolean =>
	Boolean(
		mention.ahead ||
		(mention.closes && (state.fromNow || (state.sinceYesterday && runsUntil(normal, mention))))
	);

/**
 * `1958年至2023年，10月侵台的颱風共有24個`: under a span of years, a month without a year is that month of each of
 * them, a kind of month (like `每年10月`), not a time. English reaches no further than the span's clause: `peaked
 * in the 1990s, according to a report published in October` is one October.
 */
export const isKindOfMonth = (
	state: SentenceState,
	mention: Mention,
	normal: string,
	english: boolean
): boolean =>
	state.spanned !== undefined &&
	(isMonthAlone(mention.value) || (state.governs && isYearlessDay(mention.value))) &&
	!(english && !state.governs && CLAUSE_BREAK.test(normal.slice(state.spanned, mention.from)));

/**
 * `元旦、春节假期期间`, `on Christmas Day and on New Year's Day`: festivals listed together follow one another, so one
 * after a festival still ahead of publication, placed before it, is to be placed on or after publication.
 */
export function followsListed(
	state: SentenceState,
	mention: Mention,
	placed: Placed,
	normal: string
): boolean {
	const { listed } = state;
	return (
		listed !== undefined &&
		mention.value.type === 'holiday' &&
		mention.value.year === undefined &&
		HOLIDAYS_LINK.test(normal.slice(listed.to, mention.from)) &&
		iso(placed.start, 'day') < listed.start
	);
}

/** A sports season spans two years but is one time, which the months of its sentence fall in. */
export const spansManyYears = (mention: Mention, placed: Placed): boolean =>
	spansYears(placed) && mention.value.type !== 'sportsSeason';

/** The sentence has stated what the mention names of a year or month (`advanceSentence`). */
export function noteStated(
	state: SentenceState,
	mention: Mention,
	placed: Placed,
	quote: string
): SentenceState {
	const sentence = advanceSentence(state.sentence, mention, placed, quote);
	return sentence === state.sentence ? state : { ...state, sentence };
}

/**
 * A date of the story was placed: what it began (today, yesterday), the festival it is, the span of years it
 * states. `openingOf(at)`: the words of the sentence before `at`.
 */
export function afterPlaced(
	state: SentenceState,
	mention: Mention,
	placed: Placed,
	{
		published,
		english,
		normal,
		openingOf
	}: { published: Day | undefined; english: boolean; normal: string; openingOf: (at: number) => string }
): SentenceState {
	const value = mention.value;
	const fromNow = state.fromNow || (value.type === 'day' && value.offset >= 0);
	const sinceYesterday = state.sinceYesterday || (value.type === 'day' && value.offset === -1);
	let listed: SentenceState['listed'];
	if (value.type === 'holiday' && published) {
		const start = iso(placed.start, 'day');
		if (start >= iso(published, 'day')) listed = { to: mention.to, start };
	}
	const manyYears = spansManyYears(mention, placed);
	if (
		!manyYears &&
		fromNow === state.fromNow &&
		sinceYesterday === state.sinceYesterday &&
		!listed &&
		!state.listed
	)
		return state;
	return {
		...state,
		fromNow,
		sinceYesterday,
		listed,
		...(manyYears
			? {
					spanned: mention.to,
					governs: english && SPAN_OPENER.test(openingOf(mention.from)) && normal[mention.to] === ','
				}
			: {})
	};
}
