/**
 * The extraction pipeline: article text in, the model out. Pure: no DOM, no network, no clock.
 *
 * paragraphs → publication date → per paragraph, in reading order: date expressions (`recognize`), placed
 * in time with what came before (`resolve`) → editions dated from their ties (`editions`) → named things
 * left undated (`mentions`) → titles from each event's own clause (`titles`) → content-derived ids.
 */
import { bisector } from 'd3-array';
import { isIsoDay } from '../model/dates';
import type { Derivation, DerivationStep } from '../model/derivation';
import type { ArticleMeta, Dataset, Paragraph, TimelineEvent, Undated } from '../model/schema';
import { contentId, uniqueIds } from '../model/id';
import { isBaseline, isRecordSince } from './baselines';
import type { Day } from './calendar';
import { editionYear, findEditions, type Edition, type Tie } from './editions';
import { eventTitle } from './event-title';
import { fiscalYearStart } from './fiscal';
import { namesQuarter } from './quarters';
import { seasonsInCalendarYear } from './seasons';
import { recognizeEnglish } from './english/recognize';
import { sentenceEnds } from './english/sentences';
import { detectLanguage } from './language';
import { findNames } from './mentions';
import { normalize } from './normalize';
import { classifyParagraphs, paragraphStarts, splitParagraphs } from './paragraphs';
import { datelineDay, findDateLine, findDateline, findFooterDay } from './published';
import { recognizeNormalized } from './recognize';
import { noteBareDays, restatedDay, type StatedDays } from './restated-days';
import { advance, iso, place, statedDay, statesYear, type Context, type Placed } from './resolve';
import {
	afterPlaced,
	followsListed,
	isKindOfMonth,
	leavesStoryYear,
	looksAhead,
	noteStated,
	openSentence,
	PARAGRAPH_START,
	spansManyYears,
	waitsYears,
	type Period
} from './sentence-state';
import { sentenceIndex, sentenceStops } from './sentences';
import type { Mention, Temporal } from './temporal';

export interface ExtractOptions {
	/** What the meta file says; the text fills the rest. */
	meta?: ArticleMeta;
	/** Publication day `YYYY-MM-DD`, over the meta file's (the command line's `--published`). */
	published?: string;
}

function parseDay(text: string | undefined): Day | undefined {
	if (!isIsoDay(text)) return undefined;
	const [year, month, day] = text.split('-').map(Number);
	return { year: year!, month: month!, day: day! };
}

/** A date that looks ahead (`将在5月18日`) and took its year from publication, on or after it. */
function plannedNow(mention: Mention, placed: Placed, published: Day | undefined): boolean {
	return Boolean(
		mention.ahead && published && placed.basis !== 'explicit' && placed.start.year >= published.year
	);
}

/**
 * A year alone that lies ahead of publication (`明年將續推…`, `明(115)年將擴建`): the year of a plan, which its
 * own sentence is in; the paragraphs after it go on in the story's time (a year in review lists this year's
 * months after `明年將…`), so it does not become the story's year.
 */
function yearOfPlan(value: Temporal): boolean {
	return (
		value.type === 'date' &&
		value.year?.kind === 'published' &&
		value.year.offset > 0 &&
		value.month === undefined &&
		value.day === undefined &&
		value.part === undefined
	);
}

/**
 * A sports season other than the one under way (`上季`, `2023-24球季`, `Next season`): a report is told in the season
 * under way, and names others in passing (a career, a comparison); its own sentence is in that season, the
 * paragraphs after go on in the story's time (`布朗2023-24球季加盟。……10月18日揭幕戰` is this season's October).
 */
function otherSeason(value: Temporal): boolean {
	return value.type === 'sportsSeason' && (value.offset !== 0 || value.first !== undefined);
}

/** A date of a plan (`預計115年底完工`) that lies in a later year than publication's. */
function planAhead(mention: Mention, placed: Placed, published: Day | undefined): boolean {
	return Boolean(mention.ahead && published && placed.start.year > published.year);
}

