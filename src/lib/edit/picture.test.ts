import { describe, expect, it } from 'vitest';
import { MAX_INLINE_IMAGE, mediaUrlProblem } from '$lib/model/media';
import {
	checkPicture,
	dataUrlLength,
	dataUrlOf,
	imageTypeOf,
	MAX_PICTURE_BYTES,
	readPicture
} from './picture';
import { LIMIT_MB, PICTURE_WORDS } from '$lib/i18n/words/picture';

const bytes = (...parts: (number[] | string)[]) =>
	new Uint8Array(
		parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part))
	);

/** A 1×1 PNG, whole. */
const PNG = Uint8Array.from(
	atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='),
	(c) => c.charCodeAt(0)
);
const SVG = new TextEncoder().encode(
	'\uFEFF<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
);

describe('what an image file is, by its bytes', () => {
	it('knows PNG, JPEG, GIF, WebP and AVIF by their signatures', () => {
		expect(imageTypeOf(PNG)).toBe('png');
		expect(imageTypeOf(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
		expect(imageTypeOf(bytes('GIF89a'))).toBe('gif');
		expect(imageTypeOf(bytes('GIF87a'))).toBe('gif');
		expect(imageTypeOf(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('webp');
		expect(imageTypeOf(bytes([0, 0, 0, 0x1c], 'ftypavif', [0, 0, 0, 0], 'avifmif1miaf'))).toBe('avif');
		// The brand that says AVIF may be a compatible one, after another major brand.
		expect(imageTypeOf(bytes([0, 0, 0, 0x18], 'ftypmif1', [0, 0, 0, 0], 'mif1avif'))).toBe('avif');
	});

	it('knows nothing else, whatever it is called: a HEIF, a RIFF that is sound, text, nothing', () => {
		expect(imageTypeOf(bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic'))).toBeNull();
		expect(imageTypeOf(bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt '))).toBeNull();
		expect(imageTypeOf(bytes('hello'))).toBeNull();
		expect(imageTypeOf(new Uint8Array())).toBeNull();
		expect(imageTypeOf(SVG)).toBeNull();
	});
});

describe('whether a file can be a picture', () => {
	it('refuses an SVG as an SVG, and other files as not an image', () => {
		expect(checkPicture(SVG, SVG.length)).toEqual({ ok: false, problem: 'svg' });
		expect(checkPicture(new TextEncoder().encode('  <svg>'), 7)).toEqual({ ok: false, problem: 'svg' });
		expect(checkPicture(bytes('<html><p>no</p>'), 15)).toEqual({ ok: false, problem: 'notImage' });
		expect(checkPicture(bytes('%PDF-1.7'), 8)).toEqual({ ok: false, problem: 'notImage' });
	});

	it('keeps an image whose data: address is within the model’s limit, and refuses one byte more', () => {
		expect(checkPicture(PNG, PNG.length)).toEqual({ ok: true, type: 'png' });
		const jpeg = bytes([0xff, 0xd8, 0xff]);
		expect(dataUrlLength(MAX_PICTURE_BYTES, 'jpeg')).toBeLessThanOrEqual(MAX_INLINE_IMAGE);
		expect(checkPicture(jpeg, MAX_PICTURE_BYTES)).toEqual({ ok: true, type: 'jpeg' });
		expect(checkPicture(jpeg, MAX_PICTURE_BYTES + 1)).toEqual({ ok: false, problem: 'tooLarge' });
		expect(checkPicture(jpeg, 50 * 1024 * 1024)).toEqual({ ok: false, problem: 'tooLarge' });
	});

	it('says the limit as the file’s size, which a file of that size meets', () => {
		const said = Number(LIMIT_MB) * 1024 * 1024;
		expect(said).toBeLessThanOrEqual(MAX_PICTURE_BYTES);
		expect(MAX_PICTURE_BYTES - said).toBeLessThan(0.1 * 1024 * 1024);
		for (const words of Object.values(PICTURE_WORDS))
			expect(words.problems.tooLarge).toContain(`${LIMIT_MB} MB`);
	});

	it('writes the data: address the model keeps, of the length it was counted at', () => {
		const url = dataUrlOf(PNG, 'png');
		expect(url.startsWith('data:image/png;base64,iVBOR')).toBe(true);
		expect(url.length).toBe(dataUrlLength(PNG.length, 'png'));
		expect(mediaUrlProblem(url)).toBeNull();
		const big = new Uint8Array(200_000).fill(0xab);
		expect(atob(dataUrlOf(big, 'jpeg').split(',')[1]!).length).toBe(big.length);
	});
});

describe('reading a file', () => {
	it('reads a PNG named .txt as a PNG, and an SVG named .png as an SVG', async () => {
		const png = await readPicture(new File([PNG], 'notes.txt', { type: 'text/plain' }));
		expect(png).toEqual({ ok: true, url: dataUrlOf(PNG, 'png') });
		const svg = await readPicture(new File([SVG], 'photo.png', { type: 'image/png' }));
		expect(svg).toEqual({ ok: false, problem: 'svg' });
	});

	it('refuses a file too large without reading it whole', async () => {
		const head = bytes([0xff, 0xd8, 0xff]);
		let whole = false;
		const file = {
			size: 50 * 1024 * 1024,
			slice: () => new Blob([head]),
			arrayBuffer: () => {
				whole = true;
				return Promise.resolve(new ArrayBuffer(0));
			}
		} as unknown as Blob;
		expect(await readPicture(file)).toEqual({ ok: false, problem: 'tooLarge' });
		expect(whole).toBe(false);
	});
});
