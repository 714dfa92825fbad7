import { describe, expect, it } from 'vitest';
import { trimSpan } from './selection';

describe('selected words', () => {
	it('leave out the spaces at their edges', () => {
		expect(trimSpan('In March 2020 the council met', [2, 9])).toEqual([3, 8]);
		expect(trimSpan('2014年　首屆', [0, 6])).toEqual([0, 5]);
		expect(trimSpan('a   b', [1, 4])).toBeNull();
	});
});
