/**
 * The image of a view, for slides (Google Slides, PowerPoint, Keynote): the timeline as drawn, a title
 * above it and the source and date line under it, as one self-contained SVG document. Pure string
 * work; `snapshot.ts` takes the drawn svg out of the page.
 */
import type { Dataset } from '$lib/model/schema';
import { LONE_SURROGATE } from '$lib/model/text';
import type { TimeWindow } from '$lib/model/window';

const TITLE_SIZE = 20;
const NOTE_SIZE = 12;
const MARGIN = 16;

/**
 * Lines of at most `width` pixels, measured roughly (a CJK character is as wide as the font is tall, other
 * characters about 0.6 of it): SVG text does not wrap, and a file has no layout engine to ask.
 */
export function wrapText(text: string, width: number, fontSize: number): string[] {
	const lines: string[] = [];
	let line = '';
	let used = 0;
	let lastBreak = -1;
	for (const char of text) {
		const advance = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(char) ? fontSize : fontSize * 0.6;
		if (used + advance > width && line) {
			// Break at the last space when there is one, else mid-word (CJK has no spaces).
			const cut = lastBreak > 0 ? lastBreak : line.length;
			lines.push(line.slice(0, cut).trimEnd());
			line = line.slice(cut).trimStart();
			used = [...line].length * fontSize * 0.6;
			lastBreak = -1;
		}
		line += char;
		used += advance;
		if (char === ' ') lastBreak = line.length;
	}
	if (line) lines.push(line);
	return lines;
}

/** The bands above and below the chart, for a chart `width` wide. */
export function bands(width: number, title: string, footer: string) {
	const titleLines = wrapText(title, width - 2 * MARGIN, TITLE_SIZE);
	const footerLines = wrapText(footer, width - 2 * MARGIN, NOTE_SIZE);
	return {
		titleLines,
		footerLines,
		header: 14 + titleLines.length * TITLE_SIZE * 1.3,
		footer: 10 + footerLines.length * NOTE_SIZE * 1.4
	};
}

export interface SvgFrame {
	/** The chart's own size in CSS pixels. */
	width: number;
	height: number;
	background: string;
	color: string;
	fontFamily: string;
}

export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * What XML 1.0 allows nowhere, not even escaped: the C0 controls but tab, LF and CR; U+FFFE and U+FFFF;
 * lone surrogates.
 */
const NOT_XML = new RegExp(`[\\0-\\x08\\x0b\\x0c\\x0e-\\x1f\\ufffe\\uffff]|${LONE_SURROGATE.source}`, 'g');

/**
 * A document with every character XML forbids replaced: a vertical tab or form feed (Word's line and page
 * breaks) by a space, anything else by U+FFFD. One such character made the whole SVG unreadable, and the
 * PNG drawn from it failed. Markup never holds them, so the whole serialized document can pass through.
 */
export function xmlSafe(text: string): string {
	return text.replace(NOT_XML, (c) => (c === '\v' || c === '\f' ? ' ' : '\ufffd'));
}

/** "Source: <title> (<url>), published <day> · view <from> – <to> · made with nianbiao". */
export function sourceLine(data: Dataset, view: TimeWindow | null): string {
	const { title, source, published } = data.article;
	return [
		`Source: ${title}${source ? ` (${source})` : ''}${published ? `, ${published}` : ''}`,
		view ? `${view.from} – ${view.to}` : null,
		'nianbiao'
	]
		.filter(Boolean)
		.join(' · ');
}

/**
 * `chart` is a complete `<svg>` element (namespaced, styles inlined); it is nested under the title.
 * The result's pixel size is the chart's plus the title and source bands (`bands`).
 */
export function composeSvg(chart: string, frame: SvgFrame, title: string, footer: string): string {
	const width = Math.round(frame.width);
	const band = bands(width, title, footer);
	const top = Math.round(band.header);
	const height = Math.round(frame.height) + top + Math.round(band.footer);
	const color = escapeXml(frame.color);
	const lines = (texts: string[], y: number, size: number) =>
		texts
			.map(
				(text, i) => `<tspan x="${MARGIN}" y="${Math.round(y + i * size * 1.35)}">${escapeXml(text)}</tspan>`
			)
			.join('');
	const svg = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(frame.fontFamily)}">`,
		`<title>${escapeXml(title)}</title>`,
		`<rect width="100%" height="100%" fill="${escapeXml(frame.background)}"/>`,
		`<text font-size="${TITLE_SIZE}" font-weight="600" fill="${color}">${lines(band.titleLines, 8 + TITLE_SIZE, TITLE_SIZE)}</text>`,
		`<g transform="translate(0 ${top})">${chart}</g>`,
		`<text font-size="${NOTE_SIZE}" fill="${color}" opacity="0.75">${lines(band.footerLines, height - Math.round(band.footer) + 6 + NOTE_SIZE, NOTE_SIZE)}</text>`,
		'</svg>'
	].join('\n');
	return xmlSafe(svg);
}

/**
 * A label as the picture shows it: the screen may cut a title to its room (`…`), a file never does. Of the
 * event's titles (`title`, `titleEn`), the one the cut label begins.
 */
export function fullLabel(shown: string, titles: (string | undefined)[]): string {
	if (!shown.endsWith('…')) return shown;
	const kept = shown.slice(0, -1);
	return titles.find((title) => title !== undefined && title.startsWith(kept)) ?? shown;
}

/** Width and height from a PNG's IHDR chunk (bytes 16-23, big-endian), or null if it is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
	const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
	if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}
