/**
 * d3-zoom on the timeline's svg: it listens (wheel, drag, pinch, double-click) and writes one thing, the
 * transform, through `onzoom`. It never touches an element Svelte renders.
 */
import { select, type Selection } from 'd3-selection';
import { zoom, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { ScaleTime } from 'd3-scale';
// Adds selection.transition(), for animated moves; d3-zoom already bundles d3-transition.
import 'd3-transition';
import { scaleLimits } from './layout/scale';

export class Zoomer {
	#behavior: ZoomBehavior<SVGSVGElement, unknown>;
	#selection: Selection<SVGSVGElement, unknown, null, undefined>;

	constructor(svg: SVGSVGElement, onzoom: (transform: ZoomTransform) => void) {
		this.#behavior = zoom<SVGSVGElement, unknown>()
			// Clicks on marks and clusters stay clicks; a drag that starts on them still pans.
			.clickDistance(4)
			.on('zoom', (event: { transform: ZoomTransform }) => onzoom(event.transform));
		this.#selection = select(svg).call(this.#behavior);
	}

	configure(width: number, height: number, x0: ScaleTime<number, number>) {
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
		if (duration > 0) selection.transition().duration(duration).call(this.#behavior.transform, transform);
		else selection.call(this.#behavior.transform, transform);
	}

	scaleBy(k: number, duration = 0) {
		const selection = this.#selection.interrupt();
		if (duration > 0) selection.transition().duration(duration).call(this.#behavior.scaleBy, k);
		else selection.call(this.#behavior.scaleBy, k);
	}

	translateBy(dx: number) {
		this.#selection.interrupt().call(this.#behavior.translateBy, dx, 0);
	}

	destroy() {
		this.#selection.interrupt().on('.zoom', null);
	}
}
