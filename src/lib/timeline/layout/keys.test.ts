import { describe, expect, it } from 'vitest';
import { keyAction, TIMELINE_KEYS } from './keys';

describe('keyAction', () => {
	it('zooms, fits, clears, steps between events and pans', () => {
		expect(keyAction('+', false, false)).toEqual({ kind: 'zoom', by: 2 });
		expect(keyAction('-', false, true)).toEqual({ kind: 'zoom', by: 0.5 });
		expect(keyAction('Home', false, false)).toEqual({ kind: 'fit' });
		expect(keyAction('0', false, false)).toEqual({ kind: 'fit' });
		expect(keyAction('Escape', false, true)).toEqual({ kind: 'clear' });
		expect(keyAction('ArrowRight', false, true)).toEqual({ kind: 'step', by: 1 });
		expect(keyAction('ArrowLeft', false, true)).toEqual({ kind: 'step', by: -1 });
		expect(keyAction('ArrowRight', true, true)).toEqual({ kind: 'pan', by: 0.2 });
		expect(keyAction('ArrowLeft', false, false)).toEqual({ kind: 'pan', by: -0.2 });
		expect(keyAction('a', false, false)).toBeNull();
		expect(keyAction('Tab', false, true)).toBeNull();
	});

	it('acts on exactly the keys the timeline takes from the page', () => {
		for (const key of TIMELINE_KEYS) expect(keyAction(key, false, false)).not.toBeNull();
		for (const key of ['Enter', ' ', 'ArrowUp', 'PageDown', 'x'])
			expect(keyAction(key, false, true)).toBeNull();
	});
});
