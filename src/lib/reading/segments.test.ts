import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segmentParagraph, type Mark } from './segments';

describe('segmentParagraph', () => {
	it('wraps each mark and keeps the text around it', () => {
		const text = '2015年,習近平主席在第二屆大會上';
		const marks: Mark[] = [
			{ id: 'a', span: [0, 5], kind: 'event' },
			{ id: 'b', span: [11, 14], kind: 'undated' }
		];
		expect(segmentParagraph(text, marks)).toEqual([
			{ text: '2015年', mark: marks[0] },
			{ text: ',習近平主席' },
			{ text: '在第二', mark: marks[1] },
			{ text: '屆大會上' }
		]);
	});

	it('drops a mark that overlaps an earlier one', () => {
		const segments = segmentParagraph('abcdef', [
			{ id: 'x', span: [1, 4], kind: 'event' },
			{ id: 'y', span: [2, 5], kind: 'event' }
		]);
		expect(segments.map((s) => s.mark?.id ?? null)).toEqual([null, 'x', null]);
	});

	it('always joins back to the exact paragraph text', () => {
		fc.assert(
			fc.property(fc.string(), fc.array(fc.tuple(fc.nat(40), fc.nat(40))), (text, spans) => {
				const marks = spans.map(([a, b], i): Mark => ({ id: `m${i}`, span: [a, a + b], kind: 'event' }));
				const segments = segmentParagraph(text, marks);
				expect(segments.map((s) => s.text).join('')).toBe(text);
				for (const s of segments) if (s.mark) expect(text.slice(...s.mark.span)).toBe(s.text);
			})
		);
	});
});
