import { describe, expect, it } from 'vitest';
import { digitByDigit, numberOf, positional } from './numerals';

describe('numerals', () => {
	it('reads positional numerals', () => {
		expect(positional('十')).toBe(10);
		expect(positional('二十三')).toBe(23);
		expect(positional('两千零四')).toBe(2004);
		expect(positional('廿一')).toBe(21);
		expect(positional('一百零五')).toBe(105);
	});
	it('reads years digit by digit, and only digits', () => {
		expect(digitByDigit('二〇一四')).toBe(2014);
		expect(digitByDigit('二零零四')).toBe(2004);
		expect(digitByDigit('两千')).toBeUndefined();
	});
	it('refuses what is not a numeral', () => {
		expect(positional('一二')).toBeUndefined();
		expect(positional('十百')).toBeUndefined();
		expect(numberOf('年')).toBeUndefined();
		expect(numberOf('2025')).toBe(2025);
	});
});
