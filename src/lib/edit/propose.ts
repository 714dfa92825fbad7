/**
 * What an event added from selected words starts as. Its date is the words' own when they hold one: a date
 * the extractor read in that place of the text (with the whole article around it, so `19日` knows its month),
 * else what the extractor reads in the words alone. Words with no date take the date of the event before
 * them in the text, or the publication date, and say so (`found: false`) so that the card asks for one.
 * The title is the extractor's for those words, else the words themselves.
 */
import { extractArticle } from '$lib/extract';
import type { CuratedDate, CuratedWords } from '$lib/model/curation';
import type { Dataset, TimelineEvent } from '$lib/model/schema';
import { cleanDate } from './operations';

export interface Proposal {
	date: CuratedDate | null;
	/** Whether the date is the words' own, rather than a guess from around them. */
	found: boolean;
	title: string;
}

/** A title made of the words themselves: one line, and short enough for a timeline label. */
const MAX_TITLE = 40;
const titleOf = (quote: string) => {
	const line = quote.replace(/\s+/g, ' ').trim();
	return line.length > MAX_TITLE ? `${line.slice(0, MAX_TITLE - 1)}…` : line;
};

const overlaps = (event: TimelineEvent, words: CuratedWords) =>
	event.paragraph === words.paragraph && event.span[0] < words.span[1] && words.span[0] < event.span[1];

const before = (event: TimelineEvent, words: CuratedWords) =>
	event.paragraph < words.paragraph || (event.paragraph === words.paragraph && event.span[0] < words.span[0]);

export function propose(words: CuratedWords, shown: Dataset, extracted: Dataset): Proposal {
	const { article } = shown;
	const own = extractArticle(words.quote, {
		meta: {
			title: article.title,
			language: article.language,
			...(article.published ? { published: article.published } : {})
		}
	}).events[0];
	const title = own ? own.title : titleOf(words.quote);
	const inPlace = [...shown.events, ...extracted.events].find((event) => overlaps(event, words));
	if (inPlace) return { date: cleanDate(inPlace), found: true, title };
	if (own) return { date: cleanDate(own), found: true, title };
	const previous = shown.events.filter((event) => before(event, words)).at(-1);
	if (previous)
		return { date: cleanDate({ start: previous.start, precision: previous.precision }), found: false, title };
	if (article.published) return { date: { start: article.published, precision: 'day' }, found: false, title };
	const any = shown.events[0];
	return { date: any ? { start: any.start, precision: any.precision } : null, found: false, title };
}
