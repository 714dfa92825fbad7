/**
 * Issue 12: on the stage the headline sits above the sentence its quote is in; a headline that says the
 * sentence again word for word wastes the room's attention. Checked on every article in `data/`.
 */
import { describe, expect, it } from 'vitest';
import { articleNames, loadArticle } from '$lib/server/articles';
import { inContext } from './sentence';

/** Punctuation and spaces aside, so a title that differs from its sentence by a full stop still counts. */
const words = (text: string) => text.replace(/[\s\p{P}]/gu, '');

describe('the stage headline', () => {
	it.each(articleNames())('of every event of data/%s.txt says less than its sentence', (name) => {
		const data = loadArticle(name, undefined, { warn: () => {} });
		for (const event of data.events) {
			const { before, quote, after } = inContext(
				data.paragraphs[event.paragraph]!.text,
				event.span,
				data.article.language
			);
			const sentence = words(before + quote + after);
			expect({ id: event.id, shorter: words(event.title).length < sentence.length }).toEqual({
				id: event.id,
				shorter: true
			});
		}
	});
});
