/**
 * d3-zoom on the timeline's svg: it listens (wheel, drag, pinch, double-click) and writes one thing, the
 * transform, through `onzoom`. It never touches an element Svelte renders.
 */
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { ScaleTime } from 'd3-scale';
// Adds selection.transition(), for animated moves; d3-zoom already bundles d3-transition.
import 'd3-transition';
import { scaleLimits } from './layout/scale';

export class Zoomer {
	#behavior: ZoomBehavior<SVGSVGElement, unknown>;
	#selection: Selection<SVGSVGElement, unknown, null, undefined>;
	#svg: SVGSVGElement;
	#size: [number, number] = [1, 1];
	/** Where an animation is heading: a key pressed during it builds on its end, not on its start. */
	#target: ZoomTransform | null = null;

	/** `onzoom` learns whether the reader moved it (wheel, drag, pinch) or code did (a key, an animation). */
	constructor(svg: SVGSVGElement, onzoom: (transform: ZoomTransform, byInput: boolean) => void) {
		this.#behavior = zoom<SVGSVGElement, unknown>()
			// Clicks on marks and clusters stay clicks; a drag that starts on them still pans.
			.clickDistance(4)
			.on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) =>
				onzoom(event.transform, event.sourceEvent !== null)
			);
		this.#selection = select(svg).call(this.#behavior);
		this.#svg = svg;
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
		const selection = this.#selection.interrupt();
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

	/** Zooms by `k` about the middle of the plot. */
	scaleBy(k: number, duration = 0) {
		const base = this.#target ?? zoomTransform(this.#svg);
		const [width, height] = this.#size;
		const [px, py] = base.invert([width / 2, height / 2]);
		const k1 = base.k * k;
		this.go(
			this.#constrain(zoomIdentity.translate(width / 2 - px * k1, height / 2 - py * k1).scale(k1)),
			duration
		);
	}

	/** Pans by `dx` screen px. */
	translateBy(dx: number) {
		const base = this.#target ?? zoomTransform(this.#svg);
		this.go(this.#constrain(zoomIdentity.translate(base.x + dx, base.y).scale(base.k)));
	}

	destroy() {
		this.#selection.interrupt().on('.zoom', null);
	}
}
