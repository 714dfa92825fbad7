/**
 * An image file a person gives an event in the editor, made into the inline picture the model keeps
 * (`model/media.ts`). What a file is comes from its first bytes, never from its name or the type the
 * browser guessed from the name: a file named `.png` that is an SVG is an SVG, and an SVG is refused, as the
 * model refuses it inline. The data: address is written with the type the bytes say.
 */
import { MAX_INLINE_IMAGE, mediaUrlProblem } from '$lib/model/media';

export type ImageType = 'png' | 'jpeg' | 'gif' | 'webp' | 'avif';
export type PictureProblem = 'svg' | 'notImage' | 'tooLarge' | 'unreadable';

/** Bytes of the file read to tell what it is: enough for every signature below and a text's first tag. */
export const HEAD_BYTES = 512;

const ascii = (bytes: Uint8Array, from: number, length: number) =>
	String.fromCharCode(...bytes.subarray(from, from + length));

const startsWith = (bytes: Uint8Array, signature: number[]) =>
	signature.every((byte, at) => bytes[at] === byte);

/** The raster type the file's first bytes say, else null. */
export function imageTypeOf(head: Uint8Array): ImageType | null {
	if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
	if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
	if (/^GIF8[79]a$/.test(ascii(head, 0, 6))) return 'gif';
	if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WEBP') return 'webp';
	// An ISO media file whose brand (or one it is compatible with) is AVIF's.
	if (ascii(head, 4, 4) === 'ftyp') {
		const size = new DataView(head.buffer, head.byteOffset, head.byteLength).getUint32(0);
		const brands = ascii(head, 8, Math.min(size, head.length) - 8).match(/.{4}/g) ?? [];
		if (brands.some((brand) => brand === 'avif' || brand === 'avis')) return 'avif';
	}
	return null;
}

/** Whether the file's beginning reads as an SVG document (text whose first element, or any, is `<svg`). */
function looksLikeSvg(head: Uint8Array): boolean {
	const text = new TextDecoder('utf-8', { fatal: false }).decode(head).replace(/^\uFEFF/, '');
	return /^\s*</.test(text) && /<svg[\s>]/i.test(text);
}

/** The length of the data: address of `bytes` bytes of `type`: what the model's limit is counted in. */
export const dataUrlLength = (bytes: number, type: ImageType) =>
	`data:image/${type};base64,`.length + 4 * Math.ceil(bytes / 3);

/** The largest file, in bytes, whose data: address the model keeps (for the words that say the limit). */
export const MAX_PICTURE_BYTES = Math.floor((MAX_INLINE_IMAGE - 'data:image/jpeg;base64,'.length) / 4) * 3;

/** Why a file of `size` bytes starting with `head` cannot be an event's picture, else its type. */
export function checkPicture(
	head: Uint8Array,
	size: number
): { ok: true; type: ImageType } | { ok: false; problem: PictureProblem } {
	const type = imageTypeOf(head);
	if (!type) return { ok: false, problem: looksLikeSvg(head) ? 'svg' : 'notImage' };
	if (dataUrlLength(size, type) > MAX_INLINE_IMAGE) return { ok: false, problem: 'tooLarge' };
	return { ok: true, type };
}

/** The data: address of an image's bytes, in base64, by pieces (a long argument list overflows the stack). */
export function dataUrlOf(bytes: Uint8Array, type: ImageType): string {
	let binary = '';
	for (let at = 0; at < bytes.length; at += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
	return `data:image/${type};base64,${btoa(binary)}`;
}

/** A file (or any blob) as an inline picture's address, or why not; too large a file is not read whole. */
export async function readPicture(
	file: Blob
): Promise<{ ok: true; url: string } | { ok: false; problem: PictureProblem }> {
	let head: Uint8Array;
	try {
		head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
	} catch {
		return { ok: false, problem: 'unreadable' };
	}
	const checked = checkPicture(head, file.size);
	if (!checked.ok) return checked;
	let bytes: Uint8Array;
	try {
		bytes = new Uint8Array(await file.arrayBuffer());
	} catch {
		return { ok: false, problem: 'unreadable' };
	}
	const url = dataUrlOf(bytes, checked.type);
	// The model's own check, the one the data set is held to: what passes here passes there.
	return mediaUrlProblem(url) === null ? { ok: true, url } : { ok: false, problem: 'notImage' };
}
