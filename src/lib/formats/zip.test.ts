import { crc32 as nodeCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, zip } from './zip';

/** The entries as a reader finds them through the central directory, each checked against its local header. */
function unzip(archive: Uint8Array): { name: string; content: string }[] {
	const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
	const end = archive.length - 22;
	expect(view.getUint32(end, true)).toBe(0x06054b50);
	const count = view.getUint16(end + 10, true);
	let at = view.getUint32(end + 16, true);
	expect(view.getUint32(end + 12, true)).toBe(end - at);
	const decoder = new TextDecoder('utf-8', { fatal: true });
	const entries = [];
	for (let i = 0; i < count; i++) {
		expect(view.getUint32(at, true)).toBe(0x02014b50);
		const crc = view.getUint32(at + 16, true);
		const size = view.getUint32(at + 20, true);
		const nameLength = view.getUint16(at + 28, true);
		const local = view.getUint32(at + 42, true);
		const name = decoder.decode(archive.subarray(at + 46, at + 46 + nameLength));
		expect(view.getUint32(local, true)).toBe(0x04034b50);
		expect(view.getUint16(local + 8, true)).toBe(0);
		const data = archive.subarray(local + 30 + nameLength, local + 30 + nameLength + size);
		expect(nodeCrc32(data)).toBe(crc);
		entries.push({ name, content: decoder.decode(data) });
		at += 46 + nameLength;
	}
	return entries;
}

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
