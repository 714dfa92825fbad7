/**
 * The publication date when no meta file or flag gives one: a byline or a short date line near the top
 * (`2025年11月11日 10:30 来源：新华网`, `发布时间：2025-11-11`, `Published March 14, 2025`), read by the
 * recognizer of the article's language. Only a full date counts; a bare year in a title is no publication date. And the dateline opening a report (`新华社上海5月8日电`, `WELLINGTON, Feb 14 —`),
 * which says on what day the story was filed: the day its `今天` and `昨天` count from.
 */
import type { Paragraph } from '../model/schema';
import { addMonths, isValidDay, toUtc, type Day } from './calendar';
import { MONTHS } from './english/patterns';
import { recognizeEnglish } from './english/recognize';
import { normalize } from './normalize';
import { recognize } from './recognize';

const HEAD_LINES = 4;
const SHORT = 80;

export interface DateLine {
	paragraph: number;
	day: Day;
}

const readEnglish = (text: string) => recognizeEnglish(normalize(text));

/**
 * A line in capitals (`EMBARGOED UNTIL 11 A.M. ET, TUESDAY, DEC. 9, 2025`, `FOR IMMEDIATE RELEASE`), as press
 * releases set their date lines, read as if its words were capitalized: the recognizer knows `Dec.`, not `DEC.`.
 */
const titleCased = (text: string) =>
	/\p{Ll}/u.test(text) ? text : text.toLowerCase().replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());

