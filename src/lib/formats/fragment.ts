/**
 * A whole timeline in a link's fragment (`/shared#v1.…`): the source (text, meta, curation) as JSON,
 * compressed by the browser's own deflate (`CompressionStream`), in base64url. A fragment never reaches a
 * server, so the link shares a timeline without sending it anywhere. What comes back from a link is read
 * as hostile: bounded before and after decompression, then checked by the same schemas as the files.
 */
import * as v from 'valibot';
import type { ArticleSource } from '../extract/build';
import { CurationSchema } from '../model/curation';
import { ArticleMetaSchema } from '../model/schema';
import { validateWith } from '../model/validate';
import { checkText, MAX_CHARACTERS, type Refusal } from '../studio/input';

/** The most a link carries, compressed: past it, links break in mail programs and chat apps. */
export const FRAGMENT_LIMIT = 8 * 1024;
const PREFIX = 'v1.';
/** The most JSON a link may unpack to: an article the studio reads, and room for its meta and curation. */
const MAX_JSON = MAX_CHARACTERS * 3 + 1024 * 1024;

export interface Shared {
	source: ArticleSource;
	/** The timeline's name where it was made. */
	name?: string;
}

const SharedSchema = v.strictObject({
	text: v.string(),
	meta: ArticleMetaSchema,
	curation: v.optional(CurationSchema),
	name: v.optional(v.string())
});

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
	try {
		const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
		return Uint8Array.from(binary, (c) => c.charCodeAt(0));
	} catch {
		return null;
	}
}

async function deflate(text: string): Promise<Uint8Array> {
	const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The inflated bytes; null when they are not deflate, 'too-large' when they unpack to more than `limit`. */
async function inflate(
	bytes: Uint8Array<ArrayBuffer>,
	limit: number
): Promise<Uint8Array | null | 'too-large'> {
	const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		for (let read = await reader.read(); !read.done; read = await reader.read()) {
			size += read.value.length;
			if (size > limit) {
				await reader.cancel();
				return 'too-large';
			}
			chunks.push(read.value);
		}
	} catch {
		return null;
	}
	const out = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}

export type Encoded = { fits: true; fragment: string; bytes: number } | { fits: false; bytes: number };

/** The fragment (without `#`) for `shared`, when it fits `FRAGMENT_LIMIT`; its compressed size either way. */
export async function encodeFragment({ source, name }: Shared): Promise<Encoded> {
	const json = JSON.stringify({
		text: source.text,
		meta: source.meta,
		...(source.curation && Object.keys(source.curation).length ? { curation: source.curation } : {}),
		...(name ? { name } : {})
	});
	const bytes = await deflate(json);
	return bytes.length > FRAGMENT_LIMIT
		? { fits: false, bytes: bytes.length }
		: { fits: true, fragment: PREFIX + toBase64Url(bytes), bytes: bytes.length };
}

export type Decoded =
	| { ok: true; shared: Shared }
	/** No fragment; one of a later version; one cut or altered; one whose timeline the checks refuse. */
	| { ok: false; reason: 'none' | 'version' | 'damaged'; detail?: string }
	| { ok: false; reason: 'invalid'; detail: string }
	| { ok: false; reason: 'text'; refusal: Refusal };

/** `hash` as the address gives it (with its `#`, or without). */
export async function decodeFragment(hash: string): Promise<Decoded> {
	const fragment = hash.replace(/^#/, '');
	if (fragment === '') return { ok: false, reason: 'none' };
	if (!fragment.startsWith(PREFIX))
		return /^v\d+\./.test(fragment) ? { ok: false, reason: 'version' } : { ok: false, reason: 'damaged' };
	const bytes = fromBase64Url(fragment.slice(PREFIX.length));
	if (!bytes) return { ok: false, reason: 'damaged', detail: 'not base64url' };
	if (bytes.length > FRAGMENT_LIMIT)
		return { ok: false, reason: 'damaged', detail: 'longer than any link nianbiao makes' };
	const inflated = await inflate(new Uint8Array(bytes), MAX_JSON);
	if (inflated === 'too-large')
		return { ok: false, reason: 'damaged', detail: 'unpacks to more than an article the studio reads' };
	if (!inflated) return { ok: false, reason: 'damaged', detail: 'not deflate data, or cut short' };
	let json: unknown;
	try {
		json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
	} catch {
		return { ok: false, reason: 'damaged', detail: 'not UTF-8 JSON' };
	}
	const checked = validateWith(SharedSchema, json);
	if (!checked.ok)
		return {
			ok: false,
			reason: 'invalid',
			detail: checked.problems.map((p) => `${p.path}: ${p.message}`).join('; ')
		};
	const text = checkText(checked.data.text);
	if (!text.ok) return { ok: false, reason: 'text', refusal: text };
	const { meta, curation, name } = checked.data;
	return { ok: true, shared: { source: { text: text.text, meta, ...(curation ? { curation } : {}) }, name } };
}
