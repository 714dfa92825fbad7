/**
 * How the timeline moves: the engine (the layout, whose code comes with the timeline's), handed over once
 * the page has hydrated, so that hydration meets the server's frame; the camera on the chart's svg (d3-zoom), asked for
 * at a first sign of interest (`wake`: a pointer over the chart, a touch, focus, a key, a request to move)
 * and laid out afresh for a new size or data set; what was asked of it before it came (gestures held
 * meanwhile, keys, buttons) carried out in order once it has; each request to move carried out once; a
 * report when a gesture or a move has ended. Create it while the timeline initialises: it sets up its own
 * effects.
 */
import { untrack } from 'svelte';
import type { TimeWindow } from '$lib/model/window';
import type { Move } from '$lib/state/view.svelte';
import type { EventIndex } from './layout/events';
import { holdGestures } from './early';
import * as layout from './engine';
import type { Domain, Geometry } from './layout/types';

type Engine = typeof layout;
type CameraModule = typeof import('./camera.svelte');
export type Camera = InstanceType<CameraModule['Camera']>;

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
	#cameraModule = $state.raw<CameraModule | null>(null);
	#waking: Promise<unknown> | null = null;
	/** What was asked of the camera before it could move, in order. */
	#waiting: ((camera: Camera) => void)[] = [];

	constructor(input: MotionInput, onsettle: (view: TimeWindow | null) => void) {
		// After hydration, in its own task.
		$effect(() => {
			const timer = setTimeout(() => this.load());
			return () => clearTimeout(timer);
		});

		// Until the camera listens, the chart's gestures wait for it.
		$effect(() => {
			const chart = input.chart();
			if (!chart || this.camera) return;
			return holdGestures(chart, (handOn) => this.act(handOn));
		});

		// `input` is read value by value, and only once the engine has come: pre-effects run as they are made, while the component
		// that builds this Motion is still declaring the values behind those getters.
		$effect.pre(() => {
			const module = this.engine && this.#cameraModule;
			const chart = module && input.chart();
			if (!module || !chart) return;
			const camera = new module.Camera(chart, (view, byPerson) => {
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

		// Once it can move: what was asked of it meanwhile.
		$effect(() => {
			const camera = this.camera;
			if (camera?.x0) untrack(() => this.#waiting.splice(0).forEach((move) => move(camera)));
		});

		// Each request to move is carried out once, as soon as there is something to move.
		let carried = 0;
		$effect(() => {
			const move = input.move();
			if (!move || move.n <= carried) return;
			const camera = this.camera;
			if (!camera?.x0) return void untrack(() => this.wake());
			const index = input.index();
			if (!index) return;
			untrack(() => {
				carried = move.n;
				if (move.kind === 'window') return camera.show(move.window, move.animate ? duration(450) : 0);
				const item = index.byId.get(move.event);
				if (!item) return;
				this.shown = move.event;
				camera.reveal(item, true, duration(450));
			});
		});
	}

	load(): Engine {
		return (this.engine = layout);
	}

	/** Asks for the camera's code (and the engine's, if it has not come yet). */
	wake(): Promise<unknown> {
		this.load();
		this.#waking ??= import('./camera.svelte').then((module) => (this.#cameraModule = module));
		return this.#waking;
	}

	/** Carries out `move` now if the camera can move, else once it can. */
	act(move: (camera: Camera) => void) {
		const camera = this.camera;
		if (camera?.x0) return move(camera);
		this.#waiting.push(move);
		this.wake();
	}
}
