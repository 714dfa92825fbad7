/**
 * Scoring the extractor against hand-written gold (`fixtures/<name>.gold.json` in Chinese,
 * `english/fixtures/<name>.gold.json` in English, see fixtures/README.md): precision and recall of dated
 * events, where an event counts only when its quote, start, end and precision all match one gold event; words
 * no event may overlap; words that must be listed undated; the publication date, the language, which paragraphs
 * are captions, and a data set that passes validation. Node only (reads the fixtures directories): for tests
 * and `npm run score:fixtures`, never for the reader.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { ArticleMetaSchema, ISO_PARTIAL_DATE, LANGUAGES, PRECISIONS, type Dataset } from '../model/schema';
import { describeProblems, validateDataset, validateWith } from '../model/validate';
import { extractArticle } from './index';

const GoldEventSchema = v.strictObject({
	quote: v.pipe(v.string(), v.minLength(1)),
	start: v.pipe(v.string(), v.regex(ISO_PARTIAL_DATE, 'must be YYYY, YYYY-MM or YYYY-MM-DD')),
	end: v.optional(
		v.union([v.literal('open'), v.pipe(v.string(), v.regex(ISO_PARTIAL_DATE, 'must be a date or "open"'))])
	),
	precision: v.picklist(PRECISIONS)
});

const words = v.pipe(v.string(), v.minLength(1));

export const GoldSchema = v.strictObject({
	style: v.string(),
	/** Where the text is, from the repository root, when it is not `<name>.txt` beside the gold (`data/…`). */
	text: v.optional(words),
	published: v.nullable(v.pipe(v.string(), v.isoDate())),
	/** The language the extractor must tell the text is in, when no meta file says. */
	language: v.optional(v.picklist(LANGUAGES)),
	meta: v.optional(ArticleMetaSchema),
	captions: v.array(v.pipe(v.number(), v.integer(), v.minValue(0))),
	events: v.array(GoldEventSchema),
	notEvents: v.array(words),
	/** Words that must be listed as undated mentions (`Recently`, `近日`), and so never be events either. */
	undated: v.optional(v.array(words))
});

export type Gold = v.InferOutput<typeof GoldSchema>;
export type GoldEvent = v.InferOutput<typeof GoldEventSchema>;

export interface FixtureScore {
	name: string;
	/** Events found that match a gold event, one for one. */
	matched: number;
	found: number;
	expected: number;
	/** Gold events not found, and events found that no gold event matches. */
	missed: GoldEvent[];
	extra: GoldEvent[];
	/** `notEvents` and `undated` words an event overlaps, with that event's quote. */
	nonDates: string[];
	/** What is wrong besides events: the publication date, the language, the captions, undated words not
	 * listed, a data set that fails validation. */
	problems: string[];
}

const key = (event: GoldEvent) => [event.quote, event.start, event.end ?? '', event.precision].join('\u0000');

/** Every occurrence of `words` in the paragraphs, as paragraph and span. */
function occurrences(data: Dataset, words: string): [number, number, number][] {
	const found: [number, number, number][] = [];
	for (const paragraph of data.paragraphs) {
		for (let at = paragraph.text.indexOf(words); at >= 0; at = paragraph.text.indexOf(words, at + 1))
			found.push([paragraph.index, at, at + words.length]);
	}
	return found;
}

export function scoreFixture(name: string, data: Dataset, gold: Gold): FixtureScore {
	const remaining = new Map<string, GoldEvent[]>();
	for (const event of gold.events) remaining.set(key(event), [...(remaining.get(key(event)) ?? []), event]);
	const extra: GoldEvent[] = [];
	let matched = 0;
	for (const event of data.events) {
		const found: GoldEvent = {
			quote: event.quote,
			start: event.start,
			...(event.end !== undefined ? { end: event.end } : {}),
			precision: event.precision
		};
		const list = remaining.get(key(found));
		if (list?.length) {
			list.pop();
			matched++;
		} else extra.push(found);
	}
	const nonDates: string[] = [];
	for (const words of [...gold.notEvents, ...(gold.undated ?? [])]) {
		const places = occurrences(data, words);
		if (!places.length) nonDates.push(`${words} (not in the text: fix the gold file)`);
		for (const [paragraph, from, to] of places) {
			const event = data.events.find((e) => e.paragraph === paragraph && e.span[0] < to && from < e.span[1]);
			if (event) nonDates.push(`${words} (event ${event.quote} in paragraph ${paragraph})`);
		}
	}
	const problems: string[] = [];
	if ((data.article.published ?? null) !== gold.published)
		problems.push(`published ${data.article.published ?? 'none'}, gold ${gold.published ?? 'none'}`);
	if (gold.language && data.article.language !== gold.language)
		problems.push(`language ${data.article.language}, gold ${gold.language}`);
	const listed = new Set(data.undated.map((mention) => mention.quote));
	for (const words of gold.undated ?? [])
		if (!listed.has(words)) problems.push(`${words} not listed as undated`);
	const valid = validateDataset(data);
	if (!valid.ok) problems.push(describeProblems('the extracted data set', valid.problems));
	const captions = data.paragraphs.filter((p) => p.kind === 'caption').map((p) => p.index);
	if (captions.join() !== [...gold.captions].sort((a, b) => a - b).join())
		problems.push(`captions [${captions.join(', ')}], gold [${gold.captions.join(', ')}]`);
	return {
		name,
		matched,
		found: data.events.length,
		expected: gold.events.length,
		missed: [...remaining.values()].flat(),
		extra,
		nonDates,
		problems
	};
}

const ROOT = join(import.meta.dirname, '../../..');

/** The fixtures, Chinese and English, and the precision and recall each set must reach. */
export const FIXTURE_SETS = [
	{ name: 'Chinese', dir: join(import.meta.dirname, 'fixtures'), target: 0.95 },
	{ name: 'English', dir: join(import.meta.dirname, 'english', 'fixtures'), target: 0.9 }
];

/** Every fixture with a gold file, extracted and scored. A malformed gold file throws, naming the field. */
export function scoreFixtures(dir: string): FixtureScore[] {
	return readdirSync(dir)
		.filter((file) => file.endsWith('.gold.json'))
		.sort()
		.map((file) => {
			const name = file.slice(0, -'.gold.json'.length);
			const checked = validateWith(GoldSchema, JSON.parse(readFileSync(join(dir, file), 'utf8')));
			if (!checked.ok) throw new Error(describeProblems(join(dir, file), checked.problems));
			const text = readFileSync(
				checked.data.text ? join(ROOT, checked.data.text) : join(dir, `${name}.txt`),
				'utf8'
			);
			const data = extractArticle(text, checked.data.meta ? { meta: checked.data.meta } : {});
			return scoreFixture(name, data, checked.data);
		});
}

/** Precision and recall pooled over fixtures (every event weighs the same). */
export function pooled(scores: FixtureScore[]): { precision: number; recall: number } {
	const sum = (pick: (score: FixtureScore) => number) => scores.reduce((total, s) => total + pick(s), 0);
	const matched = sum((s) => s.matched);
	return {
		precision:
			matched /
			Math.max(
				1,
				sum((s) => s.found)
			),
		recall:
			matched /
			Math.max(
				1,
				sum((s) => s.expected)
			)
	};
}
