import { describe, expect, it } from 'vitest';
import { contentId, uniqueIds } from './id';

describe('content ids', () => {
	it('depend on content only, so they survive a rebuild', () => {
		expect(contentId('e', '2015', '2015年')).toBe(contentId('e', '2015', '2015年'));
		expect(contentId('e', '2015', '2015年')).not.toBe(contentId('e', '2014', '2015年'));
		expect(contentId('e', 'ab', 'c')).not.toBe(contentId('e', 'a', 'bc'));
	});

	it('are url- and attribute-safe', () => {
		expect(contentId('e', '今年', '《報告》<script>')).toMatch(/^e-[a-z0-9]{7}$/);
	});

	it('number repeats in order', () => {
		expect(uniqueIds([{ id: 'a' }, { id: 'b' }, { id: 'a' }, { id: 'a' }]).map((x) => x.id)).toEqual([
			'a',
			'b',
			'a-2',
			'a-3'
		]);
	});

	it('never number a repeat onto an id the list holds already', () => {
		// Issue 14: `ok-id, ok-id, ok-id-2` became `ok-id, ok-id-2, ok-id-2`.
		expect(uniqueIds([{ id: 'a' }, { id: 'a' }, { id: 'a-2' }, { id: 'a' }]).map((x) => x.id)).toEqual([
			'a',
			'a-3',
			'a-2',
			'a-4'
		]);
	});
});
