/**
 * The browser half of the image export: take the timeline's svg out of the page as it is drawn (styles
 * resolved, since a file has no stylesheet; whole titles; no reading band), with its legend, frame it
 * (svg.ts), and rasterize it at 2x for PNG.
 */
import type { Dataset } from '$lib/model/schema';
import { composeSvg, fullLabel, sourceLine, type LegendEntry } from '$lib/formats/svg';
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

/** The legend beside the chart, when it has one, as the picture draws it. */
function legendOf(svg: SVGSVGElement): LegendEntry[] {
	const items = svg.closest('.timeline')?.querySelectorAll('.legend li') ?? [];
	return [...items].flatMap((item) => {
		const icon = item.querySelector('svg');
		if (!icon) return [];
		const copy = icon.cloneNode(true) as SVGSVGElement;
		inlineStyles(icon, copy);
		copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
		const label = item.textContent?.trim() ?? '';
		return [{ icon: new XMLSerializer().serializeToString(copy), width: icon.width.baseVal.value, label }];
	});
}

/**
 * How far the drawing reaches left and right of the plot once whole titles replace cut ones: measured
 * in the page (the copy is laid out off screen for a moment), since only a layout engine knows.
 */
function reach(copy: SVGSVGElement, width: number): { left: number; right: number } {
	const holder = document.createElement('div');
	holder.style.cssText = 'position:absolute;left:-100000px;top:0;visibility:hidden';
	holder.append(copy);
	document.body.append(holder);
	let left = 0;
	let right = width;
	for (const label of copy.querySelectorAll<SVGTextElement>('[data-event-id] text')) {
		const box = label.getBBox();
		const x = label.getCTM()?.e ?? 0;
		left = Math.min(left, x + box.x - 4);
		right = Math.max(right, x + box.x + box.width + 4);
	}
	holder.remove();
	return { left: Math.floor(left), right: Math.ceil(right) };
}

export function svgSnapshot(svg: SVGSVGElement, data: Dataset, view: TimeWindow | null) {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	inlineStyles(svg, copy);
	// The reading band says where a reader is in the article: a picture has no reader.
	for (const band of copy.querySelectorAll('.highlight')) band.remove();
	// Whole titles may reach past the plot: the picture widens to hold them rather than clip them.
	for (const clipped of copy.querySelectorAll('[clip-path]')) clipped.removeAttribute('clip-path');
	const events = new Map(data.events.map((event) => [event.id, event]));
	for (const label of copy.querySelectorAll<SVGTextElement>('[data-event-id] > text')) {
		const event = events.get(label.parentElement?.getAttribute('data-event-id') ?? '');
		if (event) label.textContent = fullLabel(label.textContent ?? '', [event.title, event.titleEn]);
	}
	// One pixel of the picture per unit of the drawing, whatever size the page gave the chart.
	const { width: drawn, height } = svg.viewBox.baseVal;
	copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	copy.setAttribute('width', String(drawn));
	copy.setAttribute('height', String(height));
	const { left, right } = reach(copy, drawn);
	const width = right - left;
	copy.setAttribute('width', String(width));
	copy.setAttribute('viewBox', `${left} 0 ${width} ${height}`);
	const page = getComputedStyle(document.documentElement);
	return composeSvg(
		new XMLSerializer().serializeToString(copy),
		{
			width,
			height,
			background: opaque(page.backgroundColor),
			color: getComputedStyle(svg).color,
			fontFamily: getComputedStyle(svg).fontFamily
		},
		data.article.title,
		sourceLine(data, view),
		legendOf(svg)
	);
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
