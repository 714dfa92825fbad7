import { describe, expect, it } from 'vitest';
import { sampleDataset } from '$lib/model/fixture.test-helper';
import { bands, composeSvg, fullLabel, pngSize, sourceLine, wrapText, xmlSafe } from './svg';
import { parseXmlStrictly } from './xml.test-helper';

const frame = {
	width: 800.4,
	height: 200,
	background: '#fff',
	color: '#111',
	fontFamily: '"Noto Sans CJK TC", sans-serif'
};

describe('the exported image', () => {
	it('shows whole titles where the screen had to cut a label', () => {
		const titles = ['習近平主席提出構建網路空間命運共同體理念', 'Xi proposes a shared future in cyberspace'];
		expect(fullLabel('習近平主席提出構建…', titles)).toBe(titles[0]);
		expect(fullLabel('Xi proposes a…', [titles[0], titles[1]])).toBe(titles[1]);
		expect(fullLabel('習近平主席', titles)).toBe('習近平主席');
		expect(fullLabel('Other…', titles)).toBe('Other…');
	});

	it('says where the events come from and which window it shows', () => {
		expect(sourceLine(sampleDataset(), { from: '2014-01-01', to: '2019-01-01' })).toBe(
			'Source: 十年回顧 (https://example.org/a), 2025-11-11 · 2014-01-01 – 2019-01-01 · nianbiao'
		);
	});

	it('wraps the chart between a title and the source line, sized in whole pixels', () => {
		const { text: svg } = composeSvg(
			'<svg data-timeline="" width="800" height="200"></svg>',
			frame,
			'A <b> & "c"',
			'Source: x'
		);
		const band = bands(800, 'A <b> & "c"', 'Source: x');
		const height = 200 + Math.round(band.header) + Math.round(band.footer);
		expect(svg).toMatch(
			new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="800" height="${height}"`)
		);
		expect(svg).toContain('<title>A &#60;b&#62; &#38; &#34;c&#34;</title>');
		expect(svg).toContain('font-family="&#34;Noto Sans CJK TC&#34;, sans-serif"');
		expect(svg).toContain(`<g transform="translate(0 ${Math.round(band.header)})"><svg data-timeline=""`);
		expect(svg).not.toContain('<b>');
	});
	it('draws the legend under the chart, its entries onto as many rows as the width needs', () => {
		const legend = ['一天', '一段時間', 'still running'].map((label) => ({
			icon: '<svg width="22" height="10"><rect width="20" height="8"/></svg>',
			width: 22,
			label
		}));
		const wide = composeSvg('<svg width="800" height="200"></svg>', frame, 'T', 'S', legend);
		expect(wide.text.match(/<g data-legend="">.*<\/g>/)?.[0]).toContain('>一段時間</text>');
		expect(wide.height).toBeGreaterThan(composeSvg('<svg></svg>', frame, 'T', 'S').height);
		const narrow = composeSvg('<svg></svg>', { ...frame, width: 120 }, 'T', 'S', legend);
		expect(new Set(bands(120, 'T', 'S', legend).legendPlaced.map((p) => p.row)).size).toBe(3);
		expect(narrow.height).toBeGreaterThan(wide.height);
	});
});

describe('characters XML forbids', () => {
	it('are replaced, so the document parses: a line break from Word by a space, others by U+FFFD', () => {
		// Issue 14: U+000B (Word's line break) in a title made the SVG unreadable and the PNG fail.
		const chart = '<svg xmlns="http://www.w3.org/2000/svg"><text>大會\v開幕\0</text></svg>';
		const { text: svg } = composeSvg(chart, frame, '標題\v第二行\ud800', 'Source: \x01x\uffff');
		expect(parseXmlStrictly(svg).text).toContain('大會 開幕\ufffd');
		expect(parseXmlStrictly(svg).text).toContain('標題 第二行\ufffd');
		expect(parseXmlStrictly(svg).text).toContain('Source: \ufffdx\ufffd');
	});
	it('leave everything else alone: tab, line breaks, emoji, CJK', () => {
		const text = 'a\tb\nc\r😀年\u0085\ud7ff\ue000';
		expect(xmlSafe(text)).toBe(text);
	});
});

describe('text in a file with no layout engine', () => {
	it('wraps at spaces, or anywhere in CJK, within the width', () => {
		expect(wrapText('Source: one two three four', 55, 10)).toEqual(['Source:', 'one two', 'three', 'four']);
		expect(wrapText('網路空間命運共同體', 40, 10)).toEqual(['網路空間', '命運共同', '體']);
		expect(wrapText('short', 1000, 12)).toEqual(['short']);
	});

	it('grows the bands with the lines', () => {
		expect(bands(320, 'T', 'x '.repeat(100)).footer).toBeGreaterThan(
			bands(3000, 'T', 'x '.repeat(100)).footer
		);
	});
});

describe('PNG size', () => {
	it('reads IHDR', () => {
		const bytes = new Uint8Array(24);
		bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
		new DataView(bytes.buffer).setUint32(16, 1600);
		new DataView(bytes.buffer).setUint32(20, 548);
		expect(pngSize(bytes)).toEqual({ width: 1600, height: 548 });
		expect(pngSize(new Uint8Array(24))).toBeNull();
	});
});
