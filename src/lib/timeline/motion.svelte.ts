/**
 * How the timeline moves: the engine (d3 and the layout), asked for as soon as the page has hydrated
 * (the first interactive draw waits for it, nothing else does); the camera on the chart's svg, laid out afresh for a new size or data set; each
 * request to move carried out once; a report when a gesture or a move has ended. Create it while the
 * timeline initialises: it sets up its own effects.
 */
import { untrack } from 'svelte';
import type { TimeWindow } from '$lib/model/window';
import type { Move } from '$lib/state/view.svelte';
import type { EventIndex } from './layout/events';
import type { Domain, Geometry } from './layout/types';

type Engine = typeof import('./engine');
type Camera = InstanceType<Engine['Camera']>;

interface MotionValues {
	chart: SVGSVGElement | undefined;
	index: EventIndex | null;
	geo: Geometry | null;
	/** The window that shows every event. */
	fitted: Domain | null;
	/** The window to show when laid out afresh (null: everything). */
	view: TimeWindow | null;
	/** The latest request to move. */
	move: Move | null;
}

/** Each value read through its own function, so that an effect depends on the values it reads, no others. */
export type MotionInput = { [K in keyof MotionValues]: () => MotionValues[K] };

/** A move's length in ms, or none for a reader who asks for reduced motion. */
export function duration(ms: number): number {
	return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 0 : ms;
}

export class Motion {
	engine = $state.raw<Engine | null>(null);
	camera = $state.raw<Camera | null>(null);
	/** The event last shown on request: drawn with its label until a person moves the timeline. */
	shown = $state<string | null>(null);
	#loading: Promise<Engine> | null = null;

	constructor(input: MotionInput, onsettle: (view: TimeWindow | null) => void) {
		// After hydration, in its own task: the request goes out at once, the module runs when it arrives.
		$effect(() => {
			const timer = setTimeout(() => this.load());
			return () => clearTimeout(timer);
		});

		// `input` is read value by value, and only once the engine has come: pre-effects run as they are made, while the component
		// that builds this Motion is still declaring the values behind those getters.
		$effect.pre(() => {
			const engine = this.engine;
			const chart = engine && input.chart();
			if (!engine || !chart) return;
			const camera = new engine.Camera(chart, (view, byPerson) => {
				// The reader has moved on from the event they were shown.
				if (byPerson) this.shown = null;
				onsettle(view);
			});
			this.camera = camera;
			return () => camera.destroy();
		});

		// A new width or data set: keep showing the same dates (or the view asked for, or everything).
		$effect.pre(() => {
			const camera = this.camera;
			if (!camera) return;
			const geo = input.geo();
			const fitted = input.fitted();
			if (!geo || !fitted) return;
			// Untracked: what the move sets off (a redraw, the report that it has settled) is not this effect's.
			untrack(() => camera.configure(geo.width, geo.height, fitted, input.view()));
		});

		// Each request to move is carried out once, as soon as there is something to move.
		let carried = 0;
		$effect(() => {
			const camera = this.camera;
			if (!camera) return;
			const move = input.move();
			const index = input.index();
			if (!move || !camera.x0 || !index) return;
			untrack(() => {
				if (move.n <= carried) return;
				carried = move.n;
				if (move.kind === 'window') return camera.show(move.window, move.animate ? duration(450) : 0);
				const item = index.byId.get(move.event);
				if (!item) return;
				this.shown = move.event;
				camera.reveal(item, true, duration(450));
			});
		});
	}

	load(): Promise<Engine> {
		this.#loading ??= import('./engine').then((engine) => (this.engine = engine));
		return this.#loading;
	}
}
