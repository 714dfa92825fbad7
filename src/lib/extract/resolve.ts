/**
 * Places a recognized expression in time. Relative words need the publication date and nothing else
 * (never today's date); a date without its year takes the year stated before it in the article, else the
 * publication year. When neither is known the expression is not dated: `resolve` returns undefined and
 * the caller lists it as undated.
 */
import { DAY_MS } from '../model/dates';
import type { DerivationStep } from '../model/derivation';
import type { Precision } from '../model/schema';
import {
	addDays,
	addMonths,
	daysInMonth,
	fromLunar,
	holidayDay,
	isValidDay,
	toUtc,
	weekday,
	type Day
} from './calendar';
import { asFiscal, placeFiscal } from './fiscal';
import { placeThisQuarter, type NamedQuarter } from './quarters';
import type { Mention, MonthSpec, Part, Temporal, YearSpec } from './temporal';

/** A year the text stated, with the words that stated it (`relative`: a word such as `去年`). */
export interface Stated {
	value: number;
	quote: string;
	relative?: boolean;
	/**
	 * The year was stated by a season across two years (`本季`, `the winter of 1951`), the one it began in: what is
	 * counted in years from it counts from there (`two years later`: 1953).
	 */
	season?: number;
}

/** What the article has said so far, and when it was published. */
export interface Context {
	published?: Day;
	/** The last year stated or implied, with the words that stated it. */
	year?: Stated;
	/** The last month stated, for `19日` after `11月3日`. */
	month?: { year: number; month: number };
	/**
	 * What the sentence so far stated, relative words included: `去年，展会于9月3日闭幕` is last year's
	 * 3 September whatever year the paragraphs before stated.
	 */
	sentence?: {
		year: Stated;
		month?: { year: number; month: number };
		/** The words that stated them close a period (`Mention.closes`): the dates after lie on or before it. */
		closes?: boolean;
		/** The words named a month but no year (`9月`, `in September`): the year was publication's guess. */
		implied?: boolean;
		/** The words named a sports season (`Last season`), from the autumn of this year into the next. */
		season?: number;
	};
	/** The month heading of the section (`【4月】`, `5月 大飞机商飞`): a date in that month takes its year. */
	section?: { year: number; month: number; quote: string };
	/**
	 * The day a period was said to close on, in a year of its own (`至115年1月20日结束`): the story's year is not
	 * moved by it, but a date without a year that only follows it in that year goes on from it (`寒假自1月21日起`).
	 */
	closed?: { day: Day; quote: string };
	/**
	 * English: the year the paragraphs before stated, which a date without one does not take (it keeps to its
	 * paragraph) but words that count from a year do (`in 1971.` then `took it over the following year`).
	 */
	carried?: Stated;
	/**
	 * The last few single days stated (a dateline's among them), the last one last: `当天` and `次日` count from the
	 * last, `Two days later, on Wednesday` from the last one the count brings to a Wednesday.
	 */
	days?: { day: Day; quote: string }[];
	/** The last of `days` was stated in the mention's own paragraph: the story is still there. */
	dayInParagraph?: boolean;
	/**
	 * A date without a year is in the year of publication unless the text says otherwise, as English news writes
	 * (a style book's rule: the year is given only when it is not the current one), rather than the nearest.
	 */
	sameYear?: boolean;
	/** The mention's clause is in the past tense (`Mention.past`): `sameYear` gives way to the nearest year. */
	past?: boolean;
	/** The first month of the text's fiscal year, when it states one that is not the calendar's (`fiscal.ts`). */
	fiscalStart?: number;
	/** The text's league plays within a calendar year (`seasons.ts`). */
	calendarSeasons?: boolean;
	/** The quarter the text last named, which `本季度` goes on about. */
	quarter?: NamedQuarter;
	/** The part of a year the text last named by its months (a half, a quarter, the first three quarters): `报告期内`. */
	reported?: NamedQuarter;
	/** The mention looks ahead in a plan told now (`Mention.told`). */
	told?: boolean;
	/** The mention happens again after what its sentence stated (`Mention.again`). */
	again?: boolean;
	/** The mention was put off until after what its sentence stated (`Mention.delayed`). */
	delayed?: boolean;
	/**
	 * The mention looks ahead (`将于`, `will open on`, see `Mention.ahead`): a date without a year lies on or
	 * after publication, and `on Tuesday` is the Tuesday after it.
	 */
	ahead?: boolean;
}

interface Partial {
	year: number;
	month?: number;
	day?: number;
}

