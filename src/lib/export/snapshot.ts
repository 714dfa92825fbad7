/**
 * The browser half of the image export: take the timeline's svg out of the page as it is drawn (styles
 * resolved, since a file has no stylesheet), frame it (svg.ts), and rasterize it at 2x for PNG.
 */
import type { Dataset } from '$lib/model/schema';
import { bands, composeSvg, fullLabel, sourceLine } from '$lib/formats/svg';
import type { TimeWindow } from '$lib/model/window';

/** What a drawing needs from CSS; everything else (layout, transitions) means nothing in a file. */
const PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stop-color',
	'stop-opacity',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'text-anchor',
	'dominant-baseline',
	'visibility',
	'display'
];

function inlineStyles(source: Element, copy: Element) {
	const style = getComputedStyle(source);
	copy.setAttribute('style', PROPERTIES.map((name) => `${name}:${style.getPropertyValue(name)}`).join(';'));
	// Focus rings and hover states are the reader's, not the picture's.
	copy.removeAttribute('tabindex');
	for (let i = 0; i < source.children.length; i++) inlineStyles(source.children[i]!, copy.children[i]!);
}

function opaque(color: string): string {
	return /^rgba\(.*,\s*0\)$|^transparent$/.test(color) ? '#ffffff' : color;
}

export function svgSnapshot(svg: SVGSVGElement, data: Dataset, view: TimeWindow | null) {
	const box = svg.getBoundingClientRect();
	const copy = svg.cloneNode(true) as SVGSVGElement;
	inlineStyles(svg, copy);
	const events = new Map(data.events.map((event) => [event.id, event]));
	for (const label of copy.querySelectorAll<SVGTextElement>('[data-event-id] > text')) {
		const event = events.get(label.parentElement?.getAttribute('data-event-id') ?? '');
		if (event) label.textContent = fullLabel(label.textContent ?? '', [event.title, event.titleEn]);
	}
	copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	copy.setAttribute('width', String(Math.round(box.width)));
	copy.setAttribute('height', String(Math.round(box.height)));
	const page = getComputedStyle(document.documentElement);
	const footer = sourceLine(data, view);
	const text = composeSvg(
		new XMLSerializer().serializeToString(copy),
		{
			width: box.width,
			height: box.height,
			background: opaque(page.backgroundColor),
			color: getComputedStyle(svg).color,
			fontFamily: getComputedStyle(svg).fontFamily
		},
		data.article.title,
		footer
	);
	const band = bands(Math.round(box.width), data.article.title, footer);
	const height = Math.round(box.height) + Math.round(band.header) + Math.round(band.footer);
	return { text, width: Math.round(box.width), height };
}

/** The SVG drawn on a canvas at `scale` (2x: sharp on a 4K projector and in a slide scaled up). */
export async function pngOf(svg: { text: string; width: number; height: number }, scale = 2): Promise<Blob> {
	const image = new Image();
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.text)}`;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = svg.width * scale;
	canvas.height = svg.height * scale;
	const context = canvas.getContext('2d')!;
	context.scale(scale, scale);
	context.drawImage(image, 0, 0, svg.width, svg.height);
	return new Promise((done, fail) =>
		canvas.toBlob(
			(blob) => (blob ? done(blob) : fail(new Error('the browser could not encode a PNG'))),
			'image/png'
		)
	);
}

export function download(name: string, content: Blob | string, type = 'application/octet-stream') {
	const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
	const link = document.createElement('a');
	link.href = URL.createObjectURL(blob);
	link.download = name;
	link.click();
	setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
