import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_OPTIONS, parseEmbedParams, parseOrigin } from './options';

const parse = (query: string) => parseEmbedParams(new URLSearchParams(query));

describe('embed parameters', () => {
	it('default to the seed, everything shown, any origin', () => {
		expect(parse('')).toEqual(DEFAULT_EMBED_OPTIONS);
	});

	it('read every documented parameter', () => {
		expect(
			parse(
				'event=e-1a2b3c4&theme=projector&controls=0&card=0&origin=https://deck.example:8443/talk&fit=content'
			)
		).toEqual({
			theme: 'projector',
			controls: false,
			card: false,
			origin: 'https://deck.example:8443',
			fit: 'content'
		});
	});

	it('fall back to the default for anything malformed, one parameter at a time', () => {
		const bad = [
			'theme=neon',
			'controls=yes',
			'card=2',
			'origin=*',
			'origin=file:///etc/passwd',
			'origin=not a url',
			'fit=auto'
		];
		for (const query of bad) expect(parse(query), query).toEqual(DEFAULT_EMBED_OPTIONS);
	});

	it('spell an origin as URL.origin does, so an exact comparison works', () => {
		expect(parseOrigin('http://localhost:5173/')).toBe('http://localhost:5173');
		expect(parseOrigin('HTTPS://Deck.Example')).toBe('https://deck.example');
		expect(parseOrigin('null')).toBeNull();
	});
});
