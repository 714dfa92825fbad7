import { crc32 as nodeCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, zip } from './zip';
import { unzip } from './zip.test-helper';

describe('zip', () => {
	it('computes CRC-32 as zlib does', () => {
		for (const text of ['', 'a', '年表 nianbiao', 'x'.repeat(1000)]) {
			const bytes = new TextEncoder().encode(text);
			expect(crc32(bytes)).toBe(nodeCrc32(bytes));
		}
	});

	it('stores files a reader gets back whole, names in UTF-8 included', () => {
		const entries = [
			{ name: 'a.txt', content: '2014年11月19日\n第二段' },
			{ name: '年表.meta.json', content: '{"published":"2025-11-11"}' },
			{ name: 'empty.json', content: '' }
		];
		expect(unzip(zip(entries))).toEqual(entries);
	});
});
