import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize, traditionalShare } from './normalize';

describe('normalize', () => {
	it('maps Traditional characters the rules read and full-width digits', () => {
		expect(normalize('自２０１４年以來，第十二屆')).toBe('自2014年以来,第十二届');
	});
	it('reads the white circle ○ as the ideographic zero 〇', () => {
		expect(normalize('二○二二年')).toBe('二〇二二年');
	});
	it('keeps every position: same length, unit for unit', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'binary', maxLength: 200 }),
				(text) => normalize(text).length === text.length
			),
			{
				numRuns: 300
			}
		);
	});
	it('tells Traditional from Simplified', () => {
		expect(traditionalShare('這是國際會議的報告')).toBeGreaterThan(0.5);
		expect(traditionalShare('这是国际会议的报告')).toBeLessThan(0.5);
	});
});
