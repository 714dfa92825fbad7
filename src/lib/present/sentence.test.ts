import { describe, expect, it } from 'vitest';
import { sentenceAround } from './sentence';

describe('the sentence around a quote', () => {
	const text = '十年過去了。在2025年第十二屆大會上,人們回顧過去!展望未來';

	it('runs from the previous sentence end to the next, keeping its own end mark', () => {
		const from = text.indexOf('2025年');
		expect(sentenceAround(text, [from, from + 5])).toEqual({
			before: '在',
			quote: '2025年',
			after: '第十二屆大會上,人們回顧過去!'
		});
	});

	it('stops at the edges of the paragraph', () => {
		expect(sentenceAround(text, [0, 2])).toEqual({ before: '', quote: '十年', after: '過去了。' });
		const last = text.indexOf('展望');
		expect(sentenceAround(text, [last, last + 2])).toEqual({ before: '', quote: '展望', after: '未來' });
	});
});
