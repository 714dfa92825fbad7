import { describe, expect, it } from 'vitest';
import type { Dataset } from '$lib/model/schema';
import { followSelection } from './follow';

const data = (...ids: string[]) => ({ events: ids.map((id) => ({ id })) }) as unknown as Dataset;

describe('the selection across an edit', () => {
	it('goes to the one event that appeared', () => {
		expect(followSelection(data('a', 'b'), data('a', 'b', 'c'), 'a')).toBe('c');
		// An added event redated: its id changed.
		expect(followSelection(data('a', 'b'), data('a', 'c'), 'b')).toBe('c');
	});
	it('stays while its event does, and clears when it went', () => {
		expect(followSelection(data('a', 'b'), data('a', 'b'), 'a')).toBe('a');
		expect(followSelection(data('a', 'b'), data('a', 'b', 'c', 'd'), 'b')).toBe('b');
		expect(followSelection(data('a', 'b'), data('a'), 'b')).toBeNull();
		expect(followSelection(data('a', 'b'), data('a', 'b'), null)).toBeNull();
	});
});
