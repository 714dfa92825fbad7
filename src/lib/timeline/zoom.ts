/**
 * d3-zoom on the timeline's svg: it listens (wheel, drag, pinch, double-click) and writes one thing, the
 * transform, through `onzoom`, and says when a gesture or a move has ended through `onend`. It never
 * touches an element Svelte renders.
 */
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { ScaleTime } from 'd3-scale';
// Adds selection.transition(), for animated moves; d3-zoom already bundles d3-transition.
import 'd3-transition';
import { scaleLimits } from './layout/scale';

interface ZoomEvent {
	transform: ZoomTransform;
	sourceEvent: Event | null;
}

export class Zoomer {
	#behavior: ZoomBehavior<SVGSVGElement, unknown>;
	#selection: Selection<SVGSVGElement, unknown, null, undefined>;
	#svg: SVGSVGElement;
	#size: [number, number] = [1, 1];
	/** Where an animation is heading: a key pressed during it builds on its end, not on its start. */
	#target: ZoomTransform | null = null;
	/** Set while a move cuts short the one before: that one did not end where anyone wanted it. */
	#cutting = false;
	#listening = new AbortController();

	/**
	 * Both callbacks learn whether a person moved it (wheel, drag, pinch: d3-zoom's `sourceEvent`) or
	 * code did (a key, an animation, a jump).
	 */
	constructor(
		svg: SVGSVGElement,
		onzoom: (transform: ZoomTransform, byPerson: boolean) => void,
		onend: (transform: ZoomTransform, byPerson: boolean) => void
	) {
		this.#behavior = zoom<SVGSVGElement, unknown>()
			// Clicks on marks and clusters stay clicks; a drag that starts on them still pans.
			.clickDistance(4)
			.on('zoom', (event: ZoomEvent) => onzoom(event.transform, event.sourceEvent !== null))
			.on('end', (event: ZoomEvent) => {
				if (!this.#cutting) onend(event.transform, event.sourceEvent !== null);
			});
		this.#svg = svg;
		this.#sortTouches();
		this.#selection = select(svg).call(this.#behavior);
	}

	/**
	 * One finger moving up or down scrolls the page (the svg's `touch-action: pan-y` lets the browser do
	 * it); one moving sideways pans, two pinch. d3-zoom would take every touch, so a vertical swipe is kept
	 * from it here, on the way down, before its own listener on the same element.
	 */
	#sortTouches() {
		let start: { x: number; y: number } | null = null;
		let scrolling: boolean | null = null;
		const options = { capture: true, passive: true, signal: this.#listening.signal };
		this.#svg.addEventListener(
			'touchstart',
			(event) => {
				const touch = event.touches.length === 1 ? event.touches[0]! : null;
				start = touch && { x: touch.clientX, y: touch.clientY };
				scrolling = null;
			},
			options
		);
		this.#svg.addEventListener(
			'touchmove',
			(event) => {
				const touch = event.touches[0];
				if (!start || !touch || event.touches.length !== 1) return;
				const dx = Math.abs(touch.clientX - start.x);
				const dy = Math.abs(touch.clientY - start.y);
				// Until the finger has gone far enough to tell, it moves nothing.
				if (scrolling === null && dx + dy > 8) scrolling = dy > dx;
				if (scrolling !== false) event.stopImmediatePropagation();
			},
			options
		);
	}

	configure(width: number, height: number, x0: ScaleTime<number, number>) {
		this.#size = [width, height];
		this.#behavior
			.extent([
				[0, 0],
				[width, height]
			])
			.translateExtent([
				[0, -Infinity],
				[width, Infinity]
			])
			.scaleExtent(scaleLimits(x0));
	}

	go(transform: ZoomTransform, duration = 0) {
		this.#cutting = true;
		const selection = this.#selection.interrupt();
		this.#cutting = false;
		if (duration > 0) {
			this.#target = transform;
			selection
				.transition()
				.duration(duration)
				.call(this.#behavior.transform, transform)
				.on('end interrupt', () => {
					if (this.#target === transform) this.#target = null;
				});
		} else {
			this.#target = null;
			selection.call(this.#behavior.transform, transform);
		}
	}

	#constrain(transform: ZoomTransform): ZoomTransform {
		const [width, height] = this.#size;
		const [lo, hi] = this.#behavior.scaleExtent();
		const k = Math.min(hi, Math.max(lo, transform.k));
		const scaled = zoomIdentity.translate(transform.x, transform.y).scale(k);
		const extent: [[number, number], [number, number]] = [
			[0, 0],
			[width, height]
		];
		return this.#behavior.constrain()(scaled, extent, this.#behavior.translateExtent());
	}

	/** Zooms by `k` about `x` (px in the plot; default its middle), which stays where it is on screen. */
	scaleBy(k: number, duration = 0, x = this.#size[0] / 2) {
		const base = this.#target ?? zoomTransform(this.#svg);
		const y = this.#size[1] / 2;
		const [px, py] = base.invert([x, y]);
		const k1 = base.k * k;
		this.go(this.#constrain(zoomIdentity.translate(x - px * k1, y - py * k1).scale(k1)), duration);
	}

	/** Pans by `dx` screen px. */
	translateBy(dx: number) {
		const base = this.#target ?? zoomTransform(this.#svg);
		this.go(this.#constrain(zoomIdentity.translate(base.x + dx, base.y).scale(base.k)));
	}

	destroy() {
		this.#listening.abort();
		this.#selection.interrupt().on('.zoom', null);
	}
}
