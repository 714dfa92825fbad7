import { describe, expect, it } from 'vitest';
import { unitTest } from './units';

describe('unitTest', () => {
	it('answers as the pattern does for every code unit, asked twice (the second answer from the table)', () => {
		const pattern = /[\s，《\p{Script=Han}]/u;
		const test = unitTest(pattern);
		const wrong: number[] = [];
		for (let round = 0; round < 2; round++)
			for (let code = 0; code < 0x10000; code++)
				if (test(code) !== pattern.test(String.fromCharCode(code))) wrong.push(code);
		expect(wrong).toEqual([]);
	});

	it('matches nothing past the end of the text', () => {
		const test = unitTest(/[^a]/);
		expect(test('a'.charCodeAt(0))).toBe(false);
		expect(test('b'.charCodeAt(0))).toBe(true);
		expect(test(''.charCodeAt(0))).toBe(false);
	});
});
