/**
 * The image of a view, for slides (Google Slides, PowerPoint, Keynote): the timeline as drawn, a title
 * above it and the source and date line under it, as one self-contained SVG document. Pure string
 * work; `snapshot.ts` takes the drawn svg out of the page.
 */
import type { Dataset } from '$lib/model/schema';

export const HEADER = 44;
export const FOOTER = 30;

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

/** "Source: <title> (<url>), published <day> · view <from> – <to> · made with nianbiao". */
export function sourceLine(data: Dataset, view: { from: string; to: string } | null): string {
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
 * The result's pixel size is the chart's plus the header and footer bands.
 */
export function composeSvg(chart: string, frame: SvgFrame, title: string, footer: string): string {
	const width = Math.round(frame.width);
	const height = Math.round(frame.height) + HEADER + FOOTER;
	const font = escapeXml(frame.fontFamily);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${font}">`,
		`<title>${escapeXml(title)}</title>`,
		`<rect width="100%" height="100%" fill="${escapeXml(frame.background)}"/>`,
		`<text x="16" y="29" font-size="20" font-weight="600" fill="${escapeXml(frame.color)}">${escapeXml(title)}</text>`,
		`<g transform="translate(0 ${HEADER})">${chart}</g>`,
		`<text x="16" y="${height - 11}" font-size="12" fill="${escapeXml(frame.color)}" opacity="0.75">${escapeXml(footer)}</text>`,
		'</svg>'
	].join('\n');
}

/** Width and height from a PNG's IHDR chunk (bytes 16-23, big-endian), or null if it is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
	const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
	if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}