/** Figures compared with the month or the year before (`比上月增长`, `环比`, `同比`): measured, so not ahead. */
const COMPARED = /比上[月年]|[较較]上[月年]|[环環]比|同比/;

/**
 * A month without a year, not looking ahead, may be one whose figures its sentence compares (`COMPARED`:
 * `11月……比上月增长4.2%` after a paragraph of plans for next year): one already measured, so when the story's year
 * would put it after publication, it is placed from publication (the nearest such month).
 */
function maybeMeasured(mention: Mention): boolean {
	const value = mention.value;
	return (
		value.type === 'date' && value.year === undefined && value.month?.kind === 'number' && !mention.ahead
	);
}

/** The text of the sentence numbered `index` (`sentenceIndex`), from the stops that end its sentences. */
const sentenceText = (normal: string, stops: readonly number[], index: number) =>
	normal.slice(stops[index - 1] ?? 0, stops[index] ?? normal.length);

/** Whether a placed date begins after the day given. */
const after = (placed: Placed, day: Day) => iso(placed.start, placed.precision) > iso(day, 'day');

/** Things a year has one of (`今年暑假`, `今年版本`, `明年预算`): a relative year before them only says which. */
const YEARLY_THING = /^(?:暑假|寒假|版本|预算)/;

/**
 * `2026年QS世界大学排名`, `2027年排名将于明年夏季发布`: an edition of a ranking named by a year (often the year after
 * it comes out) is a name, no time; not a place in one (`2019年排名第三`).
 */
const EDITION_OF_RANKING =
	/^ ?(?:[A-Za-z]{2,8} ?)?[^,，。；;\s]{0,6}?(?:排名|排行榜|榜单)(?![第前升降跌居]|上升|下降|提升)/;

const namesRanking = (value: Temporal, normal: string, at: number) =>
	value.type === 'date' &&
	value.year?.kind === 'number' &&
	value.month === undefined &&
	EDITION_OF_RANKING.test(normal.slice(at, at + 16));

function namesYearlyThing(value: Temporal, normal: string, at: number): boolean {
	return (
		value.type === 'date' &&
		value.year?.kind === 'published' &&
		value.month === undefined &&
		value.part === undefined &&
		YEARLY_THING.test(normal.slice(at, at + 3))
	);
}

const countedOn = (step: DerivationStep) => step.rule === 'counted-year' || step.rule === 'years-after';
const countsFromPublication = (step: DerivationStep) => 'published' in step || 'base' in step;

/**
 * The paragraph's words enter every id there (an id survives edits elsewhere), as a digest computed once
 * per paragraph: hashing the whole paragraph again for each of its events made ids the costliest step.
 */
const digests = new WeakMap<Paragraph, string>();

function digestOf(paragraph: Paragraph): string {
	let digest = digests.get(paragraph);
	if (digest === undefined) digests.set(paragraph, (digest = contentId('p', paragraph.text)));
	return digest;
}

function toEvent(
	paragraph: Paragraph,
	from: number,
	to: number,
	placed: Placed,
	derivation: Derivation,
	title: string
): TimelineEvent {
	const quote = paragraph.text.slice(from, to);
	const start = iso(placed.start, placed.precision);
	const end =
		placed.end === undefined ? undefined : placed.end === 'open' ? 'open' : iso(placed.end, placed.precision);
	return {
		id: contentId('e', start, end ?? '', quote, digestOf(paragraph)),
		start,
		...(end !== undefined ? { end } : {}),
		precision: placed.precision,
		...(placed.approximate ? { approximate: true } : {}),
		basis: placed.basis,
		derivation,
		title,
		paragraph: paragraph.index,
		span: [from, to],
		quote
	};
}

function toUndated(paragraph: Paragraph, from: number, to: number, title: string): Undated {
	const quote = paragraph.text.slice(from, to);
	return {
		id: contentId('u', quote, digestOf(paragraph)),
		paragraph: paragraph.index,
		span: [from, to],
		quote,
		title
	};
}

