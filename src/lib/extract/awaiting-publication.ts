/**
 * The date words a publication day would date (`last year`, `下個月`, `昨日`) in an article that has none:
 * the text is read again as if published on a stand-in day, and the words that become events only then
 * are listed, so that /new can ask for the day instead of leaving them silently undated.
 */
import type { ArticleMeta, Dataset } from '../model/schema';
import { extractArticle } from './index';

/** Any day serves: only which words it dates is used, never the dates. */
const STAND_IN = '2000-06-15';

export function awaitingPublication(text: string, meta: ArticleMeta, extracted: Dataset): string[] {
	if (extracted.article.published) return [];
	const dated = new Set(extracted.events.map((event) => `${event.paragraph}:${event.span[0]}`));
	const withDay = extractArticle(text, { meta: { ...meta, published: STAND_IN } });
	// Once each, as first written: `next month` and `Next month` are one word to ask about.
	const quotes = new Map<string, string>();
	for (const event of withDay.events)
		if (!dated.has(`${event.paragraph}:${event.span[0]}`) && !quotes.has(event.quote.toLowerCase()))
			quotes.set(event.quote.toLowerCase(), event.quote);
	return [...quotes.values()];
}
