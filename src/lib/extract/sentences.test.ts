import { describe, expect, it } from 'vitest';
import { sentenceIndex } from './sentences';

describe('sentenceIndex', () => {
	const text = '2014年开幕。会上发布倡议;次年再开!';
	const sentenceAt = sentenceIndex(text);
	it('numbers positions by the end marks before them', () => {
		expect(sentenceAt(0)).toBe(0);
		expect(sentenceAt(text.indexOf('。'))).toBe(0);
		expect(sentenceAt(text.indexOf('会'))).toBe(1);
		expect(sentenceAt(text.indexOf('次'))).toBe(2);
		expect(sentenceAt(text.length)).toBe(3);
	});
	it('agrees with scanning the text between two positions for an end mark', () => {
		for (let a = 0; a <= text.length; a++)
			for (let b = a; b <= text.length; b++)
				expect(sentenceAt(a) === sentenceAt(b)).toBe(!/[。！？!?；;]/.test(text.slice(a, b)));
	});
});
