/**
 * A TimelineJS file as a Dataset, so that its users can bring their timelines here:
 * https://timeline.knightlab.com/docs/json-format.html (the older TimelineJS 2 shape is turned into this
 * one first, `timelinejs2.ts`). TimelineJS has no source article, so each slide becomes a paragraph of its
 * own, its text (or, without one, its title), which is the event's quote; the title slide gives the
 * article's title, lead and picture.
 *
 * Every shape the documentation allows is read: numbers as strings (from a spreadsheet), empty strings for
 * missing parts, a slide that is only a picture with a date, hours and minutes (kept as the day, the time
 * said with the date), `display_date`, groups and eras. A slide that cannot be read is left out and the rest
 * opens: each problem names the TimelineJS field (`events.3.start_date.year`), which is what its author
 * can fix, and the file is refused whole only when no slide can be read.
 */
import * as v from 'valibot';
import { isCalendarDay } from '$lib/model/days';
import { contentId, uniqueIds } from '$lib/model/id';
import { linkProblem, mediaUrlProblem } from '$lib/model/media';
import { cutText, hasUnshowable } from '$lib/model/text';
import type { Dataset, Era, Language, Media, Paragraph, Precision, TimelineEvent } from '$lib/model/schema';
import { validateDataset, validateWith } from '$lib/model/validate';
import type { Problem } from '$lib/model/consistency';
import { htmlToText } from './timelinejs';

/** Our ids; a unique_id of this form (in any case) is kept, so links to a slide still work here. */
const ID = /^[a-z0-9][a-z0-9-]*$/;

/** TimelineJS writes numbers, or numeric strings when the data came from a spreadsheet. */
const numeric = v.union(
	[
		v.pipe(v.number(), v.integer('must be a whole number')),
		v.pipe(v.string(), v.trim(), v.regex(/^-?\d+$/, 'must be a whole number'), v.transform(Number))
	],
	'must be a whole number'
);
/** A spreadsheet leaves an empty cell as `""`; some tools write `null`. */
const blank = v.union([v.literal(''), v.null()]);
const part = (min: number, max: number) =>
	v.optional(v.union([v.pipe(numeric, v.minValue(min), v.maxValue(max)), blank]));
/** Text, or a number a spreadsheet wrote for it (a headline that is a year). */
const words = v.optional(
	v.nullable(v.union([v.string(), v.pipe(v.number(), v.transform(String))], 'must be text'))
);

const TjsDate = v.object({
	year: numeric,
	month: part(1, 12),
	day: part(1, 31),
	hour: part(0, 23),
	minute: part(0, 59),
	second: part(0, 59),
	millisecond: v.optional(v.union([numeric, blank])),
	display_date: words
});
const TjsText = v.object({ headline: words, text: words });
const TjsMedia = v.object({
	url: words,
	caption: words,
	credit: words,
	alt: words,
	link: words,
	thumbnail: words
});
const TjsSlide = v.object({
	start_date: TjsDate,
	end_date: v.optional(v.nullable(TjsDate)),
	text: v.optional(v.nullable(TjsText))
});
const TjsEra = v.object({ start_date: TjsDate, end_date: TjsDate, text: v.optional(v.nullable(TjsText)) });
/** What must hold for anything to be read; each slide and era is then read on its own. */
const TimelineJsEnvelope = v.object({
	title: v.optional(v.unknown()),
	events: v.pipe(
		v.array(v.unknown(), 'must be a list of slides'),
		v.minLength(1, 'must hold at least one event')
	),
	eras: v.optional(v.array(v.unknown(), 'must be a list of eras'))
});

type TjsDateIn = v.InferOutput<typeof TjsDate>;
type Parts = { year: number; month?: number; day?: number };

/** A date's year, month and day, an empty part ending it; and its time of day, if it has a day. */
function partsOf(date: TjsDateIn): Parts & { time?: string } {
	const given = (n: number | '' | null | undefined) => (n === '' || n === null ? undefined : n);
	const month = given(date.month);
	const day = month === undefined ? undefined : given(date.day);
	const hour = day === undefined ? undefined : given(date.hour);
	const [minute = 0, second] = [given(date.minute), given(date.second)];
	const time =
		hour === undefined
			? undefined
			: [hour, minute, ...(second !== undefined ? [second] : [])].map((n) => pad(n)).join(':');
	return {
		year: date.year,
		...(month !== undefined ? { month } : {}),
		...(day !== undefined ? { day } : {}),
		...(time ? { time } : {})
	};
}

