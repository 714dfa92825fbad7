/**
 * The extraction pipeline: article text in, the model out. Pure: no DOM, no network, no clock.
 *
 * paragraphs → publication date → per paragraph, in reading order: date expressions (`recognize`), placed
 * in time with what came before (`resolve`) → editions dated from their ties (`editions`) → named things
 * left undated (`mentions`) → titles from each event's own clause (`titles`) → content-derived ids.
 */
import { isIsoDay } from '../model/days';
import type { ArticleMeta, Dataset, Paragraph, TimelineEvent, Undated } from '../model/schema';
import { contentId, uniqueIds } from '../model/id';
import type { Day } from './calendar';
import { editionYear, findEditions, type Edition, type Tie } from './editions';
import { findNames } from './mentions';
import { normalize, traditionalShare } from './normalize';
import { classifyParagraphs, paragraphStarts, splitParagraphs } from './paragraphs';
import { findDateLine } from './published';
import { recognizeNormalized } from './recognize';
import { advance, iso, place, type Context, type Placed } from './resolve';
import { sentenceIndex } from './sentences';
import { titleAround } from './titles';

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

const COMPARED = /^ ?同期/;

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
	derivation: string
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
		title: titleAround(paragraph.text, from, to),
		paragraph: paragraph.index,
		span: [from, to],
		quote
	};
}

function toUndated(paragraph: Paragraph, from: number, to: number): Undated {
	const quote = paragraph.text.slice(from, to);
	return {
		id: contentId('u', quote, digestOf(paragraph)),
		paragraph: paragraph.index,
		span: [from, to],
		quote,
		title: titleAround(paragraph.text, from, to)
	};
}

/** Items with absolute `from`/`to`, handed out paragraph by paragraph as local spans (shifted in place). */
function byParagraph<T extends { from: number; to: number }>(items: T[], starts: number[]): Map<number, T[]> {
	const groups = new Map<number, T[]>();
	let paragraph = 0;
	for (const item of items) {
		while (paragraph + 1 < starts.length && starts[paragraph + 1]! <= item.from) paragraph++;
		const start = starts[paragraph]!;
		let list = groups.get(paragraph);
		if (!list) groups.set(paragraph, (list = []));
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

export function extractArticle(source: string, options: ExtractOptions = {}): Dataset {
	const meta = options.meta ?? {};
	const paragraphs = classifyParagraphs(splitParagraphs(source));
	const starts = paragraphStarts(source);
	const normalSource = normalize(source);
	const titleParagraph = paragraphs.find((p) => p.kind === 'title') ?? paragraphs[0];
	const given = options.published ?? meta.published;
	// The byline's date is when the article appeared, not an event of it.
	const dateLine = findDateLine(paragraphs);
	const published = parseDay(given) ?? dateLine?.day;
	let context: Context = published ? { published } : {};

	const mentions = byParagraph(recognizeNormalized(normalSource), starts);
	const editions = byParagraph(findEditions(normalSource), starts);
	const names = byParagraph(findNames(normalSource), starts);
	const events: TimelineEvent[] = [];
	const undated: Undated[] = [];
	const ties = new Map<string, Tie[]>();
	const pendingEditions: (Edition & { paragraph: Paragraph })[] = [];

	for (const paragraph of paragraphs) {
		if (paragraph.index === dateLine?.paragraph) continue;
		const normal = normalSource.slice(
			starts[paragraph.index],
			starts[paragraph.index]! + paragraph.text.length
		);
		const dated: TimelineEvent[] = [];
		for (const mention of mentions.get(paragraph.index) ?? []) {
			const quote = paragraph.text.slice(mention.from, mention.to);
			const placed = place(mention.value, context);
			// `比去年同期`: a baseline the figures are compared with, not an event.
			if (!placed || COMPARED.test(normal.slice(mention.to, mention.to + 3))) {
				undated.push(toUndated(paragraph, mention.from, mention.to));
				continue;
			}
			if (mention.approximate) placed.approximate = true;
			const how = placed.how || `${quote} as written`;
			const derivation = placed.approximate ? `${how} (approximate)` : how;
			dated.push(toEvent(paragraph, mention.from, mention.to, placed, derivation));
			// Only a year the text states moves the story's year (`11月19日` after `2014年`); a relative word
			// (`去年同期`) or an open range (`2022年以来`, which runs to the present) does not.
			if (placed.basis === 'explicit' && placed.end !== 'open') context = advance(context, placed, quote);
		}
		const sentenceAt = sentenceIndex(normal);
		const endingIn = groupBy(dated, (event) => sentenceAt(event.span[1]));
		const startingIn = groupBy(dated, (event) => sentenceAt(event.span[0]));
		const untied: Edition[] = [];
		for (const edition of editions.get(paragraph.index) ?? []) {
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
		for (const name of names.get(paragraph.index) ?? []) {
			if (startingIn.has(sentenceAt(name.from))) continue;
			if (untied.some((e) => name.from < e.to && e.from < name.to)) continue;
			undated.push(toUndated(paragraph, name.from, name.to));
		}
		events.push(...dated);
		pendingEditions.push(...untied.map((edition) => ({ ...edition, paragraph })));
	}

	for (const pending of pendingEditions) {
		const dated = editionYear(pending.edition, ties.get(pending.series) ?? []);
		if (!dated) {
			undated.push(toUndated(pending.paragraph, pending.from, pending.to));
			continue;
		}
		const placed: Placed = {
			start: { year: dated.year },
			precision: 'year',
			approximate: false,
			basis: 'explicit',
			how: ''
		};
		events.push({
			...toEvent(pending.paragraph, pending.from, pending.to, placed, `${pending.ordinal} ${dated.how}`),
			basis: 'edition'
		});
	}

	return {
		article: {
			title: meta.title ?? titleParagraph?.text.trim() ?? 'Untitled',
			language: meta.language ?? (traditionalShare(source) > 0.5 ? 'zh-Hant' : 'zh-Hans'),
			...(published ? { published: iso(published, 'day') } : {}),
			...(meta.source ? { source: meta.source } : {})
		},
		paragraphs,
		events: uniqueIds(events.sort((a, b) => a.paragraph - b.paragraph || a.span[0] - b.span[0])),
		undated: uniqueIds(undated.sort((a, b) => a.paragraph - b.paragraph || a.span[0] - b.span[0]))
	};
}
