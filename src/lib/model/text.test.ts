import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleText, cutText, firstInvalidUtf8, lineAndColumn, stripBom, textProblems } from './text';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('stripBom', () => {
	it('takes away one leading byte-order mark and nothing else', () => {
		expect(stripBom('\ufeff2014年')).toBe('2014年');
		expect(stripBom('\ufeff\ufeff年')).toBe('\ufeff年');
		expect(stripBom('年\ufeff')).toBe('年\ufeff');
	});
});

describe('textProblems', () => {
	it('finds nothing wrong in ordinary text, controls a page shows included', () => {
		expect(textProblems('標題\n2014年\v11月😀，\t完。')).toEqual([]);
	});
	it('refuses an article with no text', () => {
		for (const empty of ['', ' \n\t\r\n', '\u3000'])
			expect(textProblems(empty)).toEqual([
				expect.objectContaining({ message: expect.stringContaining('no text') })
			]);
	});
	it('names the line and column of a NUL and of a lone surrogate', () => {
		expect(textProblems('標題\n20\x0014年\ud83d。')).toEqual([
			{ path: 'line 2, column 3', message: expect.stringContaining('U+0000') },
			{ path: 'line 2, column 7', message: expect.stringContaining('U+D83D') }
		]);
		expect(textProblems('a\ude00')).toEqual([
			{ path: 'line 1, column 2', message: expect.stringContaining('U+DE00') }
		]);
	});
	it('lists five and counts the rest', () => {
		const problems = textProblems('x' + '\0'.repeat(8));
		expect(problems).toHaveLength(6);
		expect(problems[5]!.message).toContain('3 more');
	});
});

describe('cutText', () => {
	it('cuts before a character it would split, else where asked', () => {
		expect(cutText('ab😀c', 3)).toBe('ab');
		expect(cutText('ab😀c', 4)).toBe('ab😀');
		expect(cutText('abc', 2)).toBe('ab');
		expect(cutText('abc', 9)).toBe('abc');
	});
});

describe('lineAndColumn', () => {
	it('counts from 1, columns in code units', () => {
		expect(lineAndColumn('ab\ncd\r\nef', 0)).toEqual({ line: 1, column: 1 });
		expect(lineAndColumn('ab\ncd\r\nef', 4)).toEqual({ line: 2, column: 2 });
		expect(lineAndColumn('ab\ncd\r\nef', 7)).toEqual({ line: 3, column: 1 });
	});
});

describe('firstInvalidUtf8', () => {
	it('agrees with a strict decoder on any bytes', () => {
		const strict = new TextDecoder('utf-8', { fatal: true });
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 12 }), (input) => {
				let valid = true;
				try {
					strict.decode(input);
				} catch {
					valid = false;
				}
				expect(firstInvalidUtf8(input) === -1).toBe(valid);
			}),
			{ seed: 14, numRuns: 3000 }
		);
	});
	it('points at the first byte that is not UTF-8', () => {
		expect(firstInvalidUtf8(new TextEncoder().encode('年表'))).toBe(-1);
		expect(firstInvalidUtf8(bytes(0x61, 0xe5, 0xb9, 0xb4, 0xb0, 0xa1))).toBe(4); // GBK after UTF-8
		expect(firstInvalidUtf8(bytes(0xc0, 0x80))).toBe(0); // overlong NUL
		expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0); // an encoded surrogate
		expect(firstInvalidUtf8(bytes(0x61, 0xe5, 0xb9))).toBe(1); // cut short
	});
});

describe('articleText', () => {
	it('decodes UTF-8 and takes away the byte-order mark', () => {
		expect(articleText(bytes(0xef, 0xbb, 0xbf, 0xe5, 0xb9, 0xb4))).toEqual({ ok: true, text: '年' });
	});
	it('names the byte offset and line of the first byte that is not UTF-8, never a U+FFFD', () => {
		expect(articleText(bytes(0x61, 0x0a, 0x62, 0xb0, 0xa1))).toEqual({
			ok: false,
			problems: [{ path: 'byte 3 (line 2)', message: expect.stringContaining('0xB0 0xA1') }]
		});
	});
	it('refuses what textProblems refuses', () => {
		expect(articleText(bytes(0x61, 0x00))).toMatchObject({
			ok: false,
			problems: [{ path: 'line 1, column 2' }]
		});
	});
});