/** `【4月】…`, `5月 大飞机商飞…`: a month with no year opening a paragraph, set off as a heading. */
const HEADING_OPEN = /^\s*[[【〔]?\s*$/;
const HEADING_CLOSE = /^(?:\s|[\]】〕:|])/;

function headingMonth(normal: string, mention: Mention): number | undefined {
	const value = mention.value;
	if (mention.from > 3) return undefined;
	if (value.type !== 'date' || value.year || value.day !== undefined || value.part) return undefined;
	if (value.month?.kind !== 'number' || value.lunar) return undefined;
	if (!HEADING_OPEN.test(normal.slice(0, mention.from))) return undefined;
	return HEADING_CLOSE.test(normal.slice(mention.to, mention.to + 1)) ? value.month.value : undefined;
}

/**
 * The story's date is the headline's, with its year (`今年11月22日` under `11月22日`), or its days begin on it
 * (`将于3月7日、8日开唱` under `3月7日开唱`).
 */
const restatesAs = (other: TimelineEvent, event: TimelineEvent) =>
	other.end !== 'open' &&
	other.precision === event.precision &&
	other.start.slice(4) === event.start.slice(4);

/** `新制7月上路` over `自今年7月1日起實施`: the story states a day of the headline's month, or a day from which on. */
const restatesMonth = (other: TimelineEvent, event: TimelineEvent) =>
	event.precision === 'month' &&
	other.precision === 'day' &&
	(other.end === undefined || other.end === 'open') &&
	other.start.slice(4, 7) === event.start.slice(4);

/**
 * A headline shortens a date the story states with its year (`11月22日投票` over `今年11月22日（星期日）举行`): a
 * headline's day or month that publication placed takes the year of the story's date that restates it, when
 * the story's words hold the headline's. Replaced in place, with the id its new date gives.
 */
function restateHeadline(events: TimelineEvent[], paragraphs: Paragraph[]): void {
	events.forEach((event, i) => {
		if (paragraphs[event.paragraph]?.kind !== 'title' || event.end !== undefined) return;
		// `《长河》大年初一上映` over `定档2026年2月17日（大年初一）`: a festival's day moves with its year.
		const festival = event.derivation.some((step) => step.rule === 'nearest-holiday');
		if (!festival && !event.derivation.some((step) => step.rule === 'publication-year')) return;
		const story = events.find(
			(other) =>
				other.paragraph !== event.paragraph &&
				other.quote.includes(event.quote) &&
				other.start.slice(0, 4) !== event.start.slice(0, 4) &&
				(festival
					? other.end === undefined &&
						other.precision === event.precision &&
						other.derivation.some((step) => step.rule === 'explicit')
					: restatesAs(other, event) || restatesMonth(other, event))
		);
		if (!story) return;
		const year = Number(story.start.slice(0, 4));
		const start = festival ? story.start : `${year}${event.start.slice(4)}`;
		const paragraph = paragraphs[event.paragraph]!;
		events[i] = {
			...event,
			id: contentId('e', start, '', event.quote, digestOf(paragraph)),
			start,
			derivation: [
				{ rule: 'restated-year', year, quote: story.quote },
				...event.derivation.filter(
					(step) => step.rule !== 'publication-year' && step.rule !== 'nearest-holiday'
				)
			]
		};
	});
}

/**
 * Items with absolute `from`/`to`, handed out paragraph by paragraph as local spans (shifted in place): the
 * list at a paragraph's index, none where it has no item. An array, not a map: it is read for every paragraph.
 */
function byParagraph<T extends { from: number; to: number }>(
	items: T[],
	starts: number[]
): (T[] | undefined)[] {
	// Filled one by one, so that the engine keeps it a plain array however many paragraphs there are.
	const groups: (T[] | undefined)[] = [];
	for (let i = 0; i < starts.length; i++) groups.push(undefined);
	let paragraph = 0;
	for (const item of items) {
		while (paragraph + 1 < starts.length && starts[paragraph + 1]! <= item.from) paragraph++;
		const start = starts[paragraph]!;
		const list = (groups[paragraph] ??= []);
		// The items are fresh from the scanners: shifting them in place spares a copy of each.
		item.from -= start;
		item.to -= start;
		list.push(item);
	}
	return groups;
}

