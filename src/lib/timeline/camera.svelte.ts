/**
 * Where the timeline looks: one d3-zoom transform over a base scale that fits every event, and the
 * moves that change it. The visible scale is derived (`transform.rescaleX(x0)`), never stored. Loaded
 * with the engine: the first frame, drawn by the server, needs none of it.
 */
import type { ScaleTime } from 'd3-scale';
import type { ZoomTransform } from 'd3-zoom';
import { domainWindow, windowDomain, type TimeWindow } from '$lib/model/window';
import { clusterWindow, revealWindow } from './layout/interact';
import { baseScale, domainOf, sameDomain, transformFor } from './layout/scale';
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

	/**
	 * `onsettle` hears the window once a gesture or a move has ended (null while it shows everything), and
	 * whether a person made it.
	 */
	constructor(svg: SVGSVGElement, onsettle: (view: TimeWindow | null, byPerson: boolean) => void) {
		this.#onsettle = (domain, byPerson) =>
			onsettle(this.fitted && sameDomain(domain, this.fitted) ? null : domainWindow(domain), byPerson);
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
				if (!this.#holding && this.x0) this.#onsettle(domainOf(transform, this.x0), byPerson);
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
	 * A new size or a new data set (the window that shows everything, `fitted`): the same data set keeps
	 * showing the same dates, a new one shows `view` (null: everything). A new height alone (more rows,
	 * say) changes no scale, and a move under way goes on.
	 */
	configure(width: number, height: number, fitted: Domain, view: TimeWindow | null) {
		const sameData = this.fitted !== null && sameDomain(this.fitted, fitted);
		const same = sameData && this.x0?.range()[1] === width;
		const keep = (sameData ? this.domain : null) ?? (view ? windowDomain(view) : fitted);
		const x0 = same ? this.x0! : baseScale(fitted, width);
		this.fitted = fitted;
		this.#zoomer.configure(width, height, x0);
		if (same) return;
		this.x0 = x0;
		this.#zoomer.go(transformFor(keep, x0));
	}

	/** Shows `view` (null: everything); `duration` 0 jumps. */
	show(view: TimeWindow | null, duration = 0) {
		const domain = view ? windowDomain(view) : this.fitted;
		if (domain) this.go(domain, duration);
	}

	/** Shows `domain` (ms), within the zoom limits; `duration` 0 jumps. */
	go(domain: Domain, duration = 0) {
		if (this.x0) this.#zoomer.go(transformFor(domain, this.x0), duration);
	}

	/** Zooms by `k` about the first of `around` (spans of ms) on screen, else about the middle. */
	zoomBy(k: number, duration: number, around: readonly ({ from: number; to: number } | undefined)[] = []) {
		const x = this.x;
		const [d0, d1] = this.domain ?? [0, 0];
		const anchor = around.find((item) => item && item.to > d0 && item.from < d1);
		this.#zoomer.scaleBy(k, duration, x && anchor ? x((anchor.from + anchor.to) / 2) : undefined);
	}

	/** Pans (or zooms out) so that `item` (a span of ms) is in view; `center` also when it already is. */
	reveal(item: { from: number; to: number }, center: boolean, duration = 0) {
		const domain = this.domain;
		const to = domain && revealWindow(item, domain, center);
		if (to) this.go(to, duration);
	}

	/** Closer to what a cluster holds, at least twice as close. */
	zoomInto(cluster: { from: number; to: number }, duration = 0) {
		const domain = this.domain;
		if (domain) this.go(clusterWindow(cluster, domain), duration);
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
