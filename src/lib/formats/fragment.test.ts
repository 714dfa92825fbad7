import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeFragment, encodeFragment, FRAGMENT_LIMIT, type Shared } from './fragment';

const shared: Shared = {
	source: {
		text: '十年回顧\n2014年11月19日，首屆大會在烏鎮開幕。',
		meta: { published: '2025-11-11', title: '回顧' },
		curation: { drop: [{ event: 'e-x1', reason: '重複' }] }
	},
	name: '我的年表'
};

/** A fragment of any JSON, as a link made elsewhere (or by hand) would hold it. */
const fragmentOf = (value: unknown) => `v1.${deflateRawSync(JSON.stringify(value)).toString('base64url')}`;

describe('a timeline in a link’s fragment', () => {
	it('comes back exactly as it was given', async () => {
		const encoded = await encodeFragment(shared);
		expect(encoded.fits).toBe(true);
		if (!encoded.fits) return;
		expect(encoded.fragment).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
		expect(await decodeFragment(`#${encoded.fragment}`)).toEqual({ ok: true, shared });
	});

	it('leaves out an empty curation and no name', async () => {
		const plain = { source: { text: 'x', meta: {} } };
		const encoded = await encodeFragment({ source: { ...plain.source, curation: {} } });
		expect(encoded.fits && (await decodeFragment(encoded.fragment))).toEqual({ ok: true, shared: plain });
	});

	it('says when a timeline is too long for a link, and by how much', async () => {
		// Text that deflate cannot shrink: every character drawn at random from the Han block.
		let seed = 1;
		const random = () => ((seed = (seed * 48271) % 2147483647), seed / 2147483647);
		const text = Array.from({ length: 12_000 }, () =>
			String.fromCharCode(0x4e00 + Math.floor(random() * 20000))
		).join('');
		const encoded = await encodeFragment({ source: { text, meta: {} } });
		expect(encoded.fits).toBe(false);
		expect(encoded.bytes).toBeGreaterThan(FRAGMENT_LIMIT);
	});

	it('names what is wrong with a link that is missing, of a later version, cut or altered', async () => {
		expect(await decodeFragment('')).toEqual({ ok: false, reason: 'none' });
		expect(await decodeFragment('#v2.abc')).toEqual({ ok: false, reason: 'version' });
		expect(await decodeFragment('#hello')).toMatchObject({ ok: false, reason: 'damaged' });
		expect(await decodeFragment('#v1.a+b')).toMatchObject({
			ok: false,
			reason: 'damaged',
			detail: 'not base64url'
		});
		const whole = (await encodeFragment(shared)) as { fragment: string };
		expect(await decodeFragment(whole.fragment.slice(0, -12))).toMatchObject({
			ok: false,
			reason: 'damaged'
		});
		expect(await decodeFragment(`v1.${'A'.repeat(12_000)}`)).toMatchObject({
			ok: false,
			reason: 'damaged',
			detail: 'longer than any link nianbiao makes'
		});
	});

	it('refuses a link that unpacks to more than an article', async () => {
		const bomb = `v1.${deflateRawSync(Buffer.alloc(8_000_000, 0x20)).toString('base64url')}`;
		expect(await decodeFragment(bomb)).toEqual({
			ok: false,
			reason: 'damaged',
			detail: 'unpacks to more than an article the studio reads'
		});
	});

	it('checks what a link holds as the files are checked', async () => {
		expect(await decodeFragment(fragmentOf([]))).toMatchObject({ ok: false, reason: 'invalid' });
		const date = await decodeFragment(fragmentOf({ text: 'x', meta: { published: '2025-02-30' } }));
		expect(date).toMatchObject({
			ok: false,
			reason: 'invalid',
			detail: expect.stringContaining('meta.published')
		});
		const empty = await decodeFragment(fragmentOf({ text: ' ', meta: {} }));
		expect(empty).toMatchObject({ ok: false, reason: 'text', refusal: { reason: 'empty' } });
	});
});