/** Items by a key, each group in the items' order. */
function groupBy<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
	const groups = new Map<K, T[]>();
	for (const item of items) {
		const key = keyOf(item);
		const group = groups.get(key);
		if (group) group.push(item);
		else groups.set(key, [item]);
	}
	return groups;
}

/** `the winter of 1951`, `2023年冬季`: a part of a year that runs into the next. */
const acrossNewYear = (value: Temporal) =>
	value.type === 'date' && value.month === undefined && value.part !== undefined && value.part.to > 12;

/** The days stated that `Two days later, on Wednesday` may count from: a story goes back a few days at most. */
const DAYS_KEPT = 8;

/** `context` with `stated` the last day stated. */
function withDay(context: Context, stated: { day: Day; quote: string }): Context {
	return { ...context, days: [...(context.days ?? []).slice(1 - DAYS_KEPT), stated] };
}

/**
 * Whether a caption's date repeats one of the text's: the same date, or one that lies in the one year, month or
 * day the caption states. A caption's range (`上世纪90年代`) is a time of its own, not a repeat of a year in it.
 * ISO dates compare as text, and `~` sorts after every digit, so `1978-08` lies before the end of `1978`; the
 * text's dates are sorted once, so that a text of many captions is still read in linear time.
 */
const byStart = bisector(([start]: readonly [string, string]) => start);

function repeatsText(events: TimelineEvent[]): (caption: TimelineEvent) => boolean {
	const same = new Set(events.map((event) => `${event.start}/${event.end ?? ''}`));
	const closed = events
		.filter((event) => event.end !== 'open')
		.map((event) => [event.start, event.end ?? event.start] as const)
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return (caption) => {
		if (same.has(`${caption.start}/${caption.end ?? ''}`)) return true;
		if (caption.end !== undefined) return false;
		const last = `${caption.start}~`;
		for (let i = byStart.left(closed, caption.start); i < closed.length && closed[i]![0] <= last; i++)
			if (closed[i]![1] <= last) return true;
		return false;
	};
}

