import { describe, expect, it } from 'vitest';
import { inContext } from './sentence';

describe('the sentence around a quote', () => {
	const text = '十年過去了。在2025年第十二屆大會上,人們回顧過去!展望未來';

	it('runs from the previous sentence end to the next, keeping its own end mark', () => {
		const from = text.indexOf('2025年');
		expect(inContext(text, [from, from + 5], 'zh-Hant')).toEqual({
			before: '在',
			quote: '2025年',
			after: '第十二屆大會上,人們回顧過去!'
		});
	});

	it('ends an English sentence where English does, not at an abbreviation', () => {
		const english = 'It opened on Nov. 19, 2014 in Wuzhen. Dr. Li spoke on Nov. 20. Then it closed.';
		const from = english.indexOf('Nov. 20');
		expect(inContext(english, [from, from + 7], 'en')).toEqual({
			before: 'Dr. Li spoke on ',
			quote: 'Nov. 20',
			after: '.'
		});
	});

	it('stops at the edges of the paragraph', () => {
		expect(inContext(text, [0, 2], 'zh-Hant')).toEqual({ before: '', quote: '十年', after: '過去了。' });
		const last = text.indexOf('展望');
		expect(inContext(text, [last, last + 2], 'zh-Hant')).toEqual({
			before: '',
			quote: '展望',
			after: '未來'
		});
	});
});
