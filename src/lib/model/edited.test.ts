import { describe, expect, it } from 'vitest';
import type { DerivationStep } from './derivation';
import { isEdited } from './edited';

describe('an event a person changed', () => {
	it('is told by the steps an editor leaves', () => {
		expect(isEdited([{ rule: 'explicit', date: '2014' }])).toBe(false);
		const steps: DerivationStep[] = [
			{ rule: 'renamed' },
			{ rule: 'redated' },
			{ rule: 'relinked', quote: '2014年' },
			{ rule: 'merged', quotes: ['2015年'] },
			{ rule: 'curated' }
		];
		for (const step of steps)
			expect(isEdited([{ rule: 'explicit', date: '2014' }, step]), step.rule).toBe(true);
	});
});
