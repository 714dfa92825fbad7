/**
 * The image of a view, for slides (Google Slides, PowerPoint, Keynote): the timeline as drawn, a title
 * above it, the legend and the source and date line under it, as one self-contained SVG document. Pure string
 * work; `snapshot.ts` takes the drawn svg out of the page.
 */
import type { Dataset } from '$lib/model/schema';
import { LONE_SURROGATE } from '$lib/model/text';
import type { TimeWindow } from '$lib/model/window';

const TITLE_SIZE = 20;
const NOTE_SIZE = 12;
const MARGIN = 16;

/**
 * A text's width, measured roughly (a CJK character is as wide as the font is tall, other characters about
 * 0.6 of it): SVG text does not wrap, and a file has no layout engine to ask.
 */
function textWidth(text: string, fontSize: number): number {
	let width = 0;
	for (const char of text)
		width += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(char) ? fontSize : fontSize * 0.6;
	return width;
}

/** Lines of at most `width` pixels (`textWidth`), broken at spaces where there are some. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
	const lines: string[] = [];
	let line = '';
	let used = 0;
	let lastBreak = -1;
	for (const char of text) {
		const advance = textWidth(char, fontSize);
		if (used + advance > width && line) {
			// Break at the last space when there is one, else mid-word (CJK has no spaces).
			const cut = lastBreak > 0 ? lastBreak : line.length;
			lines.push(line.slice(0, cut).trimEnd());
			line = line.slice(cut).trimStart();
			used = textWidth(line, fontSize);
			lastBreak = -1;
		}
		line += char;
		used += advance;
		if (char === ' ') lastBreak = line.length;
	}
	if (line) lines.push(line);
	return lines;
}

/** One entry of the legend as the picture draws it: its icon (a complete `<svg>`), the icon's width, its words. */
export interface LegendEntry {
	icon: string;
	width: number;
	label: string;
}

const LEGEND_SIZE = 12;
const LEGEND_ROW = 20;
const LEGEND_GAP = 16;

/** The legend's entries placed left to right, onto as many rows as the width needs. */
export function legendRows(
	entries: LegendEntry[],
	width: number
): { entry: LegendEntry; x: number; row: number }[] {
	const placed: { entry: LegendEntry; x: number; row: number }[] = [];
	let x = MARGIN;
	let row = 0;
	for (const entry of entries) {
		const w = entry.width + 4 + textWidth(entry.label, LEGEND_SIZE);
		if (x > MARGIN && x + w > width - MARGIN) [x, row] = [MARGIN, row + 1];
		placed.push({ entry, x, row });
		x += w + LEGEND_GAP;
	}
	return placed;
}

/** The bands above and below the chart, for a chart `width` wide. */
export function bands(width: number, title: string, footer: string, legend: LegendEntry[] = []) {
	const titleLines = wrapText(title, width - 2 * MARGIN, TITLE_SIZE);
	const footerLines = wrapText(footer, width - 2 * MARGIN, NOTE_SIZE);
	const legendPlaced = legendRows(legend, width);
	const legendHeight = legend.length ? (Math.max(...legendPlaced.map((p) => p.row)) + 1) * LEGEND_ROW + 4 : 0;
	return {
		titleLines,
		footerLines,
		legendPlaced,
		header: 14 + titleLines.length * TITLE_SIZE * 1.3,
		legend: legendHeight,
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
 * `chart` is a complete `<svg>` element (namespaced, styles inlined); it is nested under the title, with
 * the legend and the source line under it. The picture's pixel size is the chart's plus those bands.
 */
export function composeSvg(
	chart: string,
	frame: SvgFrame,
	title: string,
	footer: string,
	legend: LegendEntry[] = []
): { text: string; width: number; height: number } {
	const width = Math.round(frame.width);
	const band = bands(width, title, footer, legend);
	const top = Math.round(band.header);
	const legendTop = top + Math.round(frame.height);
	const height = legendTop + Math.round(band.legend) + Math.round(band.footer);
	const color = escapeXml(frame.color);
	const lines = (texts: string[], y: number, size: number) =>
		texts
			.map(
				(text, i) => `<tspan x="${MARGIN}" y="${Math.round(y + i * size * 1.35)}">${escapeXml(text)}</tspan>`
			)
			.join('');
	const entries = band.legendPlaced.map(({ entry, x, row }) => {
		const y = legendTop + 4 + row * LEGEND_ROW;
		return [
			`<g transform="translate(${Math.round(x)} ${y + 3})">${entry.icon}</g>`,
			`<text x="${Math.round(x + entry.width + 4)}" y="${y + LEGEND_SIZE}" font-size="${LEGEND_SIZE}" fill="${color}">${escapeXml(entry.label)}</text>`
		].join('');
	});
	const text = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(frame.fontFamily)}">`,
		`<title>${escapeXml(title)}</title>`,
		`<rect width="100%" height="100%" fill="${escapeXml(frame.background)}"/>`,
		`<text font-size="${TITLE_SIZE}" font-weight="600" fill="${color}">${lines(band.titleLines, 8 + TITLE_SIZE, TITLE_SIZE)}</text>`,
		`<g transform="translate(0 ${top})">${chart}</g>`,
		entries.length ? `<g data-legend="">${entries.join('')}</g>` : '',
		`<text font-size="${NOTE_SIZE}" fill="${color}" opacity="0.75">${lines(band.footerLines, height - Math.round(band.footer) + 6 + NOTE_SIZE, NOTE_SIZE)}</text>`,
		'</svg>'
	]
		.filter(Boolean)
		.join('\n');
	return { text: xmlSafe(text), width, height };
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
