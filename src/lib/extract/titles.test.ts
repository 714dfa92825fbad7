import { describe, expect, it } from 'vitest';
import { titleAround } from './titles';

function title(text: string, quote: string) {
	const from = text.indexOf(quote);
	return titleAround(text, from, from + quote.length);
}

describe('titleAround', () => {
	it('takes the clause the date stands in', () => {
		expect(
			title('首先,中國支持聯合國。自2014年以來,中國已連續舉辦十二屆烏鎮峰會,並於2022年推動升級。', '2022年')
		).toBe('於2022年推動升級');
	});
	it('takes the next clause when the date clause says nothing else', () => {
		expect(title('2015年,習近平主席提出了構建網路空間命運共同體理念。', '2015年')).toBe(
			'2015年,習近平主席提出了構建網路空間命運共同體理念'
		);
	});
	it('drops connectives that open the clause', () => {
		expect(title('同时,2024年春节期间各地举办庙会活动。', '2024年春节')).toBe(
			'2024年春节期间各地举办庙会活动'
		);
	});
	it('never cuts a character in two', () => {
		// Issue 14: half an emoji at the cut is a lone surrogate, which a page shows as U+FFFD.
		const text = `2014年${'大'.repeat(34)}😀😀😀😀会议举行。`;
		expect(title(text, '2014年')).toBe(`2014年${'大'.repeat(34)}…`);
	});
	it('cuts a long clause with an ellipsis, never inventing words', () => {
		const text = `今年发布的${'很长的报告名称'.repeat(10)}体现了成果。`;
		const result = title(text, '今年');
		expect(result.endsWith('…')).toBe(true);
		expect(text.includes(result.slice(0, -1))).toBe(true);
	});
});
