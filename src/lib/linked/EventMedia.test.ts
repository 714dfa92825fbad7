import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { Media } from '$lib/model/schema';
import EventMedia from './EventMedia.svelte';

const shown = (media: Media) => render(EventMedia, { props: { media, lang: 'en' } }).body;

describe('an event’s media, rendered', () => {
	it('draws a picture with its caption and credit as text, and a video or page as a link', () => {
		const picture = shown({
			url: 'https://example.org/a.jpg',
			caption: '<img src=x onerror=alert(1)>The pier',
			credit: 'Archive'
		});
		expect(picture).toMatch(
			/<img src="https:\/\/example.org\/a.jpg" alt="&lt;img src=x onerror=alert\(1\)>The pier"/
		);
		expect(picture).toContain('referrerpolicy="no-referrer"');
		expect(picture).toContain('&lt;img src=x onerror=alert(1)>The pier');
		expect(picture.match(/<img/g)).toHaveLength(1);
		expect(shown({ url: 'https://youtu.be/x' })).toMatch(
			/<a class="open[^"]*" href="https:\/\/youtu.be\/x"[^>]*>Watch the video/
		);
		expect(shown({ url: 'https://example.org/page' })).toContain('Open the page');
	});

	it('shows nothing of an address the schema would refuse, if one slips past it', () => {
		for (const url of [
			'javascript:alert(1)',
			'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
			'data:text/html,<script>alert(1)</script>',
			`data:image/png;base64,${'A'.repeat(50 * 1024 * 1024)}`
		])
			expect(shown({ url, caption: 'x' }), url.slice(0, 40)).not.toMatch(/<img|<a|<figure/);
	});

	it('follows only an http(s) link, and never links an inline image by its data: address', () => {
		const inline = 'data:image/png;base64,iVBORw0KGgo=';
		expect(shown({ url: inline, link: 'javascript:alert(1)' })).not.toContain('<a');
		expect(shown({ url: inline, link: 'https://example.org/story' })).toContain(
			'href="https://example.org/story"'
		);
	});
});
