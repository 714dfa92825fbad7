/**
 * What an article's text may hold, wherever it comes from: a file read at build time (`articleText`) or
 * text pasted in a browser (`stripBom`, then `textProblems`). Nothing is silently altered: a byte-order
 * mark is the one thing taken away (it is an encoding's signature, not a character of the article), and
 * everything else a page could not show as written is refused with its line and column.
 */
import type { Problem } from './consistency';

const BOM = '\ufeff';
/** Listed at most; the first few say what to fix, a count says how much more. */
const LISTED = 5;

/** The text without a leading byte-order mark, which editors on Windows and word processors write. */
export function stripBom(text: string): string {
	return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}

/** 1-based line and column (in UTF-16 code units, as editors count) of position `at` of `text`. */
export function lineAndColumn(text: string, at: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
		line++;
		lineStart = i + 1;
	}
	return { line, column: at - lineStart + 1 };
}

/** Half of a surrogate pair without its other half: no encoding can write it. */
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/**
 * U+0000, which HTML parsers drop (the prerendered page and the hydrated one would disagree), and a lone
 * surrogate, which UTF-8 cannot encode (the server writes U+FFFD where the browser's string keeps it).
 */
const UNSHOWABLE = new RegExp(`\\0|${LONE_SURROGATE.source}`);

function describeUnit(unit: string): string {
	const code = unit.charCodeAt(0);
	const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
	return code === 0
		? `${hex} (a NUL character, which browsers drop from a page): delete it`
		: `${hex} (half of a character whose other half is missing): retype the character around it`;
}

/** Whether position `at` of `text` falls between the two halves of one character (a surrogate pair). */
function splitsCharacter(text: string, at: number): boolean {
	const before = text.charCodeAt(at - 1);
	const after = text.charCodeAt(at);
	return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** The first `length` code units of `text`, one fewer when the cut would leave half a character. */
export function cutText(text: string, length: number): string {
	return text.slice(0, splitsCharacter(text, length) ? length - 1 : length);
}

/**
 * What is wrong with span `[from, to]` of paragraph `paragraph` (whose text is `text`) when an end falls
 * inside a character (an emoji, a rare Han character: two UTF-16 units), else null. Such a span would show
 * two U+FFFD where the author sees one character.
 */
export function splitSpanProblem(
	text: string,
	[from, to]: [number, number],
	paragraph: number
): string | null {
	const split = [from, to].find((edge) => splitsCharacter(text, edge));
	return split === undefined
		? null
		: `[${from}, ${to}] cuts the character "${text.slice(split - 1, split + 1)}" of paragraph ${paragraph} in two at ${split} (it takes two UTF-16 units)`;
}

/** Whether `text` holds a character no page can show as written (see `textProblems`). */
export function hasUnshowable(text: string): boolean {
	return UNSHOWABLE.test(text);
}

/**
 * Why `text` cannot be an article, each problem at its line and column: no text at all, or characters
 * no page can show as written. Empty when it can.
 */
export function textProblems(text: string): Problem[] {
	if (text.trim() === '')
		return [{ path: '(text)', message: 'holds no text: an article is one paragraph per non-empty line' }];
	const problems: Problem[] = [];
	let more = 0;
	for (const match of text.matchAll(new RegExp(UNSHOWABLE, 'g'))) {
		if (problems.length === LISTED) {
			more++;
			continue;
		}
		const { line, column } = lineAndColumn(text, match.index);
		problems.push({ path: `line ${line}, column ${column}`, message: describeUnit(match[0]) });
	}
	if (more) problems.push({ path: '(text)', message: `and ${more} more such characters` });
	return problems;
}

/**
 * The byte offset of the first byte that does not begin a well-formed UTF-8 sequence (RFC 3629: no
 * overlong forms, no surrogates, nothing past U+10FFFF), or -1 when all of `bytes` is UTF-8.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let at = 0;
	while (at < bytes.length) {
		const lead = bytes[at]!;
		if (lead < 0x80) {
			at++;
			continue;
		}
		// Continuation bytes follow; the first has a narrower range after E0, ED, F0 and F4.
		let follow: number;
		let low = 0x80;
		let high = 0xbf;
		if (lead >= 0xc2 && lead <= 0xdf) follow = 1;
		else if (lead >= 0xe0 && lead <= 0xef) {
			follow = 2;
			if (lead === 0xe0) low = 0xa0;
			if (lead === 0xed) high = 0x9f;
		} else if (lead >= 0xf0 && lead <= 0xf4) {
			follow = 3;
			if (lead === 0xf0) low = 0x90;
			if (lead === 0xf4) high = 0x8f;
		} else return at;
		for (let k = 1; k <= follow; k++) {
			const next = bytes[at + k];
			if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return at;
		}
		at += follow + 1;
	}
	return -1;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

type Decoded = { ok: true; text: string } | { ok: false; problems: Problem[] };

/**
 * A file's bytes as text: strictly UTF-8 (a byte that is not is a problem at its offset and line, never a
 * silent U+FFFD), the byte-order mark taken away.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
	const invalid = firstInvalidUtf8(bytes);
	if (invalid !== -1) {
		let line = 1;
		for (let i = 0; i < invalid; i++) if (bytes[i] === 0x0a) line++;
		const shown = [...bytes.subarray(invalid, invalid + 4)]
			.map((byte) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`)
			.join(' ');
		return {
			ok: false,
			problems: [
				{
					path: `byte ${invalid} (line ${line})`,
					message: `is not UTF-8 (${shown}…): save the file as UTF-8`
				}
			]
		};
	}
	return { ok: true, text: stripBom(utf8.decode(bytes)) };
}

/** An article file's bytes as its text (`decodeUtf8`), or why they cannot be one (`textProblems`). */
export function articleText(bytes: Uint8Array): Decoded {
	const decoded = decodeUtf8(bytes);
	if (!decoded.ok) return decoded;
	const problems = textProblems(decoded.text);
	return problems.length ? { ok: false, problems } : decoded;
}
