/**
 * TimelineJS (Knight Lab) JSON, both ways: https://timeline.knightlab.com/docs/json-format.html
 * Out: our events as slides, so a TimelineJS user can take a nianbiao timeline into their tool.
 * In: a TimelineJS file as a Dataset, so they can bring theirs here. TimelineJS has no source article,
 * so each slide becomes a paragraph of its own (headline, then text) and its headline is the quote.
 * Problems name the TimelineJS field (`events.3.start_date.year`), which is what its author can fix.
 */
import * as v from 'valibot';
import { sentenceOf } from '$lib/extract/sentence-around';
import { WORDS } from '$lib/i18n/words';
import { isCalendarDay } from '$lib/model/days';
import { contentId, uniqueIds } from '$lib/model/id';
import { cutText } from '$lib/model/text';
import type { Dataset, Language, Paragraph, Precision, TimelineEvent } from '$lib/model/schema';
import { validateDataset, validateWith, type Validation } from '$lib/model/validate';
import type { Problem } from '$lib/model/consistency';
import { inTimeOrder } from '$lib/model/order';

/** Our ids; a unique_id of this form (in any case) is kept, so links to a slide still work here. */
const ID = /^[a-z0-9][a-z0-9-]*$/;

/** TimelineJS writes numbers, or numeric strings when the data came from a spreadsheet. */
const numeric = v.union([
	v.pipe(v.number(), v.integer('must be a whole number')),
	v.pipe(v.string(), v.trim(), v.regex(/^-?\d+$/, 'must be a whole number'), v.transform(Number))
]);
const TjsDate = v.object({
	year: numeric,
	month: v.optional(v.union([v.pipe(numeric, v.minValue(1), v.maxValue(12)), v.literal('')])),
	day: v.optional(v.union([v.pipe(numeric, v.minValue(1), v.maxValue(31)), v.literal('')]))
});
const TjsText = v.object({ headline: v.optional(v.string()), text: v.optional(v.string()) });
const TjsSlide = v.object({
	start_date: TjsDate,
	end_date: v.optional(TjsDate),
	text: v.optional(TjsText),
	unique_id: v.optional(v.string())
});
export const TimelineJsSchema = v.object({
	title: v.optional(v.object({ text: v.optional(TjsText) })),
	events: v.pipe(v.array(TjsSlide), v.minLength(1, 'must hold at least one event'))
});

