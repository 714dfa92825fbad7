import { describe, expect, it } from 'vitest';
import { readSource } from './source';

describe('the files of a built article, as they arrive', () => {
	it('are taken when they hold to their schemas', () => {
		const source = {
			text: '標題\n2014年大會。',
			meta: { language: 'zh-Hant' },
			curation: { drop: [{ event: 'e-1' }] }
		};
		expect(readSource(source)).toEqual(source);
		expect(readSource({ text: 'x', meta: {} })).toEqual({ text: 'x', meta: {} });
	});
	it('are refused, naming the field, when they do not', () => {
		expect(() => readSource({ text: 'x', meta: { language: 'fr' } })).toThrow(/source\.json: meta\.language/);
		expect(() => readSource({ text: 'x', meta: {}, curation: { redate: [{ event: 'e-1' }] } })).toThrow(
			/curation\.redate\.0/
		);
		expect(() => readSource({ text: '', meta: {} })).toThrow(/text/);
	});
});
