import { describe, expect, it } from 'vitest';
import { fileName, iframeSnippet, viewLink } from './snippet';

const state = { event: 'e-1', lang: 'en' as const, view: { from: '2014-01-01', to: '2016-01-01' } };

describe('share links', () => {
	it('point at the page with the current view, and nothing else of the old query', () => {
		expect(viewLink('https://site.example/base/a/x?event=old&utm=1#p-3', state, 'zh-Hant')).toBe(
			'https://site.example/base/a/x?event=e-1&lang=en&from=2014-01-01&to=2016-01-01'
		);
		expect(viewLink('https://site.example/', { event: null, lang: 'zh-Hant', view: null }, 'zh-Hant')).toBe(
			'https://site.example/'
		);
	});

	it('embed with a title, lazily, sandboxed to scripts only', () => {
		const html = iframeSnippet('https://site.example/embed', state, 'zh-Hant', 'Ten "years" <of> & more');
		expect(html).toBe(
			[
				'<iframe src="https://site.example/embed?event=e-1&#38;lang=en&#38;from=2014-01-01&#38;to=2016-01-01"',
				'\ttitle="Ten &#34;years&#34; &#60;of&#62; &#38; more"',
				'\twidth="100%" height="420" style="border:0"',
				'\tloading="lazy" sandbox="allow-scripts"></iframe>'
			].join('\n')
		);
		const parsed = new URL(html.match(/src="([^"]*)"/)![1]!.replaceAll('&#38;', '&'));
		expect(parsed.searchParams.get('from')).toBe('2014-01-01');
	});

	it('name files after the article, safely', () => {
		expect(fileName('務實推進網路空間命運共同體建設', 'svg')).toBe('務實推進網路空間命運共同體建設.svg');
		expect(fileName('a/b: c?', 'png')).toBe('a-b-c.png');
		expect(fileName('...', 'csv')).toBe('nianbiao.csv');
	});
});
