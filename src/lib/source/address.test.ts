import { describe, expect, it } from 'vitest';
import { httpUrl, refusal } from './address';

describe('an address to fetch', () => {
	it('is http(s), relative ones resolved against the page', () => {
		expect(httpUrl('data/other.json', 'https://site.example/embed')?.href).toBe(
			'https://site.example/data/other.json'
		);
		expect(httpUrl('HTTPS://Deck.Example/x')?.origin).toBe('https://deck.example');
		for (const bad of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd', '', null])
			expect(httpUrl(bad, 'https://site.example/embed')).toBeNull();
		expect(refusal('file:x.json', 'https://site.example/embed')).toMatch(/^is a file: address/);
	});
});
