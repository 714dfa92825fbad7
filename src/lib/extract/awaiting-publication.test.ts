import { describe, expect, it } from 'vitest';
import { awaitingPublication } from './awaiting-publication';
import { extractArticle } from './index';

const awaiting = (text: string, published?: string) => {
	const meta = published ? { published } : {};
	return awaitingPublication(text, meta, extractArticle(text, { meta }));
};

describe('date words that wait for a publication day', () => {
	it('are the relative ones, once each, in English and Chinese', () => {
		expect(
			awaiting(
				'The bridge reopened on 17 November 2025. A cycle lane will open next month, the council said last year. Next month the fare rises.'
			)
		).toEqual(['next month', 'last year']);
		expect(awaiting('市政府去年宣布，新館將於下個月開幕。1998年，舊館落成。')).toEqual(['去年', '下個月']);
	});

	it('are none when the day is known, given or stated in the text', () => {
		expect(awaiting('A cycle lane will open next month.', '2025-11-18')).toEqual([]);
		expect(awaiting('新华社上海5月8日电 2025年5月8日\n市政府去年宣布，新館將於下個月開幕。')).toEqual([]);
		expect(awaiting('The bridge reopened on 17 November 2025.')).toEqual([]);
	});
});
