import { describe, expect, it } from 'vitest';
import { swipeStep } from './swipe';

describe('a stroke on the stage', () => {
	it('steps forward to the left and back to the right', () => {
		expect(swipeStep({ dx: -120, dy: 10, width: 390 })).toBe('next');
		expect(swipeStep({ dx: 120, dy: -10, width: 390 })).toBe('prev');
	});

	it('is a tap when short, however wide the screen', () => {
		expect(swipeStep({ dx: -30, dy: 0, width: 200 })).toBeNull();
		expect(swipeStep({ dx: -150, dy: 0, width: 1920 })).toBeNull();
		expect(swipeStep({ dx: -300, dy: 0, width: 1920 })).toBe('next');
	});

	it('is a scroll when mostly vertical', () => {
		expect(swipeStep({ dx: -100, dy: 90, width: 390 })).toBeNull();
	});
});
