import { describe, expect, it } from 'vitest';
import { countFollows, dayNamesThing, yearsAreDuration } from './counts';

describe('counts', () => {
	it('sees a measure word or unit after a number', () => {
		expect(countFollows('2000元', 4)).toBe(true);
		expect(countFollows('1800 余人', 4)).toBe(true);
		expect(countFollows('2018看起来', 4)).toBe(false);
	});
	it('sees years of duration', () => {
		expect(yearsAreDuration('5000年历史', 0, 5)).toBe(true);
		expect(yearsAreDuration('长达1000年', 2, 7)).toBe(true);
		expect(yearsAreDuration('2014年举办', 0, 5)).toBe(false);
	});
	it('sees numbered things', () => {
		expect(dayNamesThing('3号线', 2, '号')).toBe(true);
		expect(dayNamesThing('12号下午', 3, '号')).toBe(false);
		expect(dayNamesThing('3日游', 2, '日')).toBe(true);
	});
});
