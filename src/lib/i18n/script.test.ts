import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js/t2cn';
import { yearEvent } from '$lib/model/fixture.test-helper';
import type { Dataset } from '$lib/model/schema';
import { validateDataset } from '$lib/model/validate';
import { convertDataset } from './script';

const text = '2015年,習近平主席在第二屆世界網際網路大會上提出理念。';
const seed: Dataset = {
	article: { title: '網路空間命運共同體', language: 'zh-Hant', published: '2025-11-11' },
	paragraphs: [
		{ index: 0, kind: 'title', text: '網路空間' },
		{ index: 1, kind: 'body', text }
	],
	events: [yearEvent('2015', { id: 'e-1', title: '世界網際網路大會', paragraph: 1 })],
	undated: [{ id: 'u-1', paragraph: 1, span: [15, 22], quote: '世界網際網路大', title: '世界網際網路大會' }]
};

describe('convertDataset', () => {
	it('writes the article, titles and quotes in Simplified with OpenCC, and stays valid', () => {
		const simplified = convertDataset(seed, OpenCC.Converter({ from: 'tw', to: 'cn' }), 'zh-Hans');
		expect(simplified.article).toMatchObject({ title: '网路空间命运共同体', language: 'zh-Hans' });
		expect(simplified.paragraphs[1]!.text).toBe('2015年,习近平主席在第二届世界网际网路大会上提出理念。');
		expect(simplified.events[0]).toMatchObject({ title: '世界网际网路大会', quote: '2015年', id: 'e-1' });
		expect(simplified.undated[0]).toMatchObject({ quote: '世界网际网路大', title: '世界网际网路大会' });
		expect(validateDataset(simplified).ok).toBe(true);
	});

	it('keeps every span on its words when the converter changes lengths', () => {
		// Doubles each 網, as a phrase table might turn one word into a longer one.
		const lengthening = (s: string) => s.replaceAll('網', '互聯');
		const converted = convertDataset(seed, lengthening, 'zh-Hans');
		expect(converted.undated[0]!.quote).toBe('世界互聯際互聯路大');
		expect(validateDataset(converted).ok).toBe(true);
	});

	it('keeps overlapping and arbitrary spans valid under any converter', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.nat(text.length - 1), fc.integer({ min: 1, max: 6 })), { maxLength: 6 }),
				fc.constantFrom(
					(s: string) => s,
					(s: string) => s.replaceAll('網', 'ab'),
					(s: string) => s.replaceAll('習近', '习')
				),
				(spans, convert) => {
					const undated = spans.map(([from, length], i) => {
						const span: [number, number] = [from, Math.min(text.length, from + length)];
						return { id: `u-${i}`, paragraph: 1, span, quote: text.slice(...span), title: 't' };
					});
					const converted = convertDataset({ ...seed, undated }, convert, 'zh-Hans');
					expect(validateDataset(converted)).toMatchObject({ ok: true });
				}
			)
		);
	});
});
