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
	// fast-check's first string of any code point takes seconds to set up on a loaded machine.
	it('keeps every position: same length, unit for unit', { timeout: 30_000 }, () => {
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
	it('keeps a byte-order mark and lone surrogates in place, beside characters it maps', () => {
		// Issue 14: decoding through a TextDecoder dropped a leading U+FEFF, one unit short.
		expect(normalize('\ufeff2014年於烏鎮')).toBe('\ufeff2014年于烏鎮');
		const unit = fc.oneof(
			fc.constantFrom('\ufeff', '\ud83d', '\ude00', '😀', '於', '屆', '２', '\u3000', '\0', '\v'),
			fc.string({ unit: 'binary', maxLength: 3 })
		);
		fc.assert(
			fc.property(fc.array(unit, { maxLength: 60 }), (units) => {
				const text = units.join('');
				const normal = normalize(text);
				expect(normal.length).toBe(text.length);
				// Unit for unit: a unit either stays or becomes its one mapped unit, never a neighbour's.
				for (let i = 0; i < text.length; i++)
					if (normal[i] !== text[i]) expect(normalize(text[i]!)).toBe(normal[i]);
			}),
			{ seed: 14, numRuns: 500 }
		);
	});
	it('tells Traditional from Simplified', () => {
		expect(traditionalShare('這是國際會議的報告')).toBeGreaterThan(0.5);
		expect(traditionalShare('这是国际会议的报告')).toBeLessThan(0.5);
	});
});
