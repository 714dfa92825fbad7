import { describe, expect, it } from 'vitest';
import { sampleDataset } from './fixture.test-helper';
import { inTimeOrder, step } from './order';

describe('time order', () => {
	it('sorts by start, then end, then place in the text', () => {
		const events = sampleDataset().events;
		expect(inTimeOrder(events).map((e) => e.id)).toEqual(['e-day', 'e-year', 'e-range']);
		const sameYear = [
			{ ...events[2]!, id: 'b', paragraph: 2 },
			{ ...events[2]!, id: 'a', paragraph: 1 }
		];
		expect(inTimeOrder(sameYear).map((e) => e.id)).toEqual(['a', 'b']);
	});
});

describe('stepping', () => {
	const order = ['a', 'b', 'c'];
	it('moves one event at a time and holds at the ends', () => {
		expect(step(order, 'a', 1)).toBe('b');
		expect(step(order, 'c', 1)).toBe('c');
		expect(step(order, 'a', -1)).toBe('a');
	});
	it('starts from the matching end with nothing selected', () => {
		expect(step(order, null, 1)).toBe('a');
		expect(step(order, null, -1)).toBe('c');
		expect(step(order, 'gone', 1)).toBe('a');
		expect(step([], null, 1)).toBeNull();
	});
});

describe('the test fixture', () => {
	it('is a valid data set, so the tests above test real data', async () => {
		const { validateDataset } = await import('$lib/model/validate');
		expect(validateDataset(sampleDataset())).toEqual({ ok: true, data: sampleDataset() });
	});
});
