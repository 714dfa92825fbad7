import { describe, expect, it } from 'vitest';
import { checkFile, checkText, MAX_CHARACTERS, MAX_FILE_BYTES } from './input';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('what the studio reads as an article', () => {
	it('takes text as given, less a byte-order mark', () => {
		expect(checkText('\ufeff2014年11月19日，開幕。\n第二段')).toEqual({
			ok: true,
			text: '2014年11月19日，開幕。\n第二段'
		});
	});

	it('refuses empty text and text of only spaces', () => {
		for (const text of ['', '  \n\t', '\ufeff'])
			expect(checkText(text)).toEqual({ ok: false, reason: 'empty' });
	});

	it('refuses more than it can read, saying how much there is', () => {
		expect(checkText('a'.repeat(MAX_CHARACTERS))).toMatchObject({ ok: true });
		expect(checkText('a'.repeat(MAX_CHARACTERS + 1))).toEqual({
			ok: false,
			reason: 'too-large',
			characters: MAX_CHARACTERS + 1
		});
	});

	it('names the line and column of a character no page can show', () => {
		const checked = checkText('第一段\n第二\0段');
		expect(checked).toMatchObject({ ok: false, reason: 'characters' });
		expect(!checked.ok && checked.reason === 'characters' && checked.detail).toMatch(
			/^line 2, column 3: U\+0000/
		);
	});
});

describe('what the studio reads from a file', () => {
	it('reads UTF-8 text, a byte-order mark dropped', () => {
		expect(checkFile(bytes(0xef, 0xbb, 0xbf, ...utf8('一月一日\n')))).toEqual({
			ok: true,
			text: '一月一日\n'
		});
	});

	it('names the byte and line where a file stops being UTF-8', () => {
		const checked = checkFile(bytes(...utf8('第一段\n第二段'), 0xff, 0x41));
		expect(checked).toMatchObject({ ok: false, reason: 'encoding' });
		expect(!checked.ok && checked.reason === 'encoding' && checked.detail).toMatch(
			/^byte 19 \(line 2\): is not UTF-8 \(0xFF 0x41…\)/
		);
	});

	it('tells binary files by their signature, or by a NUL byte near the start', () => {
		expect(checkFile(bytes(0x25, 0x50, 0x44, 0x46, 0x2d))).toEqual({
			ok: false,
			reason: 'binary',
			kind: 'PDF'
		});
		expect(checkFile(bytes(0x50, 0x4b, 0x03, 0x04, 0))).toMatchObject({ reason: 'binary', kind: /^ZIP/ });
		expect(checkFile(bytes(0x41, 0x00, 0x42))).toEqual({ ok: false, reason: 'binary', kind: null });
	});

	it('refuses a file too large to be an article it can read without reading it', () => {
		const large = new Uint8Array(MAX_FILE_BYTES + 1);
		expect(checkFile(large)).toEqual({ ok: false, reason: 'too-large', bytes: MAX_FILE_BYTES + 1 });
	});

	it('refuses a file of only spaces as empty', () => {
		expect(checkFile(utf8(' \n \n'))).toEqual({ ok: false, reason: 'empty' });
	});
});