export type TimelineJsDate = { year: number; month?: number; day?: number };
export interface TimelineJsSlide {
	start_date: TimelineJsDate;
	end_date?: TimelineJsDate;
	text: { headline: string; text: string };
	unique_id: string;
}
export interface TimelineJsFile {
	title: { text: { headline: string; text: string } };
	events: TimelineJsSlide[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** TimelineJS text fields are HTML; ours are plain text. Tags go, entities are read, space is tidied. */
export function htmlToText(html: string): string {
	return html
		.replace(/<(br|\/p|\/div|\/li)\b[^>]*>/gi, ' ')
		.replace(/<[^>]*>/g, '')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
			if (name[0] === '#') {
				const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
				if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return whole;
				// A surrogate's number names no character; HTML reads it as U+FFFD, as a browser shows it.
				return code >= 0xd800 && code <= 0xdfff ? '\ufffd' : String.fromCodePoint(code);
			}
			return ENTITIES[name.toLowerCase()] ?? whole;
		})
		.replace(/\s+/g, ' ')
		.trim();
}

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function isoToDate(iso: string): TimelineJsDate {
	const [year, month, day] = iso.split('-').map(Number);
	return { year: year!, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

export function toTimelineJs(data: Dataset): TimelineJsFile {
	return {
		title: {
			text: {
				headline: escapeHtml(data.article.title),
				text: data.article.source ? escapeHtml(data.article.source) : ''
			}
		},
		events: inTimeOrder(data.events).map((event) => {
			// An open range ("since 2014") has no end TimelineJS can draw: it runs to the day the article
			// was published, and the slide says that it goes on.
			const open = event.end === 'open';
			const end = open ? data.article.published : event.end;
			const paragraph = data.paragraphs[event.paragraph]?.text ?? event.quote;
			const sentence = sentenceOf(paragraph, event.span, data.article.language);
			return {
				start_date: isoToDate(event.start),
				...(end ? { end_date: isoToDate(end) } : {}),
				text: {
					headline: escapeHtml(event.title),
					text: [
						`<blockquote>${escapeHtml(sentence)}</blockquote>`,
						open ? `<p>${escapeHtml(WORDS[data.article.language].legendOpen)}</p>` : ''
					].join('')
				},
				unique_id: event.id
			};
		})
	};
}

type Parts = { year: number; month?: number; day?: number };

function partsOf(date: v.InferOutput<typeof TjsDate>): Parts {
	const month = date.month === '' ? undefined : date.month;
	const day = date.day === '' || month === undefined ? undefined : date.day;
	return {
		year: date.year,
		...(month !== undefined ? { month } : {}),
		...(day !== undefined ? { day } : {})
	};
}

/** The schema checks each field alone (a day 1 to 31); the calendar decides whether the day exists. */
function dayProblem(path: string, parts: Parts | undefined): Problem | null {
	if (parts?.day === undefined || isCalendarDay(parts.year, parts.month!, parts.day)) return null;
	return {
		path: `${path}.day`,
		message: `${parts.day} is not a day of ${pad(parts.year, 4)}-${pad(parts.month!)}`
	};
}

function precisionOfParts(parts: Parts): Precision {
	return parts.day !== undefined ? 'day' : parts.month !== undefined ? 'month' : 'year';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function partsToIso(parts: Parts, precision: Precision): string {
	const year = pad(parts.year, 4);
	if (precision === 'year') return year;
	if (precision === 'month') return `${year}-${pad(parts.month ?? 1)}`;
	return `${year}-${pad(parts.month ?? 1)}-${pad(parts.day ?? 1)}`;
}

/** Our ranges end at the start's precision; a coarser end reaches the last day or month of its period. */
function endAtPrecision(end: Parts, precision: Precision): string {
	if (precision === 'year') return partsToIso(end, 'year');
	const month = end.month ?? 12;
	if (precision === 'month') return partsToIso({ year: end.year, month }, 'month');
	const lastDay = new Date(Date.UTC(2000, month, 0)).getUTCDate();
	const day = end.day ?? (end.month === undefined ? 31 : lastDay);
	return partsToIso({ year: end.year, month, day }, 'day');
}

/** TimelineJS files have slides with `start_date`; our data sets have `paragraphs`. */
export function isTimelineJs(json: unknown): boolean {
	if (typeof json !== 'object' || json === null || 'paragraphs' in json) return false;
	const events = (json as { events?: unknown }).events;
	return (
		Array.isArray(events) &&
		events.some((slide) => typeof slide === 'object' && slide !== null && 'start_date' in slide)
	);
}

export interface ImportOptions {
	/** The article's language; default: Traditional Chinese if the text has CJK characters, else English. */
	language?: Language;
}

export function fromTimelineJs(input: unknown, options: ImportOptions = {}): Validation<Dataset> {
	const parsed = validateWith(TimelineJsSchema, input);
	if (!parsed.ok) return parsed;
	const file = parsed.data;
	const problems: Problem[] = [];
	const headline = htmlToText(file.title?.text?.headline ?? '') || 'TimelineJS timeline';
	const paragraphs: Paragraph[] = [{ index: 0, kind: 'title', text: headline }];
	const events: TimelineEvent[] = [];
	// Which slide gave each id first, as the author wrote it: a repeat is the author's to fix, by name.
	const givenBy = new Map<string, { at: number; written: string }>();

	file.events.forEach((slide, at) => {
		const title = htmlToText(slide.text?.headline ?? '');
		const body = htmlToText(slide.text?.text ?? '');
		const quote = title || cutText(body, 60);
		if (!quote) {
			problems.push({ path: `events.${at}.text`, message: 'has neither a headline nor text' });
			return;
		}
		const start = partsOf(slide.start_date);
		if (start.year < 0 || start.year > 9999) {
			problems.push({
				path: `events.${at}.start_date.year`,
				message: `${start.year} is outside the years nianbiao draws (0 to 9999)`
			});
			return;
		}
		const endParts = slide.end_date ? partsOf(slide.end_date) : undefined;
		const unreal =
			dayProblem(`events.${at}.start_date`, start) ?? dayProblem(`events.${at}.end_date`, endParts);
		if (unreal) {
			problems.push(unreal);
			return;
		}
		const precision = precisionOfParts(start);
		const startIso = partsToIso(start, precision);
		let end: string | undefined;
		if (endParts) {
			end = endAtPrecision(endParts, precision);
			if (end < startIso) {
				problems.push({ path: `events.${at}.end_date`, message: `${end} is before its start ${startIso}` });
				return;
			}
			if (end === startIso) end = undefined;
		}
		const paragraph = paragraphs.length;
		paragraphs.push({
			index: paragraph,
			kind: 'body',
			text: title && body ? `${title} ${body}` : title || body
		});
		const written = slide.unique_id ?? '';
		const unique = ID.test(written.toLowerCase()) ? written.toLowerCase() : null;
		const earlier = unique === null ? undefined : givenBy.get(unique);
		if (earlier) {
			problems.push({
				path: `events.${at}.unique_id`,
				message: `"${written}" is the unique_id of events.${earlier.at} too${earlier.written === written ? '' : ` (written "${earlier.written}" there; ids are read in lowercase)`}: give each slide its own`
			});
			return;
		}
		if (unique !== null) givenBy.set(unique, { at, written });
		events.push({
			id: unique ?? contentId('e', startIso, quote),
			start: startIso,
			...(end ? { end } : {}),
			precision,
			basis: 'curated',
			derivation: [{ rule: 'timelinejs', date: startIso }],
			title: quote,
			paragraph,
			span: [0, quote.length],
			quote
		});
	});
	if (problems.length) return { ok: false, problems };

	const text = paragraphs.map((p) => p.text).join('');
	const language = options.language ?? (/[\u3400-\u9fff]/.test(text) ? 'zh-Hant' : 'en');
	return validateDataset({
		article: { title: headline, language },
		paragraphs,
		events: uniqueIds(events),
		undated: []
	});
}