export function extractArticle(source: string, options: ExtractOptions = {}): Dataset {
	const meta = options.meta ?? {};
	const paragraphs = classifyParagraphs(splitParagraphs(source));
	const starts = paragraphStarts(source);
	const normalSource = normalize(source);
	const titleParagraph = paragraphs.find((p) => p.kind === 'title') ?? paragraphs[0];
	const given = options.published ?? meta.published;
	const language = meta.language ?? detectLanguage(source);
	// Editions and named things are read by Chinese rules only, for now.
	const english = language === 'en';
	// The byline's date is when the article appeared, not an event of it.
	const dateLine = findDateLine(paragraphs, english);
	const published = parseDay(given) ?? dateLine?.day ?? (english ? undefined : findFooterDay(paragraphs));
	// A fiscal year the text states holds for the whole text (`财年自每年4月1日起`, then `第三财季`).
	const fiscalStart = fiscalYearStart(normalSource, english);
	const calendarSeasons = seasonsInCalendarYear(normalSource, english);
	const fresh = (day: Day | undefined): Context => ({
		...(day ? { published: day, ...(english ? { sameYear: true } : {}) } : {}),
		...(fiscalStart ? { fiscalStart } : {}),
		...(calendarSeasons ? { calendarSeasons } : {})
	});
	let context = fresh(published);
	/** The paragraph and sentence of the last day stated (the last of `context.days`). */
	let dayAt: { paragraph: number; sentence: number } | undefined;
	let period: Period | undefined;
	const mentions = byParagraph(
		english
			? recognizeEnglish(normalSource)
			: recognizeNormalized(normalSource, { republic: language !== 'zh-Hans' }),
		starts
	);
	const editions = byParagraph(english ? [] : findEditions(normalSource), starts);
	const names = byParagraph(english ? [] : findNames(normalSource), starts);
	const events: TimelineEvent[] = [];
	const undated: Undated[] = [];
	const ties = new Map<string, Tie[]>();
	const pendingEditions: (Edition & { paragraph: Paragraph })[] = [];
	// Every date of the paragraph, so that none of them opens another event's title.
	const spans = new Map<number, (readonly [number, number])[]>();
	const spansOf = (index: number) => {
		let list = spans.get(index);
		if (!list) spans.set(index, (list = (mentions[index] ?? []).map((m) => [m.from, m.to] as const)));
		return list;
	};
	const normalOf = (paragraph: Paragraph) =>
		normalSource.slice(starts[paragraph.index], starts[paragraph.index]! + paragraph.text.length);
	const lineOf = (paragraph: Paragraph) => ({
		text: paragraph.text,
		normal: normalOf(paragraph),
		dates: spansOf(paragraph.index)
	});
	const titleIn = (paragraph: Paragraph, from: number, to: number): string => {
		const before = paragraphs[paragraph.index - 1];
		return eventTitle(lineOf(paragraph), [from, to], language, before && lineOf(before));
	};

	// English sentences end at a full stop too, except after an abbreviation (`Nov. 19`).
	const stopsOf = english ? sentenceEnds : sentenceStops;
	const captionEvents: TimelineEvent[] = [];
	const statedDays: StatedDays = new Map();
	const firstBody = paragraphs.find((p) => p.kind === 'body')?.index;
	// Which day stood for publication once a dateline moved it, said before the steps that count from it.
	let filed: DerivationStep | undefined;

	for (const paragraph of paragraphs) {
		if (paragraph.index === dateLine?.paragraph) continue;
		// English news states a year again where it means another: a date without one keeps to its paragraph. The
		// last day stated goes on, for words that count from it (`the previous weekend`, `the following day`), and so
		// does the last year stated, for `the following year`.
		if (english) {
			const carried = context.year ?? context.carried;
			context = {
				...fresh(context.published),
				...(context.days ? { days: context.days } : {}),
				...(carried ? { carried } : {})
			};
		}
		const normal = normalOf(paragraph);
		// A caption's dates are kept only where the text states them nowhere else, and tell the text nothing.
		const caption = paragraph.kind === 'caption';
		// A headline's date is read again once the body has stated its year (`restated-year`): only the body's count here.
		const body = paragraph.kind === 'body';
		// The dateline (`新华社上海5月8日电`) is when the story was filed, not an event: its day is what
		// `今天` and `当天` count from.
		const dateline = paragraph.index === firstBody ? findDateline(normal) : undefined;
		// The dateline and its credit are words of no title: a title of the clause after them begins after them.
		if (dateline) {
			const [, end] = dateline.line;
			spans.set(paragraph.index, [[0, end], ...spansOf(paragraph.index).filter(([from]) => from >= end)]);
		}
		if (dateline && context.published) {
			const day = datelineDay(dateline, context.published);
			const quote = paragraph.text.slice(dateline.from, dateline.to);
			context = { ...withDay(context, { day, quote }), published: day };
			if (published && iso(day, 'day') !== iso(published, 'day'))
				filed = { rule: 'dateline', quote, date: iso(day, 'day') };
		}
		const found = mentions[paragraph.index];
		const editionsHere = editions[paragraph.index];
		const namesHere = names[paragraph.index];
		// Nothing dated or named here: the paragraph changes nothing, and its sentences need not be found.
		if (!found && !editionsHere && !namesHere) continue;
		// A caption or the headline stands outside the story: a date in it without a year is read from
		// publication, not from the year the paragraphs before it told of, and the year it states does not
		// become the story's (`将于2026年7月抵达` in a headline says nothing of the body's `5月29日`).
		const aside = caption || paragraph.kind === 'title';
		const story = context;
		if (aside) context = fresh(context.published);
		const stops = stopsOf(normal);
		const sentenceAt = sentenceIndex(stops);
		const dated: TimelineEvent[] = [];
		const openingOf = (at: number) => normal.slice(stops[sentenceAt(at) - 1] ?? 0, at);
		// What the sentence so far said, which its dates after are read by; where the last date ended, to tell
		// when a date opens a new sentence.
		let state = PARAGRAPH_START;
		let previousEnd: number | undefined;
		for (const mention of found ?? []) {
			if (dateline && mention.from < dateline.to && dateline.from < mention.to) continue;
			if (previousEnd === undefined || sentenceAt(previousEnd) !== sentenceAt(mention.from)) {
				if (
					context.year &&
					(leavesStoryYear(state, mention.value, english) ||
						(previousEnd !== undefined && waitsYears(normal.slice(previousEnd, mention.from), english)))
				)
					context = { ...context, year: undefined, month: undefined };
				state = openSentence(state, mention.value, openingOf(mention.from), { english, period });
			}
			previousEnd = mention.to;
			const quote = paragraph.text.slice(mention.from, mention.to);
			const heading = caption || english ? undefined : headingMonth(normal, mention);
			const section = context.section;
			const here: Context = {
				...context,
				...(state.sentence ? { sentence: state.sentence } : {}),
				...(looksAhead(state, mention, normal) ? { ahead: true } : {}),
				...(mention.told ? { told: true } : {}),
				...(mention.past ? { past: true } : {}),
				...(mention.again ? { again: true } : {}),
				...(mention.delayed ? { delayed: true } : {}),
				...(dayAt?.paragraph === paragraph.index ? { dayInParagraph: true } : {}),
				// A heading follows the one before it: sections of a review run forward through its year.
				...(heading !== undefined && section
					? {
							section: { ...section, year: section.year + (heading < section.month ? 1 : 0), month: heading }
						}
					: {})
			};
			let placed = isKindOfMonth(state, mention, normal, english) ? undefined : place(mention.value, here);
			if (
				placed &&
				context.published &&
				maybeMeasured(mention) &&
				after(placed, context.published) &&
				COMPARED.test(sentenceText(normal, stops, sentenceAt(mention.to)))
			)
				placed = place(mention.value, fresh(context.published));
			if (placed && followsListed(state, mention, placed, normal))
				placed = place(mention.value, { ...here, ahead: true });
			// `六月十一日` again after `由今日起至六月十一日止`: the day the text stated, not one in a year stated since.
			const restates = placed && !english && body && restatedDay(statedDays, mention.value, placed);
			if (restates)
				placed =
					place(mention.value, {
						...fresh(context.published),
						year: { value: restates.year, quote: restates.quote }
					}) ?? placed;
			// `比上月`, `与上月持平`, `去年同期`: a baseline the figures are compared with, not an event.
			if (!placed || isBaseline(normal, mention.from, mention.to)) {
				undated.push(
					toUndated(paragraph, mention.from, mention.to, titleIn(paragraph, mention.from, mention.to))
				);
				continue;
			}
			// `今年暑假則自6月30日開始`, `敲定今年版本`: the year names which summer holiday or edition, a thing of
			// that year whose own dates, if any, the text states; it gives its sentence the year, but is no event.
			if (namesRanking(mention.value, normal, mention.to)) continue;
			if (namesYearlyThing(mention.value, normal, mention.to)) {
				state = noteStated(state, mention, placed, quote);
				continue;
			}
			// `9年來再度有颱風在10月登陸`: a record over the years up to now is no event, though its years still make a
			// month after it a kind of month.
			if (isRecordSince(normal, mention.from, mention.to)) {
				state = afterPlaced(state, mention, placed, {
					published: context.published,
					english,
					normal,
					openingOf
				});
				continue;
			}
			if (mention.approximate) placed.approximate = true;
			if (body) noteBareDays(statedDays, mention.value, placed, quote);
			const derivation: Derivation = [
				...(filed && placed.how.some(countsFromPublication) ? [filed] : []),
				...(placed.how.length ? placed.how : [{ rule: 'as-written' } as const]),
				...(placed.approximate ? [{ rule: 'approximate' } as const] : [])
			];
			const event = toEvent(
				paragraph,
				mention.from,
				mention.to,
				placed,
				derivation,
				titleIn(paragraph, mention.from, mention.to)
			);
			if (caption) {
				captionEvents.push(event);
				continue;
			}
			dated.push(event);
			// `第三财季……本季度营收`: the quarter the text last named is the one it goes on about.
			const part = (mention.value.type === 'date' || mention.value.type === 'fiscal') && mention.value.part;
			const quarter = namesQuarter(mention.value);
			if (
				part &&
				(quarter || !part.approximate) &&
				placed.end &&
				placed.end !== 'open' &&
				placed.start.month
			) {
				const named = {
					start: { year: placed.start.year, month: placed.start.month },
					end: { year: placed.end.year, month: placed.end.month! },
					quote
				};
				// `2025年半年度报告。报告期内…`: the period a report covers is the part of a year the text last named.
				context = {
					...context,
					...(part.approximate ? {} : { reported: named }),
					...(quarter ? { quarter: named } : {})
				};
			}
			state = afterPlaced(state, mention, placed, {
				published: context.published,
				english,
				normal,
				openingOf
			});
			const manyYears = spansManyYears(mention, placed);
			// Only a year the text states, in figures or in words (`2014年`, `去年11月`, `同年12月`), or a section
			// heading moves the story's year (`11月19日` after it); a date that took its year from publication does
			// not. An open range (`2022年以来`, which runs to the present) and a span of years (`2010年代`) move
			// neither. English narrative goes on from a year it counted (`two years later`, then `the following year`).
			if (manyYears) {
				// The story has moved past the year it stated (`extended around 2000 … began to fall in the early
				// 2010s, according to a report published in October`): that year is no longer the one of a date after.
				const until = placed.end && placed.end !== 'open' ? placed.end.year : placed.start.year;
				if (context.year && context.year.value < until)
					context = { ...context, year: undefined, month: undefined };
			}
			// `今年以来` runs within the year of publication: that year is the story's, as if stated, and its
			// sentence's (`于2024年11月纳入目录，自今年1月1日起执行，上半年销售…`: this year's first half).
			if (placed.end === 'open' && placed.start.year === context.published?.year && !english) {
				context = advance(context, placed, quote);
				state = noteStated(state, mention, placed, quote);
			}
			if (placed.end === 'open' || manyYears) continue;
			// `2020年3月开工……线路昨日通过评估`: a day counted from publication brings the story back to its own
			// time, so the year stated before it is no longer the one of a date after (`元旦、春节假期期间`); so do a
			// weekday counted from publication (`2021年打进决赛。……本週六（13日）作客，12月27日回到主场`) and
			// a date of a plan placed from publication (`瓷器于1999年出水。……将在5月18日延长开放。5月1日至5日…`).
			if (
				(mention.value.type === 'day' ||
					(!english && (mention.value.type === 'week' || plannedNow(mention, placed, context.published)))) &&
				context.year &&
				context.year.value !== placed.start.year
			)
				context = { ...context, year: undefined, month: undefined };
			// `报名10月15日至28日，预报名今天开始，至27日结束`: a day counted from publication in the story's year leaves the
			// month stated before behind, so a day alone after it is in its month.
			else if (
				mention.value.type === 'day' &&
				context.month !== undefined &&
				context.month.month !== placed.start.month
			)
				context = { ...context, month: undefined };
			const stated =
				placed.basis === 'explicit' || statesYear(mention.value) || (english && placed.how.some(countedOn));
			// A date that closes a period (`持续至2026年3月31日`) bounds it: the story goes on in its own year.
			if (mention.aside) continue;
			if (
				((stated && !mention.closes) || heading !== undefined) &&
				!(!english && (yearOfPlan(mention.value) || planAhead(mention, placed, context.published))) &&
				!otherSeason(mention.value)
			)
				context = advance(
					context,
					placed,
					quote,
					mention.value.type === 'sportsSeason' || acrossNewYear(mention.value)
				);
			if (heading !== undefined)
				context = { ...context, section: { year: placed.start.year, month: heading, quote } };
			state = noteStated(state, mention, placed, quote);
			// The last span of days stated, the event a sentence `展览期间` speaks of.
			if (placed.precision === 'day' && placed.end && !caption)
				period = { end: { year: placed.end.year, month: placed.end.month! }, quote };
			const day = statedDay(placed);
			if (day) {
				context = withDay(context, { day, quote });
				dayAt = { paragraph: paragraph.index, sentence: sentenceAt(mention.from) };
			}
			// A year stated with no day in a sentence after a day's (`on Sunday … She first ran it in 2017`) leaves
			// that day behind: `a fortnight later` is then counted from the year. In the day's own sentence (`won on
			// Sunday, the first since 2013`) the year is an aside.
			else if (
				english &&
				stated &&
				placed.precision === 'year' &&
				!mention.closes &&
				(dayAt?.paragraph !== paragraph.index || dayAt.sentence !== sentenceAt(mention.from))
			)
				context = { ...context, days: undefined };
			if (day && stated && mention.closes) context = { ...context, closed: { day, quote } };
		}
		if (aside) context = story;
		const endingIn = groupBy(dated, (event) => sentenceAt(event.span[1]));
		const startingIn = groupBy(dated, (event) => sentenceAt(event.span[0]));
		const untied: Edition[] = [];
		for (const edition of editionsHere ?? []) {
			// The year a sentence states for an edition: before it (`2025年第十二届`) or after (`第十五届全运会于11月9日`).
			const tie =
				endingIn.get(sentenceAt(edition.from))?.findLast((event) => event.span[1] <= edition.from) ??
				startingIn.get(sentenceAt(edition.to))?.find((event) => event.span[0] >= edition.to);
			if (tie) {
				const list = ties.get(edition.series) ?? [];
				list.push({
					edition: edition.edition,
					year: Number(tie.start.slice(0, 4)),
					ordinal: edition.ordinal
				});
				ties.set(edition.series, list);
			} else untied.push(edition);
		}
		for (const name of namesHere ?? []) {
			if (startingIn.has(sentenceAt(name.from))) continue;
			if (untied.some((e) => name.from < e.to && e.from < name.to)) continue;
			undated.push(toUndated(paragraph, name.from, name.to, titleIn(paragraph, name.from, name.to)));
		}
		events.push(...dated);
		pendingEditions.push(...untied.map((edition) => ({ ...edition, paragraph })));
	}

	restateHeadline(events, paragraphs);

	// A caption that only repeats a date of the text adds nothing to the timeline, nor one that says less of
	// it (`on Skerra in 1978` under the text's `the summer of 1978`).
	const repeats = repeatsText(events);
	events.push(...captionEvents.filter((caption) => !repeats(caption)));

	for (const pending of pendingEditions) {
		const dated = editionYear(pending.edition, ties.get(pending.series) ?? []);
		if (!dated) {
			undated.push(
				toUndated(
					pending.paragraph,
					pending.from,
					pending.to,
					titleIn(pending.paragraph, pending.from, pending.to)
				)
			);
			continue;
		}
		const placed: Placed = {
			start: { year: dated.year },
			precision: 'year',
			approximate: false,
			basis: 'explicit',
			how: []
		};
		const derivation: Derivation = [
			{ rule: 'edition', ordinal: pending.ordinal, ties: dated.ties, every: dated.every }
		];
		events.push({
			...toEvent(
				pending.paragraph,
				pending.from,
				pending.to,
				placed,
				derivation,
				titleIn(pending.paragraph, pending.from, pending.to)
			),
			basis: 'edition'
		});
	}

	return {
		article: {
			title: meta.title ?? titleParagraph?.text.trim() ?? 'Untitled',
			language,
			...(published ? { published: iso(published, 'day') } : {}),
			...(meta.source ? { source: meta.source } : {})
		},
		paragraphs,
		events: uniqueIds(events.sort((a, b) => a.paragraph - b.paragraph || a.span[0] - b.span[0])),
		undated: uniqueIds(undated.sort((a, b) => a.paragraph - b.paragraph || a.span[0] - b.span[0]))
	};
}