/** The words of an English date line besides its date, time, names and source (`Published`, `Updated 10:30 am`). */
const DATE_LINE_WORD =
	/^(?:published|updated|posted|last|first|on|at|by|and|am|pm|a\.m|p\.m|gmt|utc|bst|est|edt|pst|pdt|cet|min|mins|minute|minutes|read|the|of|in|staff|reporter|correspondent|[a-z]{3,9}day|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

/**
 * A short English paragraph that ends as a sentence and says something besides a date line's words
 * (`The bridge reopened on 17 November 2025.`) is the story's first sentence, not its date line.
 */
function tellsSomething(text: string): boolean {
	if (!/[.!?]["”’)]?\s*$/.test(text)) return false;
	const words = text.match(/\b[a-z][a-z.]*\b/g) ?? [];
	return words.filter((word) => !DATE_LINE_WORD.test(word.replace(/\.$/, ''))).length >= 2;
}

type Recognized = ReturnType<typeof recognize>[number];

/** A mention's day when it is a full solar date (`2025年11月11日`, `2025-11-11`), not a lunar one. */
function fullDay(mention: Recognized): Day | undefined {
	const value = mention.value;
	if (value.type !== 'date' || value.year?.kind !== 'number' || value.month?.kind !== 'number')
		return undefined;
	if (value.day === undefined || value.lunar) return undefined;
	const day = { year: value.year.value, month: value.month.value, day: value.day };
	return isValidDay(day) ? day : undefined;
}

/**
 * `截至二零二五年十二月三十一日止年度之全年業績公告`: a day after `截至` closes the period a title reports on, the
 * title of an announcement, not the day it was issued.
 */
const CLOSES_PERIOD = /截[至止]\s*$/;

export function findDateLine(paragraphs: Paragraph[], english = false): DateLine | undefined {
	if (paragraphs.length < 2) return undefined;
	for (const paragraph of paragraphs.slice(0, HEAD_LINES)) {
		if (paragraph.kind === 'body' && (paragraph.text.length > SHORT || /[。！？]/.test(paragraph.text)))
			continue;
		if (english && tellsSomething(paragraph.text)) continue;
		for (const mention of english ? readEnglish(titleCased(paragraph.text)) : recognize(paragraph.text)) {
			const day = fullDay(mention);
			if (day && !CLOSES_PERIOD.test(paragraph.text.slice(0, mention.from)))
				return { paragraph: paragraph.index, day };
		}
	}
	return undefined;
}

const FOOTER_LINES = 3;
/** `完`, `（完）`, `-完-`: the end mark of a press release, after which the day it was issued stands. */
const END_MARK = /^[\s(（\-—－~～]*完[\s)）\-—－~～]*$/;
/** `香港時間17時30分`, `17:30`: the hour a release was issued, on the line after its day. */
const ISSUE_TIME = /^\s*(?:\p{Script=Han}{1,4}(?:時間|时间))?\s*\d{1,2}[時时:：]\d{2}分?\s*$/u;

/** `香港，`: the place a listed company's announcement is signed at, before the day of its signature. */
export const SIGNED_AT = /^\p{Script=Han}{2,4}[，,]\s*/u;

/**
 * A government press release has no date line at its top: the day it was issued stands alone in its footer,
 * after the end mark `完` or over the hour of issue (Hong Kong's `完` / `2026年3月12日（星期四）` / `香港時間17時30分`),
 * or after the place it was signed at (an exchange announcement's `香港，二零二六年三月二十六日`, over the board's names).
 * The line stays an event of the text (the day the release states), as a notice's signature does.
 */
export function findFooterDay(paragraphs: Paragraph[]): Day | undefined {
	for (const paragraph of paragraphs.slice(-FOOTER_LINES)) {
		const text = paragraph.text.trim();
		if (text.length > SHORT / 2 || paragraph.index === 0) continue;
		const after = paragraphs[paragraph.index + 1]?.text ?? '';
		const place = SIGNED_AT.exec(text)?.[0].length ?? 0;
		if (!place && !END_MARK.test(paragraphs[paragraph.index - 1]!.text) && !ISSUE_TIME.test(after)) continue;
		const mentions = recognize(text);
		const day = mentions.length === 1 ? fullDay(mentions[0]!) : undefined;
		if (day && mentions[0]!.from === place && mentions[0]!.to === text.length) return day;
	}
	return undefined;
}

export interface Dateline {
	/** The span of its date in the paragraph. */
	from: number;
	to: number;
	month?: number;
	day: number;
	/**
	 * The whole line, with the reporters' credit in brackets after it (`本报江城12月27日电（记者 何晓雯）`): no
	 * title is made of it.
	 */
	line: [number, number];
}

/** The reporters' credit after a dateline, or the bracket that closes a dateline written inside one. */
const CREDIT_AFTER = /^\s?(?:[(（][^()（）]{0,40}[)）]|[)）])/;

function lineOf(normal: string, end: number): [number, number] {
	return [0, end + (CREDIT_AFTER.exec(normal.slice(end, end + 44))?.[0].length ?? 0)];
}

/**
 * `新华社上海5月8日电`, `本报北京11月9日电（记者…）`, `（中央社记者XX台北12日电）`: at the start of a paragraph,
 * before any punctuation, a date followed by `电` or `讯`. Reads normalized text.
 */
const DATELINE =
	/^[\s([【〔]*[^。！？!?，,；;：:()]{0,30}?(?<date>(?:(?<month>1[0-2]|0?[1-9])月)?(?<day>[12]\d|3[01]|0?[1-9])日)(?:电|讯)(?![子视脑器话力网影池])/d;

/** `WELLINGTON, Feb 14 —`, `LAGOS, Nigeria, March 3 (Reuters) -`: a place in capitals, a month and day, a dash. */
const ENGLISH_DATELINE = new RegExp(
	`^\\s*[A-Z][A-Z.'’ -]{1,40}(?:, [A-Z][A-Za-z.]+)*, (?<date>(?<name>${Object.keys(MONTHS)
		.map((name) => name[0]!.toUpperCase() + name.slice(1))
		.join('|')})\\.? (?<day>[12]\\d|3[01]|0?[1-9]))(?: \\([^()]{1,30}\\))? ?[—–-]`,
	'd'
);

export function findDateline(normal: string): Dateline | undefined {
	const match = DATELINE.exec(normal);
	if (match) {
		const [from, to] = match.indices!.groups!.date!;
		const { month, day } = match.groups!;
		return {
			from,
			to,
			...(month ? { month: Number(month) } : {}),
			day: Number(day),
			line: lineOf(normal, match[0].length)
		};
	}
	const english = ENGLISH_DATELINE.exec(normal);
	if (!english) return undefined;
	const [from, to] = english.indices!.groups!.date!;
	const { name, day } = english.groups!;
	return {
		from,
		to,
		month: MONTHS[name!.toLowerCase()]!,
		day: Number(day),
		line: [0, english[0].length]
	};
}

/** The dateline's day: the nearest on or before publication (a story is filed, then published). */
export function datelineDay(line: Pick<Dateline, 'month' | 'day'>, published: Day): Day {
	const filed = [0, -1, -2]
		.map((offset) => addMonths(published.year, published.month, offset))
		.map(({ year, month }) => ({ year, month, day: line.day }))
		.find(
			(day) =>
				(line.month === undefined || day.month === line.month) &&
				isValidDay(day) &&
				toUtc(day).getTime() <= toUtc(published).getTime()
		);
	return filed ?? published;
}
