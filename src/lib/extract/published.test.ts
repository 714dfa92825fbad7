import { describe, expect, it } from 'vitest';
import { classifyParagraphs } from './paragraphs';
import { findDateLine } from './published';

describe('findDateLine', () => {
	it('reads the publication date from a byline or date line', () => {
		const paragraphs = classifyParagraphs(['标题', '刊登日期 : 2023-12-28', '正文说今年。']);
		expect(findDateLine(paragraphs)).toEqual({ paragraph: 1, day: { year: 2023, month: 12, day: 28 } });
	});
	it('does not take a date in the body or a bare year for one', () => {
		expect(findDateLine(classifyParagraphs(['2024年回顾', '正文。']))).toBeUndefined();
		const body =
			'据报道,2023年12月28日,某地举行了一场长长的活动,参加的人很多,大家都说很好,这是一句很长的正文句子。';
		expect(findDateLine(classifyParagraphs(['标题', body]))).toBeUndefined();
	});
});