/** The schema checks each field alone (a day 1 to 31); the calendar decides whether the day exists. */
function dayProblem(path: string, parts: Parts): Problem | null {
	if (parts.day === undefined || isCalendarDay(parts.year, parts.month!, parts.day)) return null;
	return {
		path: `${path}.day`,
		message: `${parts.day} is not a day of ${pad(parts.year, 4)}-${pad(parts.month!)}`
	};
}

function yearProblem(path: string, parts: Parts): Problem | null {
	return parts.year < 0 || parts.year > 9999
		? { path: `${path}.year`, message: `${parts.year} is outside the years nianbiao draws (0 to 9999)` }
		: null;
}

function precisionOfParts(parts: Parts): Precision {
	return parts.day !== undefined ? 'day' : parts.month !== undefined ? 'month' : 'year';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function partsToIso(parts: Parts, precision: Precision = precisionOfParts(parts)): string {
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

/** A date with no year: how a spreadsheet's empty columns say "no end date". */
function blankDate(date: unknown): boolean {
	if (date === undefined || date === null) return true;
	const year = typeof date === 'object' ? (date as { year?: unknown }).year : date;
	return year === undefined || year === null || (typeof year === 'string' && !year.trim());
}

/**
 * TimelineJS files have `events` and no `paragraphs` or `article`, which our data sets have: a file that
 * meant to be one is read as one, so that what is wrong with it is said in its terms.
 */
export function isTimelineJs(json: unknown): boolean {
	if (typeof json !== 'object' || json === null || Array.isArray(json)) return false;
	return 'events' in json && !('paragraphs' in json) && !('article' in json);
}

export interface ImportOptions {
	/** The article's language; default: Traditional Chinese if the text has CJK characters, else English. */
	language?: Language;
	/** The address the file came from: a media address relative to it (`images/a.jpg`) is read against it. */
	base?: string;
}

/** What opened, with what was left out of it (each by its TimelineJS field); or why nothing could open. */
export type Imported = { ok: true; data: Dataset; leftOut: Problem[] } | { ok: false; problems: Problem[] };

/** Problems of `input` against `schema`, under `path`. */
function checked<S extends v.GenericSchema>(schema: S, input: unknown, path: string) {
	const result = validateWith(schema, input);
	if (result.ok) return result;
	const problems = result.problems.map((p) => ({
		path: path === '(root)' ? p.path : p.path === '(root)' ? path : `${path}.${p.path}`,
		message: p.message
	}));
	return { ok: false as const, problems };
}

/**
 * An embed code's address: TimelineJS takes `<iframe src="…">` as media, and nianbiao shows no HTML, but
 * the page it points to can be a link.
 */
function embedAddress(html: string): string | null {
	return /^\s*<iframe\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/i.exec(html)?.[1] ?? null;
}

/** A media address made absolute: against `base` (the file's address), or `https:` for `//host/…`. */
function absolute(url: string, base: string | undefined): string {
	if (/^data:/i.test(url)) return url;
	try {
		return new URL(url, base ?? (url.startsWith('//') ? 'https://host.invalid/' : undefined)).href;
	} catch {
		// Relative, with nothing to read it against: `mediaUrlProblem` says so.
		return url;
	}
}

/**
 * A TimelineJS media object as ours, or none; what cannot be shown is left out, named in `leftOut`. A
 * quote given as media (`<blockquote>…</blockquote>`, which TimelineJS shows in the picture's place) is
 * returned as text, with its caption and credit, for the slide's text.
 */
function readMedia(
	input: unknown,
	path: string,
	base: string | undefined,
	leftOut: Problem[]
): { media?: Media; quote?: string } {
	if (input === undefined || input === null) return {};
	const parsed = checked(TjsMedia, input, path);
	if (!parsed.ok) {
		leftOut.push(...parsed.problems);
		return {};
	}
	const { url: written, caption, credit, alt, link, thumbnail } = parsed.data;
	if (!written?.trim()) return {};
	let url = written.trim();
	if (/^<blockquote\b/i.test(url))
		return {
			quote: [url, caption, credit]
				.map((part) => htmlToText(part ?? ''))
				.filter(Boolean)
				.join(' — ')
		};
	if (url.startsWith('<')) {
		const embedded = embedAddress(url);
		if (!embedded) {
			leftOut.push({
				path: `${path}.url`,
				message:
					'is HTML (an embed code), which nianbiao never shows as HTML: give the address of a picture, video or page'
			});
			return {};
		}
		url = embedded;
	}
	url = absolute(url, base);
	const refused = mediaUrlProblem(url);
	if (refused) {
		leftOut.push({ path: `${path}.url`, message: refused });
		return {};
	}
	const text = (field: 'caption' | 'credit' | 'alt', value: string | null | undefined) => {
		const plain = htmlToText(value ?? '');
		return plain ? { [field]: plain } : {};
	};
	const address = (field: 'link' | 'thumbnail', value: string | null | undefined) => {
		if (!value?.trim()) return {};
		const resolved = absolute(value.trim(), base);
		const problem = field === 'link' ? linkProblem(resolved) : mediaUrlProblem(resolved);
		if (!problem) return { [field]: resolved };
		leftOut.push({ path: `${path}.${field}`, message: problem });
		return {};
	};
	return {
		media: {
			url,
			...text('caption', caption),
			...text('credit', credit),
			...text('alt', alt),
			...address('link', link),
			...address('thumbnail', thumbnail)
		}
	};
}

/** A short name of a picture, from its file's name, for a slide that has nothing else to be called by. */
function fileTitle(url: string): string {
	if (/^data:/i.test(url)) return '';
	const file = new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? '';
	try {
		return decodeURIComponent(file)
			.replace(/\.[a-z0-9]+$/i, '')
			.replace(/[_+]+/g, ' ')
			.trim();
	} catch {
		return file;
	}
}

/** An optional string field of a slide: text (tags dropped), or nothing when blank or not a string. */
function plainField(value: unknown): string {
	return typeof value === 'string' ? htmlToText(value) : '';
}

export function fromTimelineJs(input: unknown, options: ImportOptions = {}): Imported {
	const envelope = checked(TimelineJsEnvelope, input, '(root)');
	if (!envelope.ok) return envelope;
	const file = envelope.data;
	const leftOut: Problem[] = [];

	const titleSlide = (typeof file.title === 'object' && file.title !== null ? file.title : {}) as Record<
		string,
		unknown
	>;
	const titleText = checked(v.optional(v.nullable(TjsText)), titleSlide.text, 'title.text');
	if (!titleText.ok) leftOut.push(...titleText.problems);
	const heading = titleText.ok ? titleText.data : undefined;
	const titleWords = htmlToText(heading?.text ?? '');
	// A title text that is only an address names the source (our export writes an article's source there).
	const [lead, source] = /^https?:\/\/\S+$/.test(titleWords) ? ['', titleWords] : [titleWords, ''];
	const headline = htmlToText(heading?.headline ?? '') || cutText(lead, 60) || 'TimelineJS timeline';
	const { media: cover } = readMedia(titleSlide.media, 'title.media', options.base, leftOut);

	const paragraphs: Paragraph[] = [{ index: 0, kind: 'title', text: headline }];
	const events: TimelineEvent[] = [];
	// Which slide gave each id first, as the author wrote it: a repeat is the author's to fix, by name.
	const givenBy = new Map<string, { at: number; written: string }>();

	file.events.forEach((raw, at) => {
		const path = `events.${at}`;
		const given = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
		const slide = checked(
			TjsSlide,
			blankDate(given.end_date) ? { ...given, end_date: undefined } : raw,
			path
		);
		if (!slide.ok) return void leftOut.push(...slide.problems);
		const fields = given;
		const start = partsOf(slide.data.start_date);
		const endParts = slide.data.end_date ? partsOf(slide.data.end_date) : undefined;
		const unreal =
			yearProblem(`${path}.start_date`, start) ??
			dayProblem(`${path}.start_date`, start) ??
			(endParts && (yearProblem(`${path}.end_date`, endParts) ?? dayProblem(`${path}.end_date`, endParts)));
		if (unreal) return void leftOut.push(unreal);
		const precision = precisionOfParts(start);
		const startIso = partsToIso(start, precision);
		let end: string | undefined;
		if (endParts) {
			end = endAtPrecision(endParts, precision);
			if (end < startIso)
				return void leftOut.push({
					path: `${path}.end_date`,
					message: `${end} is before its start ${startIso}`
				});
			if (end === startIso) end = undefined;
		}
		for (const [key, date] of [
			['start_date', slide.data.start_date],
			['end_date', slide.data.end_date]
		] as const) {
			const hour = date?.hour;
			if (hour !== undefined && hour !== '' && hour !== null && !partsOf(date!).time)
				leftOut.push({
					path: `${path}.${key}.hour`,
					message: 'is a time of day of a date without a day: left out'
				});
			if (date?.millisecond)
				leftOut.push({
					path: `${path}.${key}.millisecond`,
					message: 'is finer than nianbiao keeps: left out'
				});
		}

		const { media, quote } = readMedia(fields.media, `${path}.media`, options.base, leftOut);
		const headlineText = htmlToText(slide.data.text?.headline ?? '');
		const body = [htmlToText(slide.data.text?.text ?? ''), quote].filter(Boolean).join(' ');
		const displayDate =
			plainField(fields.display_date) ||
			[slide.data.start_date.display_date, slide.data.end_date?.display_date]
				.map((date) => htmlToText(date ?? ''))
				.filter(Boolean)
				.join(' – ');
		// A slide may be only a picture with a date: it is called by what the picture says, else by its date.
		const title =
			headlineText ||
			cutText(body, 60) ||
			media?.caption ||
			media?.alt ||
			displayDate ||
			(media ? fileTitle(media.url) : '') ||
			startIso;
		const text = body || title;
		const group = plainField(fields.group);
		if (
			[title, text, group, displayDate, media?.caption, media?.credit, media?.alt].some(
				(t) => t && hasUnshowable(t)
			)
		)
			return void leftOut.push({
				path,
				message: 'holds a NUL character or half of a character (a lone surrogate)'
			});

		const written = typeof fields.unique_id === 'string' ? fields.unique_id : '';
		const unique = ID.test(written.toLowerCase()) ? written.toLowerCase() : null;
		const earlier = unique === null ? undefined : givenBy.get(unique);
		if (earlier)
			leftOut.push({
				path: `${path}.unique_id`,
				message: `"${written}" is the unique_id of events.${earlier.at} too${earlier.written === written ? '' : ` (written "${earlier.written}" there; ids are read in lowercase)`}: this slide was given an id of its own`
			});
		else if (unique !== null) givenBy.set(unique, { at, written });

		const paragraph = paragraphs.length;
		paragraphs.push({ index: paragraph, kind: 'body', text });
		const time = start.time;
		let endTime = endParts?.time;
		if (!end && time && endTime && endTime < time) {
			leftOut.push({
				path: `${path}.end_date.hour`,
				message: `${endTime} is before the start time ${time} on the same day: left out`
			});
			endTime = undefined;
		}
		events.push({
			id: unique !== null && !earlier ? unique : contentId('e', startIso, title, text),
			start: startIso,
			...(end ? { end } : {}),
			precision,
			basis: 'curated',
			derivation: [{ rule: 'timelinejs', date: startIso }],
			title,
			paragraph,
			span: [0, text.length],
			quote: text,
			...(time ? { time } : {}),
			...(endTime ? { endTime } : {}),
			...(displayDate ? { displayDate } : {}),
			...(group ? { group } : {}),
			...(media ? { media } : {})
		});
	});

	const eras: Era[] = [];
	file.eras?.forEach((raw, at) => {
		const path = `eras.${at}`;
		const era = checked(TjsEra, raw, path);
		if (!era.ok) return void leftOut.push(...era.problems);
		const [from, to] = [partsOf(era.data.start_date), partsOf(era.data.end_date)];
		const unreal =
			yearProblem(`${path}.start_date`, from) ??
			dayProblem(`${path}.start_date`, from) ??
			yearProblem(`${path}.end_date`, to) ??
			dayProblem(`${path}.end_date`, to);
		if (unreal) return void leftOut.push(unreal);
		const [start, end] = [partsToIso(from), partsToIso(to)];
		// Compared at the coarser precision: an era of 1990 to 1990-06 runs forward.
		const length = Math.min(start.length, end.length);
		if (end.slice(0, length) < start.slice(0, length))
			return void leftOut.push({ path: `${path}.end_date`, message: `${end} is before its start ${start}` });
		const title = htmlToText(era.data.text?.headline ?? '');
		eras.push({ start, end, ...(title ? { title } : {}) });
	});

	if (!events.length) return { ok: false, problems: leftOut };
	const text = paragraphs.map((p) => p.text).join('');
	const language = options.language ?? (/[\u3400-\u9fff]/.test(text) ? 'zh-Hant' : 'en');
	const result = validateDataset({
		article: {
			title: headline,
			language,
			...(source ? { source } : {}),
			...(lead ? { lead } : {}),
			...(cover ? { media: cover } : {})
		},
		paragraphs,
		events: uniqueIds(events),
		undated: [],
		...(eras.length ? { eras } : {})
	});
	return result.ok ? { ok: true, data: result.data, leftOut } : result;
}
