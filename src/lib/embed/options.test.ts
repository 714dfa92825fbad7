import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_OPTIONS, parseEmbedParams, parseOrigin, parseWindow } from './options';

const parse = (query: string) => parseEmbedParams(new URLSearchParams(query), 'https://site.example/embed');

describe('embed parameters', () => {
	it('default to the seed, everything shown, any origin', () => {
		expect(parse('')).toEqual(DEFAULT_EMBED_OPTIONS);
	});

	it('read every documented parameter', () => {
		expect(
			parse(
				'src=data/other.json&event=e-1a2b3c4&theme=projector&controls=0&card=0&origin=https://deck.example:8443/talk'
			)
		).toEqual({
			src: 'https://site.example/data/other.json',
			theme: 'projector',
			controls: false,
			card: false,
			origin: 'https://deck.example:8443'
		});
	});

	it('fall back to the default for anything malformed, one parameter at a time', () => {
		const bad = [
			'theme=neon',
			'controls=yes',
			'card=2',
			'origin=*',
			'origin=file:///etc/passwd',
			'origin=not a url'
		];
		for (const query of bad) expect(parse(query), query).toEqual(DEFAULT_EMBED_OPTIONS);
	});

	it('keep a src the frame cannot fetch, so the frame can say what is wrong with it', () => {
		// Issue 14: javascript:, data: and file: were dropped, and the frame silently showed its own article.
		for (const src of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd', 'http://['])
			expect(parse(`src=${encodeURIComponent(src)}`).src).toBe(src);
	});

	it('parse a window only when both ends are real days in order', () => {
		expect(parseWindow('2014-01-01', '2016-06-30')).toEqual({ from: '2014-01-01', to: '2016-06-30' });
		for (const [from, to] of [
			['2016-01-01', '2014-01-01'],
			['2014-02-30', '2015-01-01'],
			['2014', '2015'],
			['<b>', '2015-01-01'],
			[20140101, '2015-01-01']
		])
			expect(parseWindow(from, to)).toBeNull();
	});

	it('spell an origin as URL.origin does, so an exact comparison works', () => {
		expect(parseOrigin('http://localhost:5173/')).toBe('http://localhost:5173');
		expect(parseOrigin('HTTPS://Deck.Example')).toBe('https://deck.example');
		expect(parseOrigin('null')).toBeNull();
	});
});
