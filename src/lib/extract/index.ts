/**
 * The extraction pipeline: article text in, the model out. Pure: no DOM, no network, no clock.
 */
import type { ArticleMeta, Dataset, TimelineEvent } from '../model/schema';
import { contentId, uniqueIds } from '../model/id';
import { classifyParagraphs, splitParagraphs } from './paragraphs';

export interface ExtractOptions {
	/** What the meta file says; the text fills the rest. */
	meta?: ArticleMeta;
}

export function extractArticle(source: string, options: ExtractOptions = {}): Dataset {
	const meta = options.meta ?? {};
	const paragraphs = classifyParagraphs(splitParagraphs(source));
	const titleParagraph = paragraphs.find((p) => p.kind === 'title') ?? paragraphs[0];
	const events: TimelineEvent[] = [];
	for (const paragraph of paragraphs) {
		for (const match of paragraph.text.matchAll(/(?<!\d)(\d{4})年/g)) {
			const from = match.index;
			const quote = match[0];
			const year = match[1]!;
			events.push({
				id: contentId('e', year, quote, paragraph.text),
				start: year,
				precision: 'year',
				basis: 'explicit',
				derivation: `explicit year ${year}`,
				title: paragraph.text.slice(from, from + 24),
				paragraph: paragraph.index,
				span: [from, from + quote.length],
				quote
			});
		}
	}
	return {
		article: {
			title: meta.title ?? titleParagraph?.text.trim() ?? 'Untitled',
			language: meta.language ?? 'zh-Hant',
			...(meta.published ? { published: meta.published } : {}),
			...(meta.source ? { source: meta.source } : {})
		},
		paragraphs,
		events: uniqueIds(events),
		undated: []
	};
}
