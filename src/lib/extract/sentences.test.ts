import { describe, expect, it } from 'vitest';
import { sentenceEnds } from './english/sentences';
import { sentenceIndex, sentenceStops } from './sentences';

describe('sentenceIndex', () => {
	const text = '2014年开幕。会上发布倡议;次年再开!';
	const sentenceAt = sentenceIndex(sentenceStops(text));
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
	it('numbers English sentences by where they stop, abbreviations aside', () => {
		const english = 'The line opened on Nov. 19, 2014. It closed in 2020.';
		const at = sentenceIndex(sentenceEnds(english));
		expect(at(english.indexOf('Nov.'))).toBe(at(english.indexOf('2014')));
		expect(at(english.indexOf('2020'))).toBe(at(english.indexOf('2014')) + 1);
	});
});
