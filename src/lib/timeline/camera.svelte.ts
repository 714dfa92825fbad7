/**
 * Where the timeline looks: one d3-zoom transform over a base scale that fits every event, and the
 * moves that change it. The visible scale is derived (`transform.rescaleX(x0)`), never stored. Loaded
 * with the engine: the first frame, drawn by the server, needs none of it.
 */
import type { ScaleTime } from 'd3-scale';
import type { ZoomTransform } from 'd3-zoom';
import { baseScale, domainOf, transformFor } from './layout/scale';
import type { Domain } from './layout/types';
import { Zoomer } from './zoom';

export class Camera {
	transform = $state.raw<ZoomTransform | null>(null);
	x0 = $state.raw<ScaleTime<number, number> | null>(null);
	/** The window that shows everything, ms. */
	fitted: Domain | null = null;
	#zoomer: Zoomer;
	#onsettle: (domain: Domain, byPerson: boolean) => void;
	/** While a drag on the minimap lasts, its many small moves are one gesture: reported when it ends. */
	#holding = false;

	/** `onsettle` hears the window, ms, once a gesture or a move has ended, and whether a person made it. */
	constructor(svg: SVGSVGElement, onsettle: (domain: Domain, byPerson: boolean) => void) {
		this.#onsettle = onsettle;
		let pending: ZoomTransform | null = null;
		this.#zoomer = new Zoomer(
			svg,
			(transform, byPerson) => {
				if (!byPerson) {
					pending = null;
					this.transform = transform;
					return;
				}
				// Several wheel and pointer events can land in one frame: lay out once, in that frame.
				if (pending === null)
					requestAnimationFrame(() => {
						if (pending) this.transform = pending;
						pending = null;
					});
				pending = transform;
			},
			(transform, byPerson) => {
				if (!this.#holding && this.x0) onsettle(domainOf(transform, this.x0), byPerson);
			}
		);
	}

	/** The visible scale. */
	get x(): ScaleTime<number, number> | null {
		return this.x0 && this.transform ? this.transform.rescaleX(this.x0) : null;
	}

	get domain(): Domain | null {
		return this.x0 && this.transform ? domainOf(this.transform, this.x0) : null;
	}

	/**
	 * A new size or a new data set: the base scale fits `fitted`, and the window shows `keep`. A new
	 * height alone (more rows, say) changes no scale, and a move under way goes on.
	 */
	configure(width: number, height: number, fitted: Domain, keep: Domain) {
		const same = this.x0 && this.fitted === fitted && this.x0.range()[1] === width;
		const x0 = same ? this.x0! : baseScale(fitted, width);
		this.fitted = fitted;
		this.#zoomer.configure(width, height, x0);
		if (same) return;
		this.x0 = x0;
		this.#zoomer.go(transformFor(keep, x0));
	}

	/** Shows `domain` (ms), within the zoom limits; `duration` 0 jumps. */
	go(domain: Domain, duration = 0) {
		if (this.x0) this.#zoomer.go(transformFor(domain, this.x0), duration);
	}

	/** Zooms by `k` about the instant `at` (ms; default the middle of the window). */
	zoomBy(k: number, duration: number, at?: number) {
		const x = this.x;
		const px = at === undefined || !x ? undefined : Math.min(Math.max(x(at), 0), x.range()[1]!);
		this.#zoomer.scaleBy(k, duration, px);
	}

	/** Pans by `dx` px; positive shows later dates. */
	panBy(dx: number) {
		this.#zoomer.translateBy(-dx);
	}

	/** Moves made until `release` are one gesture (the minimap's drag). */
	hold() {
		this.#holding = true;
	}

	release() {
		this.#holding = false;
		const domain = this.domain;
		if (domain) this.#onsettle(domain, true);
	}

	destroy() {
		this.#zoomer.destroy();
	}
}
