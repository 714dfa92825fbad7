import { describe, expect, it } from 'vitest';
import { sentenceAround, sentenceEnds } from './english/sentences';
import { REACH, sentenceIndex, sentenceStops, spansWithin } from './sentences';

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

describe('spansWithin', () => {
	const spans = [
		[0, 2],
		[5, 7],
		[10, 12]
	] as const;
	it('gives the spans that overlap a range, half-open at both ends', () => {
		expect(spansWithin(spans, 4, 11)).toEqual([spans[1], spans[2]]);
		expect(spansWithin(spans, 1, 6)).toEqual([spans[0], spans[1]]);
		expect(spansWithin(spans, 2, 5)).toEqual([]);
		expect(spansWithin(spans, 12, 40)).toEqual([]);
	});
});

describe('an English sentence around a position', () => {
	it('is found deep in a long paragraph as at its start, looking no further than REACH', () => {
		const sentence = 'The line opened on Nov. 19, 2014. ';
		const text = sentence.repeat(1000);
		const at = 500 * sentence.length + sentence.indexOf('2014');
		// From just after the full stop before it to just after its own.
		expect(sentenceAround(text, at)).toEqual([500 * sentence.length - 1, 501 * sentence.length - 1]);
		const unbroken = 'word '.repeat(1000);
		expect(sentenceAround(unbroken, 2500)).toEqual([2500 - REACH, 2500 + REACH]);
	});
});
