/**
 * A zip archive of a few small text files, stored uncompressed (PKWARE APPNOTE 6.3.10, method 0): the
 * take-away's data files as one download, since a browser asks before a page starts several. Three text
 * files of an article gain little from deflate, and writing the format takes less code than a library.
 * Names are UTF-8 (flag bit 11) so that an article named in Chinese keeps its name.
 */

const TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

/** CRC-32 (ISO 3309), as zip stores for every entry. */
export function crc32(bytes: Uint8Array): number {
	let crc = 0xffffffff;
	for (const byte of bytes) crc = TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

/** 1980-01-01 00:00 in MS-DOS time: a fixed stamp, so that the same files make the same archive. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 1 << 11;

export interface ZipEntry {
	name: string;
	content: string | Uint8Array;
}

export function zip(entries: ZipEntry[]): Uint8Array<ArrayBuffer> {
	const encoder = new TextEncoder();
	const files = entries.map((entry) => {
		const data = typeof entry.content === 'string' ? encoder.encode(entry.content) : entry.content;
		return { name: encoder.encode(entry.name), data, crc: crc32(data) };
	});
	const local = files.reduce((size, file) => size + 30 + file.name.length + file.data.length, 0);
	const central = files.reduce((size, file) => size + 46 + file.name.length, 0);
	const out = new Uint8Array(local + central + 22);
	const view = new DataView(out.buffer);
	let at = 0;
	const u16 = (value: number) => (view.setUint16(at, value, true), (at += 2));
	const u32 = (value: number) => (view.setUint32(at, value, true), (at += 4));
	const bytes = (value: Uint8Array) => (out.set(value, at), (at += value.length));
	/** The fields a local header and its central record share, from "version needed" to the name's length. */
	const common = (file: (typeof files)[number]) => {
		u16(10);
		u16(UTF8_NAMES);
		u16(0);
		u16(0);
		u16(DOS_DATE);
		u32(file.crc);
		u32(file.data.length);
		u32(file.data.length);
		u16(file.name.length);
	};

	const offsets: number[] = [];
	for (const file of files) {
		offsets.push(at);
		u32(0x04034b50);
		common(file);
		u16(0);
		bytes(file.name);
		bytes(file.data);
	}
	const centralStart = at;
	files.forEach((file, i) => {
		u32(0x02014b50);
		u16(20);
		common(file);
		u16(0);
		u16(0);
		u16(0);
		u16(0);
		u32(0);
		u32(offsets[i]!);
		bytes(file.name);
	});
	const centralSize = at - centralStart;
	u32(0x06054b50);
	u16(0);
	u16(0);
	u16(files.length);
	u16(files.length);
	u32(centralSize);
	u32(centralStart);
	u16(0);
	return out;
}
