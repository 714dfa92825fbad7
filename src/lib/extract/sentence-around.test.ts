import { describe, expect, it } from 'vitest';
import { sentenceOf } from './sentence-around';

describe('sentenceOf', () => {
	it('takes the Chinese sentence around the words, with its closing quote', () => {
		const text = '首屆大會於2014年召開。他說：「2015年提出理念。」此後逐年舉辦！';
		const at = text.indexOf('2015年');
		expect(sentenceOf(text, [at, at + 5], 'zh-Hant')).toBe('他說：「2015年提出理念。」');
		expect(sentenceOf(text, [5, 10], 'zh-Hant')).toBe('首屆大會於2014年召開。');
		const last = text.indexOf('此後');
		expect(sentenceOf(text, [last, last + 2], 'zh-Hant')).toBe('此後逐年舉辦！');
	});

	it('takes the English sentence, reading abbreviations as no end', () => {
		const text = 'It opened on Nov. 19, 2014. The body was upgraded in 2022. It met again.';
		const at = text.indexOf('2022');
		expect(sentenceOf(text, [at, at + 4], 'en')).toBe('The body was upgraded in 2022.');
		expect(sentenceOf(text, [13, 26], 'en')).toBe('It opened on Nov. 19, 2014.');
	});

	it('gives the whole text when it has no stop', () => {
		expect(sentenceOf('2014年 烏鎮', [0, 5], 'zh-Hans')).toBe('2014年 烏鎮');
	});
});
