/**
 * What the studio accepts as an article, pasted or dropped as a file, and why it refuses the rest: each
 * refusal is a reason the page words (`i18n/words/studio.ts`) and, where the model says more (a byte
 * offset, a line and column), its detail. The text itself goes through the same checks as a file in
 * `data/` (`model/text.ts`), so what the studio reads, the build reads too.
 */
import type { Problem } from '../model/consistency';
import { decodeUtf8, stripBom, textProblems } from '../model/text';

/**
 * Past this, extraction, storage and a page of marks would all strain; a million characters (a 1 MB
 * article in Latin script, three in Chinese) reads well within it.
 */
export const MAX_CHARACTERS = 2_000_000;
/** A file with more bytes than any text of `MAX_CHARACTERS` can take in UTF-8 (3 each) is refused unread. */
export const MAX_FILE_BYTES = 6 * 1024 * 1024;

export type Refusal =
	| { reason: 'empty' }
	| { reason: 'too-large'; characters?: number; bytes?: number }
	| { reason: 'binary'; kind: string | null }
	| { reason: 'encoding'; detail: string }
	| { reason: 'characters'; detail: string };

export type Checked = { ok: true; text: string } | ({ ok: false } & Refusal);

/** The problems as one line, as the build prints them. */
const listed = (problems: Problem[]) => problems.map((p) => `${p.path}: ${p.message}`).join('; ');

/** Text typed or pasted: a byte-order mark dropped (word processors paste one), then the model's checks. */
export function checkText(text: string): Checked {
	const stripped = stripBom(text);
	if (stripped.trim() === '') return { ok: false, reason: 'empty' };
	if (stripped.length > MAX_CHARACTERS)
		return { ok: false, reason: 'too-large', characters: stripped.length };
	const problems = textProblems(stripped);
	return problems.length
		? { ok: false, reason: 'characters', detail: listed(problems) }
		: { ok: true, text: stripped };
}

/** The signatures of files people mistake for text, by what they are called. */
const SIGNATURES: [number[], string][] = [
	[[0x25, 0x50, 0x44, 0x46], 'PDF'],
	[[0x50, 0x4b, 0x03, 0x04], 'ZIP (a .docx, .odt or .epub is one)'],
	[[0xd0, 0xcf, 0x11, 0xe0], 'Word 97–2003 .doc'],
	[[0x7b, 0x5c, 0x72, 0x74, 0x66], 'RTF'],
	[[0x89, 0x50, 0x4e, 0x47], 'PNG'],
	[[0xff, 0xd8, 0xff], 'JPEG'],
	[[0x47, 0x49, 0x46, 0x38], 'GIF']
];

/** How far into a file a NUL byte is looked for: binary formats hold one early, text never does. */
const SNIFF = 8000;

/** Null when the bytes may be text; else what they are, when their signature says (`kind`). */
export function binaryKind(bytes: Uint8Array): { kind: string | null } | null {
	for (const [signature, kind] of SIGNATURES)
		if (signature.every((byte, i) => bytes[i] === byte)) return { kind };
	return bytes.subarray(0, SNIFF).includes(0) ? { kind: null } : null;
}

/** A dropped or opened file's bytes: refused unread when too large, then as text is. */
export function checkFile(bytes: Uint8Array): Checked {
	if (bytes.length > MAX_FILE_BYTES) return { ok: false, reason: 'too-large', bytes: bytes.length };
	const binary = binaryKind(bytes);
	if (binary) return { ok: false, reason: 'binary', kind: binary.kind };
	const decoded = decodeUtf8(bytes);
	if (!decoded.ok) return { ok: false, reason: 'encoding', detail: listed(decoded.problems) };
	return checkText(decoded.text);
}
