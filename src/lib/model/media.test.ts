import { describe, expect, it } from 'vitest';
import { linkProblem, MAX_INLINE_IMAGE, mediaKind, mediaUrlProblem } from './media';

const PIXEL =
	'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==';

describe('a media address', () => {
	it('is shown when it is https:, http: or an inline raster image', () => {
		for (const url of [
			'https://upload.example.org/a/b/Twain.jpg',
			'http://example.org/photo.png',
			'https://www.youtube.com/watch?v=abc',
			PIXEL,
			'data:image/jpeg;base64,/9j/4AAQ'
		])
			expect(mediaUrlProblem(url), url).toBeNull();
	});

	it('is refused, with the reason, when it could run script or is not an address', () => {
		const cases: [string, RegExp][] = [
			['javascript:alert(1)', /^is a javascript: address/],
			['JaVaScRiPt:alert(1)', /^is a javascript: address/],
			['vbscript:msgbox', /^is a vbscript: address/],
			['file:///etc/passwd', /^is a file: address/],
			['data:text/html,<script>alert(1)</script>', /not a base64 PNG/],
			['data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+', /SVG image .* can carry script/],
			['data:image/svg+xml,<svg onload=alert(1)>', /SVG image/],
			['data:image/png;base64,<script>', /not a base64-encoded image/],
			['<iframe src="https://maps.example/embed"></iframe>', /^is not a web address/],
			['images/relative.jpg', /^is not a web address/]
		];
		for (const [url, reason] of cases) expect(mediaUrlProblem(url), url).toMatch(reason);
	});

	it('refuses a 50 MB inline image by its size, before reading it', () => {
		const huge = `data:image/png;base64,${'A'.repeat(50 * 1024 * 1024)}`;
		expect(mediaUrlProblem(huge)).toMatch(
			/^is an inline image of 50\.0 MB: inline images are kept up to 5 MB/
		);
		expect(mediaUrlProblem(`data:image/png;base64,${'A'.repeat(MAX_INLINE_IMAGE - 100)}`)).toBeNull();
	});

	it('as a link, is https: or http: only', () => {
		expect(linkProblem('https://example.org')).toBeNull();
		expect(linkProblem(PIXEL)).toMatch(/^is a data: address/);
		expect(linkProblem('javascript:void(0)')).toMatch(/^is a javascript: address/);
	});

	it('shows what its form says: an image file, a video, else a page', () => {
		expect(mediaKind('https://example.org/a/Twain.JPG')).toBe('image');
		expect(mediaKind('https://example.org/a/diagram.svg?x=1')).toBe('image');
		expect(mediaKind(PIXEL)).toBe('image');
		expect(mediaKind('https://youtu.be/abc')).toBe('video');
		expect(mediaKind('https://www.youtube.com/watch?v=abc')).toBe('video');
		expect(mediaKind('https://example.org/clip.mp4')).toBe('video');
		expect(mediaKind('https://en.wikipedia.org/wiki/Mark_Twain')).toBe('page');
		expect(mediaKind('https://example.org/jpg')).toBe('page');
	});
});
