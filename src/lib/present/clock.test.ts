import { describe, expect, it } from 'vitest';
import { elapsed, timeOfDay } from './clock';

describe("the speaker's clock", () => {
	it('reads the time of day as a wall clock does', () => {
		expect(timeOfDay(new Date(2025, 10, 11, 9, 5))).toBe('09:05');
		expect(timeOfDay(new Date(2025, 10, 11, 23, 59, 59))).toBe('23:59');
	});

	it('counts time talked in minutes and seconds, and hours once there are any', () => {
		expect(elapsed(0)).toBe('0:00');
		expect(elapsed(59_999)).toBe('0:59');
		expect(elapsed(7 * 60_000 + 3_000)).toBe('7:03');
		expect(elapsed(3_723_000)).toBe('1:02:03');
		expect(elapsed(-5)).toBe('0:00');
	});
});
