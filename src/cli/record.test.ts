import { describe, expect, it } from 'vitest';
import { readRecord } from './record';

const line = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('readRecord', () => {
	it('reads a record with its meta fields and a curation', () => {
		const result = readRecord(
			line({
				id: 'a-1',
				text: '標題\n今年春節。',
				published: '2024-03-05',
				language: 'zh-Hant',
				curation: {}
			})
		);
		expect(result).toEqual({
			ok: true,
			record: {
				id: 'a-1',
				text: '標題\n今年春節。',
				published: '2024-03-05',
				language: 'zh-Hant',
				curation: {}
			}
		});
	});
	it.each([
		['not JSON', new TextEncoder().encode('{"id": "a", '), null, '(record)', 'not valid JSON'],
		[
			'a key given twice',
			new TextEncoder().encode('{"id": "a", "text": "x", "text": "y"}'),
			null,
			'text',
			'given twice'
		],
		['not an object', line(['a']), null, '(root)', 'must be an object'],
		['no text', line({ id: 'a' }), 'a', 'text', 'Invalid key'],
		['no id', line({ text: 'x' }), null, 'id', 'Invalid key'],
		['an empty id', line({ id: '', text: 'x' }), null, 'id', 'must not be empty'],
		[
			'a day the calendar lacks',
			line({ id: 'a', text: 'x', published: '2025-02-30' }),
			'a',
			'published',
			'real day'
		],
		[
			'a field it does not know',
			line({ id: 'a', text: 'x', date: '2025-01-01' }),
			'a',
			'date',
			'Invalid key'
		],
		['an empty text', line({ id: 'a', text: ' \n' }), 'a', 'text', 'holds no text'],
		['a NUL in the text', line({ id: 'a', text: 'ab\ncd\u0000' }), 'a', 'text, line 2, column 3', 'NUL'],
		['bytes that are not UTF-8', Uint8Array.from([0x7b, 0xff, 0x7d]), null, 'byte 2', 'not UTF-8']
	])('names what is wrong with %s', (_, bytes, id, path, words) => {
		const result = readRecord(bytes);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.id).toBe(id);
		expect(result.problems[0]).toMatchObject({ path, message: expect.stringContaining(words) });
	});
});
