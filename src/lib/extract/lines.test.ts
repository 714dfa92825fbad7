/**
 * `splitParagraphs` and `paragraphStarts` find lines by `indexOf`: the same lines and starts as splitting by
 * the pattern `\r\n|\n|\r`, on random text of line breaks, spaces and words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphStarts, splitParagraphs } from './paragraphs';

const PIECES = ['\r\n', '\n', '\r', ' ', '\u3000', '\t', 'a', '中', '\n\r', '。'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }).map((pieces) => pieces.join(''));

/** What the pattern gives: the non-blank lines, and where each starts. */
function byPattern(source: string): { lines: string[]; starts: number[] } {
	const lines: string[] = [];
	const starts: number[] = [];
	const line = /[^\r\n]*/gy;
	let at = 0;
	for (const piece of source.split(/\r\n|\n|\r/)) if (piece.trim() !== '') lines.push(piece);
	while (at <= source.length) {
		line.lastIndex = at;
		const found = line.exec(source)![0];
		if (found.trim() !== '') starts.push(at);
		at += found.length + (source.startsWith('\r\n', at + found.length) ? 2 : 1);
	}
	return { lines, starts };
}

describe('lines', () => {
	it('are those the pattern cuts, and start where it says', () => {
		fc.assert(
			fc.property(text, (source) => {
				expect({ lines: splitParagraphs(source), starts: paragraphStarts(source) }).toEqual(
					byPattern(source)
				);
			}),
			{ examples: [[''], ['\r\n'], ['a\r\r\nb\n'], ['\n\ra\r']] }
		);
	});
});
