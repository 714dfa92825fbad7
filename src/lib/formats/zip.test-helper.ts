/**
 * A zip reader for tests, independent of the writer: it finds entries through the central directory, as
 * unzip does, and checks each against its local header and zlib's CRC-32.
 */
import { crc32 } from 'node:zlib';
import { expect } from 'vitest';

/** The entries as a reader finds them through the central directory, each checked against its local header. */
export function unzip(archive: Uint8Array): { name: string; content: string }[] {
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
		expect(crc32(data)).toBe(crc);
		entries.push({ name, content: decoder.decode(data) });
		at += 46 + nameLength;
	}
	return entries;
}