export interface Placed {
	start: Partial;
	end?: Partial | 'open';
	precision: Precision;
	approximate: boolean;
	basis: 'explicit' | 'relative';
	/** The steps that placed it (`model/derivation.ts`). */
	how: DerivationStep[];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function iso(date: Partial, precision: Precision): string {
	const year = pad(date.year, 4);
	if (precision === 'year') return year;
	if (precision === 'month') return `${year}-${pad(date.month ?? 1)}`;
	return `${year}-${pad(date.month ?? 1)}-${pad(date.day ?? 1)}`;
}

function isoDay(date: Day): string {
	return iso(date, 'day');
}

function precisionOf(date: Partial): Precision {
	return date.day !== undefined ? 'day' : date.month !== undefined ? 'month' : 'year';
}

const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

function coarsen(date: Partial, precision: Precision): Partial {
	if (precision === 'year') return { year: date.year };
	if (precision === 'month') return { year: date.year, month: date.month ?? 1 };
	return date;
}

function compare(a: Partial, b: Partial): number {
	return a.year - b.year || (a.month ?? 1) - (b.month ?? 1) || (a.day ?? 1) - (b.day ?? 1);
}

interface YearFound {
	value: number;
	basis: 'explicit' | 'relative';
	how: DerivationStep[];
}

function twoDigitYear(value: number, context: Context): number {
	const limit = (context.published?.year ?? 2049) + 20;
	return 2000 + value <= limit ? 2000 + value : 1900 + value;
}

/** `last spring`: the latest year whose `part` ended before publication; `next winter`: the first that starts after it. */
function adjacentYear(direction: -1 | 1, part: Part, published: Day): number {
	const now = toUtc(published).getTime();
	const first = (year: number) => toUtc({ year, month: part.from, day: 1 }).getTime();
	const last = (year: number) => {
		const end = addMonths(year, part.to, 0);
		return toUtc(clampDay(end.year, end.month, 31)).getTime();
	};
	let year = published.year;
	if (direction < 0) while (last(year) >= now) year--;
	else while (first(year) <= now) year++;
	return year;
}

function yearOf(spec: YearSpec | undefined, context: Context, part?: Part): YearFound | undefined {
	if (!spec) return undefined;
	switch (spec.kind) {
		case 'adjacent': {
			if (!context.published || !part) return undefined;
			const value = adjacentYear(spec.direction, part, context.published);
			return {
				value,
				basis: 'relative',
				how: [{ rule: 'relative-year', word: spec.word, year: value, base: context.published.year }]
			};
		}
		case 'number':
			return {
				value: spec.value,
				basis: 'explicit',
				how: [{ rule: 'explicit', date: iso({ year: spec.value }, 'year') }]
			};
		case 'twoDigit': {
			const value = twoDigitYear(spec.value, context);
			return {
				value,
				basis: 'explicit',
				how: [{ rule: 'two-digit-year', digits: pad(spec.value), year: value }]
			};
		}
		case 'published': {
			if (!context.published) return undefined;
			// `今年冬季` in February is the winter under way, begun last December, not the one at this year's end.
			const underWay =
				spec.offset === 0 && part !== undefined && part.to > 12 && context.published.month <= part.to - 12;
			const value = context.published.year + spec.offset - (underWay ? 1 : 0);
			return {
				value,
				basis: 'relative',
				how: [{ rule: 'relative-year', word: spec.word, year: value, base: context.published.year }]
			};
		}
		case 'context': {
			// `a year earlier` after the paragraph's break is as often a baseline (`the same quarter a year earlier`).
			const carried = /^[Aa] year/.test(spec.word) ? undefined : context.carried;
			const stated = context.sentence?.year ?? context.year ?? carried;
			if (!stated) return undefined;
			const value = (stated.season ?? stated.value) + spec.offset;
			return {
				value,
				basis: 'relative',
				how: [{ rule: 'counted-year', word: spec.word, year: value, quote: stated.quote }]
			};
		}
	}
}

/** How far news looks ahead: a date without a year more than this after publication is taken as past. */
const AHEAD_MS = 31 * DAY_MS;

/**
 * Of `candidates`, the one whose day is nearest publication, looking back rather than far ahead: `1月` in a
 * November article is this January, `12月` is next month, `11月19日` eight days on is ahead.
 */
function nearestToPublication<T>(
	published: Day,
	candidates: T[],
	dayOf: (candidate: T) => Day
): T | undefined {
	const now = toUtc(published).getTime();
	const distance = (candidate: T) => {
		const gap = toUtc(dayOf(candidate)).getTime() - now;
		return gap > AHEAD_MS ? Infinity : Math.abs(gap);
	};
	return candidates.reduce<T | undefined>(
		(best, candidate) => (best === undefined || distance(candidate) < distance(best) ? candidate : best),
		undefined
	);
}

/** Of `candidates` in time order, the first that has not ended by publication: what a mention that looks ahead means. */
function firstOnOrAfter<T>(
	published: Day,
	candidates: T[],
	lastOf: (candidate: T) => Day | undefined
): T | undefined {
	const now = toUtc(published).getTime();
	return candidates.find((candidate) => {
		const last = lastOf(candidate);
		return last !== undefined && toUtc(last).getTime() >= now;
	});
}

const clampDay = (year: number, month: number, day: number): Day => ({
	year,
	month,
	day: Math.min(day, daysInMonth(year, month))
});

/** The Gregorian day of a date in a candidate year: its first and its last (a month runs to its end). */
interface Candidate {
	first: (year: number) => Day | undefined;
	last: (year: number) => Day | undefined;
}

function fromStated(stated: Stated, how: DerivationStep): YearFound {
	return { value: stated.value, basis: stated.relative ? 'relative' : 'explicit', how: [how] };
}

interface Wanted {
	/** The solar month it names, if any. */
	month?: number;
	/** Lunar or a festival: a stated (solar) year is met by the lunar year that puts the day inside it. */
	solar: boolean;
	/** It names a month or a day, so publication can choose its year. */
	dated: boolean;
	/** The festival it names: publication then chooses the festival nearest it (or the next one). */
	holiday?: string;
}

/**
 * A year for a date that states none, in this order: the year its sentence stated; the year of its section when
 * it falls in the heading's month; when the mention looks ahead, the first one on or after publication; the
 * article's last year; the year of publication in English news (`sameYear`) unless told in the past tense, else
 * the year nearest publication.
 */
function impliedYear(context: Context, candidate: Candidate, wanted: Wanted): YearFound | undefined {
	// `腊月二十三` after `2024年1月` is in the lunar year that began in 2023, which puts it in February 2024;
	// when both lunar years fall in the stated year, the one nearer the month stated wins.
	const within = (found: YearFound, near: { year: number; month: number } | undefined): YearFound => {
		const year = found.value;
		if (wanted.solar) return found;
		const distance = (lunar: number) =>
			Math.abs(candidate.first(lunar)!.month - (near?.year === year ? near.month : 1));
		const best = [year, year - 1]
			.filter((lunar) => candidate.first(lunar)?.year === year)
			.reduce<number | undefined>(
				(chosen, lunar) => (chosen === undefined || distance(lunar) < distance(chosen) ? lunar : chosen),
				undefined
			);
		if (best === undefined || best === year) return found;
		return { ...found, value: best, how: [...found.how, { rule: 'lunar-year', year: best, within: year }] };
	};
	// A year the sentence only guessed from publication gives way to a mention that looks ahead (`began in
	// September and would double by the end of January`: next January), or is told in the past and so guessed
	// afresh, nearest publication (`a run from November 20 to December 14, and unbeaten between January and March`
	// in a March story: this January).
	const guessed = context.sentence?.implied && (context.ahead || context.past) && wanted.dated;
	// `went to the museum in 2019, and will go on display in May`: a plan told now is not in a year its
	// sentence stated before publication's.
	const bygone =
		context.told &&
		wanted.dated &&
		context.published !== undefined &&
		(context.sentence?.year.value ?? Infinity) < context.published.year;
	// `截至2025年12月31日止年度之年报将于4月底前寄发`: a period that had closed by publication bounds nothing its
	// sentence plans ahead, and gives it no year.
	const closedBefore =
		context.ahead &&
		wanted.dated &&
		context.published !== undefined &&
		context.sentence?.closes &&
		context.sentence.month !== undefined &&
		context.sentence.month.year * 12 + context.sentence.month.month <
			context.published.year * 12 + context.published.month;
	const sentence = guessed || bygone || closedBefore ? undefined : context.sentence?.year;
	const bound = context.sentence?.closes ? context.sentence.month : undefined;
	// A festival's day is known in every year, so a bound places it as it does a month (`until June 30, 2026, and on
	// Christmas Day`: the Christmas before the close).
	const first = bound && (wanted.solar || wanted.holiday) ? candidate.first(bound.year) : undefined;
	// `持续至明年6月，其中包括12月上旬的会议`: December falls within the period, the one before its end.
	if (sentence && bound && first && first.year * 12 + first.month > bound.year * 12 + bound.month)
		return {
			value: bound.year - 1,
			basis: sentence.relative ? 'relative' : 'explicit',
			how: [{ rule: 'period-year', year: bound.year - 1, quote: sentence.quote }]
		};
	// `Last season … in April`: a month of the season, in the year it falls in.
	const season = sentence && context.sentence?.season;
	if (season !== undefined && wanted.solar && wanted.month !== undefined) {
		const value = wanted.month >= SEASON_STARTS ? season : season + 1;
		return {
			value,
			basis: 'relative',
			how: [{ rule: 'sentence-year', year: value, quote: sentence!.quote }]
		};
	}
	// `during the 2024 holiday season and again on Black Friday`: what comes again falls after what its sentence stated,
	// the first such time after it; so does what was put off until then (`去年冬至前後…延到1月中旬`: the January after).
	const stated = sentence && (context.again || context.delayed) ? context.sentence?.month : undefined;
	if (sentence && stated) {
		const after = (y: number) => {
			const first = candidate.first(y);
			return first !== undefined && first.year * 12 + first.month > stated.year * 12 + stated.month;
		};
		const value = [stated.year, stated.year + 1].find(after);
		if (value !== undefined && value !== sentence.value)
			return {
				value,
				basis: 'relative',
				how: [{ rule: context.delayed ? 'delayed-year' : 'again-year', year: value, quote: sentence.quote }]
			};
	}
	if (sentence)
		return within(
			fromStated(sentence, { rule: 'sentence-year', year: sentence.value, quote: sentence.quote }),
			context.sentence?.month
		);
	const section = context.section;
	if (section && wanted.solar && wanted.month === section.month)
		return {
			value: section.year,
			basis: 'explicit',
			how: [{ rule: 'section-year', year: section.year, quote: section.quote }]
		};
	const published = context.published;
	const fromPublication = (published: Day, value: number, ahead: boolean): YearFound => {
		const when = { published: isoDay(published), ...(ahead ? { ahead: true as const } : {}) };
		return {
			value,
			basis: 'relative',
			how: [
				wanted.holiday
					? { rule: 'nearest-holiday', name: wanted.holiday, ...when }
					: { rule: 'publication-year', year: value, ...when }
			]
		};
	};
	const years = published ? [published.year - 1, published.year, published.year + 1] : [];
	if (context.ahead && published && wanted.dated) {
		const value = firstOnOrAfter(published, years, candidate.last);
		if (value !== undefined) return fromPublication(published, value, true);
	}
	// `去年10月被判解职。中选会于1月9日公告`: a date after one counted back from publication that would go back
	// before that one's month in its year is read forward, in publication's year, when that is not yet ahead.
	const story = context.year;
	if (
		story?.relative &&
		published &&
		story.value < published.year &&
		wanted.solar &&
		wanted.month !== undefined &&
		context.month?.year === story.value &&
		wanted.month < context.month.month
	) {
		const forward = candidate.first(published.year);
		if (forward && compare(forward, published) <= 0) return fromPublication(published, published.year, false);
	}
	const sequel =
		context.year && context.closed && wanted.solar
			? goesOn(context.closed, candidate, context.year.value)
			: undefined;
	if (sequel) return sequel;
	// `本季……球队9月24日开季`: a month told after a season across two years is in the season's year for it.
	const storySeason = context.year?.season;
	if (storySeason !== undefined && wanted.solar && wanted.month !== undefined) {
		const value = wanted.month >= SEASON_STARTS ? storySeason : storySeason + 1;
		return {
			value,
			basis: 'relative',
			how: [{ rule: 'stated-year', year: value, quote: context.year!.quote }]
		};
	}
	if (context.year)
		return within(
			fromStated(context.year, { rule: 'stated-year', year: context.year.value, quote: context.year.quote }),
			context.month
		);
	if (!published) return undefined;
	if (context.sameYear && !context.past && wanted.dated && candidate.first(published.year))
		return fromPublication(published, published.year, false);
	const value = wanted.dated
		? nearestToPublication(
				published,
				years.filter((year) => candidate.first(year)),
				(year) => candidate.first(year)!
			)
		: published.year;
	return value === undefined ? undefined : fromPublication(published, value, false);
}

/** How soon after a period closes a date without a year still reads as what comes next. */
const SEQUEL_DAYS = 31;

/** The close's year for a date that would fall before the close in the story's year, and soon after it in its own. */
function goesOn(
	closed: NonNullable<Context['closed']>,
	candidate: Candidate,
	story: number
): YearFound | undefined {
	const { day, quote } = closed;
	const end = toUtc(day).getTime();
	const next = candidate.first(day.year);
	const before = candidate.last(story);
	if (!next || !before || toUtc(before).getTime() > end) return undefined;
	const after = toUtc(next).getTime() - end;
	if (after <= 0 || after > SEQUEL_DAYS * DAY_MS) return undefined;
	return { value: day.year, basis: 'explicit', how: [{ rule: 'stated-year', year: day.year, quote }] };
}

/**
 * The month of a day stated alone (`19日`, `二十日`): its sentence's, the text's, else the one nearest
 * publication (the first on or after it when the mention looks ahead).
 */
function monthForDay(context: Context, day: number): { month: number; year: YearFound } | undefined {
	const sentence = context.sentence;
	if (sentence?.month)
		return {
			month: sentence.month.month,
			year: {
				value: sentence.month.year,
				basis: sentence.year.relative ? 'relative' : 'explicit',
				how: [{ rule: 'sentence-month', month: iso(sentence.month, 'month'), quote: sentence.year.quote }]
			}
		};
	if (context.month)
		return {
			month: context.month.month,
			year: {
				value: context.month.year,
				basis: 'explicit',
				how: [{ rule: 'stated-month', month: iso(context.month, 'month') }]
			}
		};
	const published = context.published;
	if (!published) return undefined;
	const candidates = [-1, 0, 1].map((offset) => addMonths(published.year, published.month, offset));
	const dayIn = (c: { year: number; month: number }) => clampDay(c.year, c.month, day);
	const ahead = context.ahead ? firstOnOrAfter(published, candidates, dayIn) : undefined;
	const best = ahead ?? nearestToPublication(published, candidates, dayIn)!;
	return {
		month: best.month,
		year: {
			value: best.year,
			basis: 'relative',
			how: [
				{
					rule: 'publication-month',
					month: iso(best, 'month'),
					published: isoDay(published),
					...(ahead ? { ahead: true as const } : {})
				}
			]
		}
	};
}

function monthOf(
	spec: MonthSpec,
	year: YearFound | undefined,
	context: Context
): { month: number; year?: number; how?: DerivationStep } | undefined {
	if (spec.kind === 'number') return { month: spec.value };
	if (spec.kind === 'context') {
		// `suspended in September 2023 and dismissed the following month`: counted from the month stated before, in
		// its year, whatever year the words around say.
		if (!context.month) return undefined;
		const counted = addMonths(context.month.year, context.month.month, spec.offset);
		return {
			month: counted.month,
			year: counted.year,
			how: { rule: 'counted-month', word: spec.word, offset: spec.offset, month: iso(counted, 'month') }
		};
	}
	if (!context.published) return undefined;
	const shifted = addMonths(context.published.year, context.published.month, spec.offset);
	return {
		month: shifted.month,
		// `上个月` in January is last year's December, unless a year was stated (`去年本月`).
		year: year ? undefined : shifted.year,
		how: {
			rule: 'relative-month',
			word: spec.word,
			month: iso(shifted, 'month'),
			published: isoDay(context.published)
		}
	};
}

function applyYearPart(year: number, part: Part): Pick<Placed, 'start' | 'end' | 'precision'> {
	const start = addMonths(year, part.from, 0);
	const end = addMonths(year, 1, part.to - 1);
	return { start, end, precision: 'month' };
}

function applyMonthPart(
	year: number,
	month: number,
	part: Part
): Pick<Placed, 'start' | 'end' | 'precision'> {
	return {
		start: { year, month, day: part.from },
		end: { year, month, day: Math.min(part.to, daysInMonth(year, month)) },
		precision: 'day'
	};
}

/**
 * `Admission is free on Monday, Jan. 19` after `the spring of 2024`: the weekday written beside a day that took its
 * year from the words around tells the year when that one does not fit it: the nearest publication that does.
 */
function weekdaysYear(
	value: Extract<Temporal, { type: 'date' }>,
	month: number,
	day: number,
	year: YearFound,
	context: Context
): YearFound {
	const published = context.published;
	const { weekday: written, lunarDay } = value;
	// A lunar day restated falls on the solar day in the lunar year that begins in that year or the one before.
	const lunarFits = (y: number) =>
		[y - 1, y].some((lunarYear) => {
			const solar = fromLunar(lunarYear, lunarDay!.month, lunarDay!.day);
			return solar?.year === y && solar.month === month && solar.day === day;
		});
	const fits = (y: number) =>
		day <= daysInMonth(y, month) &&
		(written === undefined || weekday({ year: y, month, day }) === written) &&
		(lunarDay === undefined || lunarFits(y));
	if ((written === undefined && lunarDay === undefined) || !published || fits(year.value)) return year;
	const distance = (y: number) =>
		Math.abs(toUtc({ year: y, month, day }).getTime() - toUtc(published).getTime());
	const nearest = [published.year - 1, published.year, published.year + 1]
		.filter(fits)
		.sort((a, b) => distance(a) - distance(b))[0];
	if (nearest === undefined) return year;
	return {
		value: nearest,
		basis: 'relative',
		how: [{ rule: 'publication-year', year: nearest, published: isoDay(published) }]
	};
}

function placeDate(value: Extract<Temporal, { type: 'date' }>, context: Context): Placed | undefined {
	// `next October`: the month is the part of the year the adjacent one is counted by (a part of that month,
	// `下旬`, counts days, not months).
	const monthPart =
		value.month?.kind === 'number'
			? { from: value.month.value, to: value.month.value, approximate: false, word: '' }
			: undefined;
	let year = yearOf(value.year, context, value.month ? monthPart : value.part);
	if (value.year && !year) return undefined;
	const notes: DerivationStep[] = [];
	let month: number | undefined;
	let basis: 'explicit' | 'relative' = year?.basis ?? 'explicit';
	if (value.month) {
		const found = monthOf(value.month, year, context);
		if (!found) return undefined;
		month = found.month;
		if (found.how) {
			notes.push(found.how);
			basis = 'relative';
		}
		if (found.year !== undefined) year = { value: found.year, basis: 'relative', how: [] };
	}
	const day = value.day;
	if (day !== undefined && month === undefined) {
		const found = year ? undefined : monthForDay(context, day);
		if (!found) return undefined;
		month = found.month;
		year = found.year;
	}
	if (!year) {
		const lunar = Boolean(value.lunar) && month !== undefined;
		// `Sales fell in the third quarter`: told in the past, a part of a year is the latest one, as a month is.
		const part =
			context.past && month === undefined && value.part && value.part.to <= 12 ? value.part : undefined;
		const candidate: Candidate = lunar
			? { first: (y) => fromLunar(y, month!, day ?? 1), last: (y) => fromLunar(y, month!, day ?? 29) }
			: {
					first: (y) => clampDay(y, month ?? part?.from ?? 1, day ?? 1),
					last: (y) => clampDay(y, month ?? part?.to ?? 12, day ?? 31)
				};
		year = impliedYear(context, candidate, {
			...(month !== undefined ? { month } : {}),
			solar: !lunar,
			dated: month !== undefined || part !== undefined
		});
		if (!year) return undefined;
		if (!lunar && month !== undefined && day !== undefined)
			year = weekdaysYear(value, month, day, year, context);
	}
	basis = year.basis === 'relative' ? 'relative' : basis;
	notes.unshift(...year.how);
	if (value.lunar && month !== undefined) {
		const first = fromLunar(year.value, month, day ?? 1);
		if (!first) return undefined;
		if (day === undefined) {
			const last = fromLunar(year.value, month, 30) ?? fromLunar(year.value, month, 29);
			if (!last) return undefined;
			return {
				start: first,
				end: last,
				precision: 'day',
				approximate: false,
				basis,
				how: [...notes, { rule: 'lunar-month', month, year: year.value }]
			};
		}
		notes.push({ rule: 'lunar-date', month, day, year: year.value, date: isoDay(first) });
		return { start: first, precision: 'day', approximate: false, basis, how: notes };
	}
	if (value.part && month === undefined)
		return {
			...applyYearPart(year.value, value.part),
			approximate: value.part.approximate,
			basis,
			how: [...notes, { rule: 'year-part', word: value.part.word, year: year.value }]
		};
	if (value.part && month !== undefined && day === undefined)
		return {
			...applyMonthPart(year.value, month, value.part),
			approximate: value.part.approximate,
			basis,
			how: [
				...notes,
				{ rule: 'month-part', word: value.part.word, month: iso({ year: year.value, month }, 'month') }
			]
		};
	const start: Partial = {
		year: year.value,
		...(month !== undefined ? { month } : {}),
		...(day !== undefined ? { day } : {})
	};
	if (day !== undefined && !isValidDay(start as Day)) return undefined;
	const precision = precisionOf(start);
	// A date that states everything itself says just that.
	const how: DerivationStep[] =
		value.year?.kind === 'number' && notes.length === 1
			? [{ rule: 'explicit', date: iso(start, precision) }]
			: notes;
	return { start, precision, approximate: false, basis, how };
}

function placeDay(value: Extract<Temporal, { type: 'day' }>, published: Day): Placed {
	const counted = addDays(published, value.offset);
	const how: DerivationStep[] = [
		{ rule: 'relative-day', word: value.word, offset: value.offset, published: isoDay(published) }
	];
	const stated = value.dayOfMonth;
	if (stated === undefined || stated === counted.day)
		return { start: counted, precision: 'day', approximate: false, basis: 'relative', how };
	// `昨(16)日` in a story filed on the 18th: the day written in brackets is the one meant.
	const candidates = [-1, 0, 1]
		.map((offset) => addMonths(counted.year, counted.month, offset))
		.map(({ year, month }) => ({ year, month, day: stated }))
		.filter(isValidDay);
	const nearest = candidates.reduce((best, day) =>
		Math.abs(toUtc(day).getTime() - toUtc(counted).getTime()) <
		Math.abs(toUtc(best).getTime() - toUtc(counted).getTime())
			? day
			: best
	);
	return {
		start: nearest,
		precision: 'day',
		approximate: false,
		basis: 'relative',
		how: [...how, { rule: 'written-day', day: stated, date: isoDay(nearest) }]
	};
}

function mondayOf(day: Day): Day {
	return addDays(day, 1 - weekday(day));
}

/**
 * The named day (Saturday for a weekend) nearest publication, publication included (but for `next Friday`, `last
 * Friday`): the one before it, or the one after it when the mention looks ahead.
 */
function placeNearestDay(value: Extract<Temporal, { type: 'week' }>, published: Day, ahead: boolean): Placed {
	const forward = ((value.weekday ?? 6) - weekday(published) + 7) % 7;
	const away = ahead ? 7 : -7;
	const offset = forward === 0 ? (value.notToday ? away : 0) : ahead ? forward : forward - 7;
	const start = addDays(published, offset + (value.weekLater ? 7 : 0));
	return {
		start,
		...(value.weekend ? { end: addDays(start, 1) } : {}),
		precision: 'day',
		approximate: false,
		basis: 'relative',
		how: [
			{
				rule: 'nearest-weekday',
				word: value.word,
				direction: ahead ? 'future' : 'past',
				published: isoDay(published),
				...(value.weekLater ? { weekLater: true as const } : {})
			}
		]
	};
}

function placeWeek(value: Extract<Temporal, { type: 'week' }>, published: Day, ahead: boolean): Placed {
	if (value.nearest && (value.weekday !== undefined || value.weekend))
		return placeNearestDay(value, published, ahead);
	const monday = addDays(mondayOf(published), value.offset * 7);
	const how: DerivationStep[] = [
		{ rule: 'relative-week', word: value.word, offset: value.offset, published: isoDay(published) }
	];
	if (value.weekday !== undefined)
		return {
			start: addDays(monday, value.weekday - 1),
			precision: 'day',
			approximate: false,
			basis: 'relative',
			how
		};
	if (value.weekend)
		return {
			start: addDays(monday, 5),
			end: addDays(monday, 6),
			precision: 'day',
			approximate: false,
			basis: 'relative',
			how
		};
	return {
		start: monday,
		end: addDays(monday, 6),
		precision: 'day',
		approximate: false,
		basis: 'relative',
		how
	};
}

/**
 * `deployed the previous Friday, 21 November … stayed below it over the weekend`: told in the past, `the weekend`
 * after a day its paragraph stated is the one after that day, once it had come by publication; elsewhere it is the
 * weekend nearest publication.
 */
function weekendOfStory(
	value: Extract<Temporal, { type: 'week' }>,
	context: Context,
	published: Day
): Placed | undefined {
	const last = context.days?.at(-1);
	if (!value.weekend || !value.nearest || !context.past || !context.dayInParagraph || !last) return undefined;
	const { day, quote } = last;
	const weekend = countedWeek(day, day, quote, value.word, 0, true);
	return isoDay(weekend.end) > isoDay(published) ? undefined : weekend;
}

/** The week (or its weekend) of `counted`, a count of `offset` weeks from `from`, the day `quote` stated. */
function countedWeek(
	from: Day,
	counted: Day,
	quote: string,
	word: string,
	offset: number,
	weekend?: boolean
): Placed & { end: Day } {
	const monday = mondayOf(counted);
	return {
		start: addDays(monday, weekend ? 5 : 0),
		end: addDays(monday, 6),
		precision: 'day',
		approximate: false,
		basis: 'relative',
		how: [{ rule: 'counted-week', word, offset, quote, from: isoDay(from) }]
	};
}

function placeSpan(value: Extract<Temporal, { type: 'span' }>, context: Context): Placed | undefined {
	const { count, unit, direction } = value;
	if (direction === 'after') {
		if (unit !== 'year' || !context.year) return undefined;
		const year = (context.year.season ?? context.year.value) + count;
		return {
			start: { year },
			precision: 'year',
			approximate: false,
			basis: 'relative',
			how: [{ rule: 'years-after', count, quote: context.year.quote }]
		};
	}
	// `wound it every Monday for the next 32 years`: told in the past, the years ahead are the story's, not
	// those after publication.
	if (direction === 'future' && context.past) return undefined;
	const published = context.published;
	if (!published) return undefined;
	const sign = direction === 'ago' || direction === 'past' ? -1 : 1;
	const shift = (n: number): { point: Partial; precision: Precision } => {
		if (unit === 'year') return { point: { year: published.year + n }, precision: 'year' };
		if (unit === 'month') return { point: addMonths(published.year, published.month, n), precision: 'month' };
		return { point: addDays(published, n * (unit === 'week' ? 7 : 1)), precision: 'day' };
	};
	const moved = shift(sign * count);
	const now = shift(0);
	if (direction === 'hence' || direction === 'ago')
		return {
			start: moved.point,
			precision: moved.precision,
			approximate: false,
			basis: 'relative',
			how: [
				{
					rule: direction === 'hence' ? 'after-publication' : 'before-publication',
					count,
					unit,
					published: isoDay(published)
				}
			]
		};
	const [start, end] = sign < 0 ? [moved.point, now.point] : [now.point, moved.point];
	return {
		start,
		end,
		precision: moved.precision,
		approximate: false,
		basis: 'relative',
		how: [
			{
				rule: 'around-publication',
				count,
				unit,
				direction: sign < 0 ? 'up-to' : 'after',
				published: isoDay(published)
			}
		]
	};
}

function centuryBase(century: number | { offset: number } | undefined, context: Context): number | undefined {
	if (century === undefined) return undefined;
	if (typeof century === 'number') return (century - 1) * 100;
	if (!context.published) return undefined;
	return Math.floor(context.published.year / 100) * 100 + century.offset * 100;
}

function placeDecade(value: Extract<Temporal, { type: 'decade' }>, context: Context): Placed | undefined {
	let start: number;
	let latest: 'publication' | '2000' | undefined;
	if (value.decade >= 100) start = value.decade;
	else {
		const base = centuryBase(value.century, context);
		if (value.century !== undefined && base === undefined) return undefined;
		if (base !== undefined) start = base + value.decade;
		else {
			const before = context.published?.year ?? 1999;
			start = 2000 + value.decade <= before ? 2000 + value.decade : 1900 + value.decade;
			latest = context.published ? 'publication' : '2000';
		}
	}
	const from = value.part?.from ?? 0;
	const to = value.part?.to ?? 9;
	return {
		start: { year: start + from },
		end: { year: start + to },
		precision: 'year',
		approximate: Boolean(value.part?.approximate),
		basis: value.century !== undefined && typeof value.century !== 'number' ? 'relative' : 'explicit',
		how: [
			{
				rule: 'decade',
				start,
				...(latest ? { latest } : {}),
				...(value.part?.word ? { part: value.part.word } : {})
			}
		]
	};
}

function placeHoliday(value: Extract<Temporal, { type: 'holiday' }>, context: Context): Placed | undefined {
	let year = yearOf(value.year, context);
	if (value.year && !year) return undefined;
	if (!year) {
		const day = (y: number) => holidayDay(value.name, y)?.day;
		year = impliedYear(
			context,
			{ first: day, last: day },
			{ solar: false, dated: true, holiday: value.name }
		);
	}
	if (!year) return undefined;
	const found = holidayDay(value.name, year.value);
	if (!found) return undefined;
	return {
		start: found.day,
		precision: 'day',
		approximate: false,
		basis: year.basis,
		how: [
			...year.how,
			{
				rule: 'holiday',
				name: value.name,
				year: year.value,
				date: isoDay(found.day),
				lunar: Boolean(found.lunar)
			}
		]
	};
}

/** The month a school year named by two years (`2023/24学年`) begins in, in Hong Kong, Taiwan and the mainland. */
const SCHOOL_YEAR_STARTS = 9;

/** The month a sports season that runs across the new year begins in. */
const SEASON_STARTS = 8;

/** Years an ISO date can carry: `０世纪` or a far future count is no date. */
const inRange = (date: Partial | 'open' | undefined) =>
	date === undefined || date === 'open' || (date.year >= 1 && date.year <= 9999);

/** Where `value` lies in time, or undefined when the text and the publication date cannot say. */
export function place(value: Temporal, context: Context): Placed | undefined {
	const placed = placeValue(value, context);
	return placed && inRange(placed.start) && inRange(placed.end) ? placed : undefined;
}

function placeValue(value: Temporal, context: Context): Placed | undefined {
	switch (value.type) {
		case 'date': {
			const fiscal = context.fiscalStart ? asFiscal(value) : undefined;
			return fiscal ? placeValue(fiscal, context) : placeDate(value, context);
		}
		case 'fiscal':
			// A school year runs from September, whatever the text says of a company's year.
			return placeFiscal(
				value,
				value.school ? SCHOOL_YEAR_STARTS : (context.fiscalStart ?? 1),
				context.published,
				Boolean(context.ahead)
			);
		case 'holiday':
			return placeHoliday(value, context);
		case 'day':
			return context.published ? placeDay(value, context.published) : undefined;
		case 'anchored': {
			// `She joined in 2017. A fortnight later…`: days or weeks after something of a year the text stated but
			// no day of, so in that year as far as the text tells.
			const from = countedFrom(value, context.days ?? []);
			if (!from)
				return context.year && !value.week && Math.abs(value.offset) <= 31
					? {
							start: { year: context.year.value },
							precision: 'year',
							approximate: false,
							basis: 'relative',
							how: [
								{
									rule: 'counted-year',
									word: value.word,
									year: context.year.value,
									quote: context.year.quote
								}
							]
						}
					: undefined;
			const { day, quote } = from;
			const counted = addDays(day, value.offset);
			// `the previous weekend`: the Saturday and Sunday of the week before.
			if (value.week) return countedWeek(day, counted, quote, value.word, value.offset / 7, value.weekend);
			return {
				start: counted,
				precision: 'day',
				approximate: false,
				basis: 'relative',
				how: [{ rule: 'counted-day', word: value.word, offset: value.offset, quote, from: isoDay(day) }]
			};
		}
		case 'week':
			if (!context.published) return undefined;
			return (
				weekendOfStory(value, context, context.published) ??
				placeWeek(value, context.published, Boolean(context.ahead))
			);
		case 'span':
			return placeSpan(value, context);
		case 'decade':
			return placeDecade(value, context);
		case 'century': {
			const base = centuryBase(value.century, context);
			if (base === undefined) return undefined;
			const { part } = value;
			return {
				start: { year: base + (part?.from ?? 0) },
				end: { year: base + (part?.to ?? 99) },
				precision: 'year',
				approximate: Boolean(part),
				basis: typeof value.century === 'number' ? 'explicit' : 'relative',
				how: [{ rule: 'century', start: base, ...(part ? { part: part.word } : {}) }]
			};
		}
		case 'plan': {
			// The first two plans ran from 1953; after three years of adjustment the third began in 1966.
			const start = value.plan <= 2 ? 1953 + 5 * (value.plan - 1) : 1966 + 5 * (value.plan - 3);
			const { part } = value;
			const [first, last] = [start + (part?.from ?? 0), start + (part?.to ?? 4)];
			return {
				start: { year: first },
				...(last !== first ? { end: { year: last } } : {}),
				precision: 'year',
				approximate: false,
				basis: 'explicit',
				how: [{ rule: 'five-year-plan', plan: value.plan, start, ...(part ? { part: part.word } : {}) }]
			};
		}
		case 'sportsSeason': {
			if (value.first !== undefined)
				return {
					start: { year: value.first },
					end: { year: value.first + 1 },
					precision: 'year',
					approximate: false,
					basis: 'explicit',
					how: [
						{ rule: 'explicit', date: iso({ year: value.first }, 'year') },
						{ rule: 'explicit', date: iso({ year: value.first + 1 }, 'year') }
					]
				};
			const published = context.published;
			if (!published) return undefined;
			const calendar = Boolean(context.calendarSeasons);
			// A season runs from August into the next May: until August, the one under way began the year before.
			// A league that plays within the year plays its season in the year of publication.
			const start = published.year - (!calendar && published.month < SEASON_STARTS ? 1 : 0) + value.offset;
			return {
				start: { year: start },
				...(calendar ? {} : { end: { year: start + 1 } }),
				precision: 'year',
				approximate: false,
				basis: 'relative',
				how: [
					{
						rule: 'relative-season',
						word: value.word,
						start,
						published: isoDay(published),
						...(calendar ? { calendar } : {})
					}
				]
			};
		}
		case 'thisQuarter':
			// `报告期内` with no period named before it says no time of its own.
			if (value.report)
				return context.reported ? placeThisQuarter(value.word, context.reported, undefined) : undefined;
			return placeThisQuarter(value.word, context.quarter, context.published, context.fiscalStart);
		case 'recentYears':
			if (!context.published) return undefined;
			return {
				start: { year: context.published.year - 3 },
				end: { year: context.published.year },
				precision: 'year',
				approximate: true,
				basis: 'relative',
				how: [{ rule: 'recent-years', base: context.published.year }]
			};
		case 'vague':
			return undefined;
		case 'open': {
			const from = value.since ? placeSince(value.from, context) : placeValue(value.from, context);
			return from && { ...from, end: 'open', how: [...from.how, { rule: 'open' }] };
		}
		case 'range':
			return placeRange(value, context);
		case 'week7': {
			const named = placeValue(value.day, context);
			if (!named || named.precision !== 'day' || named.end !== undefined || named.start.day === undefined)
				return named;
			const day = { year: named.start.year, month: named.start.month!, day: named.start.day };
			const offset = value.first ? 6 : -6;
			const how: DerivationStep[] = [
				...named.how,
				{ rule: 'counted-day', word: value.word, offset, quote: value.word, from: isoDay(day) }
			];
			const other = addDays(day, offset);
			return value.first
				? { ...named, start: day, end: other, how }
				: { ...named, start: other, end: day, how };
		}
	}
}

/**
 * `since March`: what began by publication, whatever year the sentence speaks of (`Next year the team will test corals
 * kept in tanks since March`) and however near a later such month is (`since December`, in November, is last year's).
 */
function placeSince(value: Temporal, context: Context): Placed | undefined {
	const placed = placeValue(value, context);
	const { published } = context;
	if (!placed || !published || value.type !== 'date' || value.year || value.month?.kind !== 'number')
		return placed;
	const month = value.month.value;
	const later = month > published.month || (month === published.month && (value.day ?? 1) > published.day);
	const offset = later ? -1 : 0;
	if (placed.start.year === published.year + offset) return placed;
	return placeValue({ ...value, year: { kind: 'published', offset, word: 'since' } }, context);
}

function lastOf(placed: Placed): Partial {
	return placed.end && placed.end !== 'open' ? placed.end : placed.start;
}

/** Stand-ins for the year an end takes from its range's start: they go without saying. */
const RANGE_START = '\u0000start';
const AFTER_START = '\u0000after';

function placeRange(value: Extract<Temporal, { type: 'range' }>, context: Context): Placed | undefined {
	// A period that looks ahead is the first not over by publication, judged by its end, as a month is (`将于12月15日发布
	// 1—11月数据`, in November, is this year's January to November, not next year's).
	if (context.ahead && context.published && value.from.type === 'date' && value.from.year === undefined) {
		const plain = placeRange(value, { ...context, ahead: undefined });
		if (plain && compare(lastOf(plain), coarsen(context.published, plain.precision)) >= 0) return plain;
	}
	const from = place(value.from, context);
	if (!from) return undefined;
	const first = from.start;
	// The end follows its start, not the sentence, the section or publication (`将于2027年3月1日至4月5日`); a
	// weekday's end looks ahead when its start does (`snow could fall from Saturday to Monday`).
	const inherited: Context = {
		...context,
		sentence: undefined,
		section: undefined,
		ahead: value.to.type === 'week' ? context.ahead : undefined,
		year: { value: first.year, quote: RANGE_START },
		...(first.month !== undefined ? { month: { year: first.year, month: first.month } } : {})
	};
	let to = place(value.to, inherited);
	if (!to) return undefined;
	// `12月28日至1月3日`: an end with no year of its own that falls before the start is in the next year.
	const endHasYear = value.to.type === 'date' && value.to.year !== undefined;
	if (!endHasYear && compare(lastOf(to), first) < 0) {
		to = place(value.to, {
			...inherited,
			year: { value: first.year + 1, quote: AFTER_START }
		});
		if (!to) return undefined;
	}
	const precision = RANK[from.precision] <= RANK[to.precision] ? from.precision : to.precision;
	const start = coarsen(first, precision);
	const end = coarsen(lastOf(to), precision);
	if (compare(end, start) < 0) return undefined;
	return {
		start,
		...(compare(end, start) > 0 ? { end } : {}),
		precision,
		approximate: from.approximate || to.approximate,
		basis: from.basis === 'relative' || to.basis === 'relative' ? 'relative' : 'explicit',
		// What the end took from the start goes without saying.
		how: [
			...from.how,
			...to.how.filter(
				(step) => !('quote' in step && (step.quote === RANGE_START || step.quote === AFTER_START))
			)
		]
	};
}

/** What a placed expression tells the next ones: its year and month. */
export function advance(context: Context, placed: Placed, quote: string, season?: boolean): Context {
	const last = placed.end === 'open' ? placed.start : lastOf(placed);
	// Keep naming the words that first stated the year, not a date that only repeated it.
	const same = context.year?.value === last.year;
	const stated = same ? context.year!.quote : quote;
	// Whether the year was counted from publication (`去年`), which a date told after it may read forward from.
	const relative = same ? context.year!.relative : placed.basis === 'relative';
	return {
		...context,
		closed: undefined,
		year: {
			value: last.year,
			quote: stated,
			...(relative ? { relative: true } : {}),
			...(season && placed.end !== undefined && placed.end !== 'open' ? { season: placed.start.year } : {})
		},
		...(last.month !== undefined ? { month: { year: last.year, month: last.month } } : { month: undefined })
	};
}

/** Whether the words state a year, as a number or relative to publication or the story (`去年`, `次年5月`). */
export function statesYear(value: Temporal): boolean {
	if (value.type === 'date' || value.type === 'holiday') return value.year !== undefined;
	if (value.type === 'range') return statesYear(value.from);
	// `Last season … in April`: the season's years are stated, relative to publication as `last year` is.
	return value.type === 'sportsSeason';
}

/** Several years (`2010年代`, `1958年至2023年`, `the mid-2010s`): no one year a date after it could be in. */
export function spansYears(placed: Placed): boolean {
	return (
		placed.precision === 'year' &&
		placed.end !== undefined &&
		placed.end !== 'open' &&
		placed.end.year !== placed.start.year
	);
}

/** Whether the words name a year or a month (`去年`, `2019年`, `今年5月`, `9月份`), not a day alone (`今天`). */
function namesYearOrMonth(value: Temporal): boolean {
	if (value.type === 'date') return value.year !== undefined || value.month !== undefined;
	if (value.type === 'holiday') return value.year !== undefined;
	if (value.type === 'range' || value.type === 'open') return namesYearOrMonth(value.from);
	return value.type === 'sportsSeason';
}

/**
 * What a placed expression tells the rest of its sentence: its year and month, relative words included, when
 * its words name them (`今天` says nothing of the year the next date of its sentence is in).
 */
export function advanceSentence(
	sentence: Context['sentence'],
	mention: Pick<Mention, 'value' | 'closes'>,
	placed: Placed,
	quote: string
): Context['sentence'] {
	if (!namesYearOrMonth(mention.value)) return sentence;
	const last = placed.end === 'open' ? placed.start : lastOf(placed);
	// `2024/25球季，他10月首秀，4月伤退`: a month that took its year from the season leaves the season to the next.
	const season =
		mention.value.type === 'sportsSeason' && placed.end !== undefined
			? placed.start.year
			: statesYear(mention.value)
				? undefined
				: sentence?.season;
	return {
		year: { value: last.year, quote, ...(placed.basis === 'relative' ? { relative: true } : {}) },
		...(last.month !== undefined ? { month: { year: last.year, month: last.month } } : {}),
		...(mention.closes ? { closes: true } : {}),
		...(season !== undefined ? { season } : {}),
		...(!statesYear(mention.value) ? { implied: true } : {})
	};
}

/**
 * The day `anchored` words count from: the last day stated, unless a weekday written beside them says otherwise
 * (`Two days later, on Wednesday` after a flashback to 9 September: the story's Monday, 24 November), then the
 * last day stated that the count brings to that weekday.
 */
function countedFrom(
	value: Extract<Temporal, { type: 'anchored' }>,
	days: readonly { day: Day; quote: string }[]
): { day: Day; quote: string } | undefined {
	const last = days.at(-1);
	if (value.weekday === undefined || value.week) return last;
	const lands = (from: Day) => weekday(addDays(from, value.offset)) === value.weekday;
	return days.findLast((stated) => lands(stated.day)) ?? last;
}

/** The day a single-day expression states, for `当天` and `次日` after it. */
export function statedDay(placed: Placed): Day | undefined {
	const { start, end, precision } = placed;
	if (precision !== 'day' || end !== undefined || start.month === undefined || start.day === undefined)
		return undefined;
	return { year: start.year, month: start.month, day: start.day };
}
