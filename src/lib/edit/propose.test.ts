import { describe, expect, it } from 'vitest';
import { extractArticle } from '$lib/extract';
import type { Dataset } from '$lib/model/schema';
import { propose } from './propose';

const text = [
	'世界網際網路大會',
	'2014年11月19日，首屆世界網際網路大會在烏鎮開幕。19日晚，與會者參觀了烏鎮。',
	'烏鎮從此成為大會的永久會址。去年十月，大會又在烏鎮舉行。'
].join('\n');
const meta = { title: '世界網際網路大會', language: 'zh-Hant', published: '2025-11-11' } as const;
const extracted = extractArticle(text, { meta });
const words = (paragraph: number, quote: string) => {
	const from = extracted.paragraphs[paragraph]!.text.indexOf(quote);
	return { paragraph, span: [from, from + quote.length] as [number, number], quote };
};

describe('an event proposed from selected words', () => {
	it('takes the date the extractor read there, with the article around it', () => {
		expect(propose(words(1, '19日晚，與會者參觀了烏鎮'), extracted, extracted)).toMatchObject({
			date: { start: '2014-11-19', precision: 'day' },
			found: true
		});
	});

	it('takes the date the extractor reads in the words, when the event there was removed', () => {
		const shown: Dataset = { ...extracted, events: [] };
		const proposal = propose(words(2, '去年十月，大會又在烏鎮舉行'), shown, { ...extracted, events: [] });
		expect(proposal).toMatchObject({ date: { start: '2024-10', precision: 'month' }, found: true });
		expect(proposal.title).not.toContain('去年');
	});

	it('guesses from the event before words with no date, and says it guessed', () => {
		expect(propose(words(2, '烏鎮從此成為大會的永久會址'), extracted, extracted)).toEqual({
			date: { start: '2014-11-19', precision: 'day' },
			found: false,
			title: '烏鎮從此成為大會的永久會址'
		});
		const none: Dataset = { ...extracted, events: [] };
		expect(propose(words(2, '永久會址'), none, none).date).toEqual({ start: '2025-11-11', precision: 'day' });
		const unpublished: Dataset = { ...none, article: { ...none.article, published: undefined } };
		expect(propose(words(2, '永久會址'), unpublished, none).date).toBeNull();
	});
});
