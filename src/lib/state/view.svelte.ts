/**
 * The one view state a page shares between its parts: which event is selected, the window the timeline
 * shows, the interface language, and numbered requests to move the timeline. Everything that changes
 * the view goes through these methods; the timeline carries out `move` and reports back what it shows
 * once a gesture or a move has ended (`settled`). Nothing is bound two ways, nothing echoes.
 */
import type { Language } from '$lib/model/schema';
import { sameWindow, type TimeWindow } from '$lib/model/window';

/**
 * What changed the selection: it decides what follows (a click in the text leaves the text where it is).
 * `edit`: an edit added, redated or brought back the event.
 */
export type Origin =
	'text' | 'timeline' | 'list' | 'address' | 'history' | 'keyboard' | 'host' | 'stage' | 'edit';

export interface Selection {
	id: string | null;
	origin: Origin;
	/** Counts selections, so that a follower can tell a new one from one it has seen. */
	n: number;
}

type MoveTo =
	/** To this window, or to everything (`null`). */
	| { kind: 'window'; window: TimeWindow | null; animate: boolean }
	/** Centred on this event, zoomed out if it is wider than the window. */
	| { kind: 'reveal'; event: string };

/** A request to move the timeline, numbered so that the same target asked twice moves it twice. */
export type Move = MoveTo & { n: number };

export interface ViewInit {
	lang: Language;
	selected?: string | null;
	window?: TimeWindow | null;
}

export class ViewState {
	#selection = $state.raw<Selection>({ id: null, origin: 'address', n: 0 });
	/** The window on screen as the timeline last settled it; null while it shows everything. */
	window = $state.raw<TimeWindow | null>(null);
	lang = $state<Language>('zh-Hant');
	/** The latest move asked of the timeline; it carries out each one once. */
	move = $state.raw<Move | null>(null);
	/** Set once the timeline has drawn interactively: commands before that wait in `move`. */
	ready = $state(false);
	#moves = 0;

	constructor(init: ViewInit) {
		this.lang = init.lang;
		this.window = init.window ?? null;
		if (init.selected) this.#selection = { id: init.selected, origin: 'address', n: 1 };
	}

	get selected(): string | null {
		return this.#selection.id;
	}

	get selection(): Selection {
		return this.#selection;
	}

	/**
	 * Selects an event (or clears the selection) and asks the timeline to show it, unless the timeline is
	 * where it was picked. The same event picked again in the text, or given another date, is shown again,
	 * not selected again.
	 */
	select(id: string | null, origin: Origin) {
		if (id === this.selected) {
			if (id !== null && (origin === 'text' || origin === 'edit'))
				this.#request({ kind: 'reveal', event: id });
			return;
		}
		this.#select(id, origin);
		if (id !== null && origin !== 'timeline') this.#request({ kind: 'reveal', event: id });
	}

	/** Moves the timeline to `window`, or to everything (`null`). */
	goTo(window: TimeWindow | null, animate = true) {
		this.window = window;
		this.#request({ kind: 'window', window, animate });
	}

	/** A view as a history entry or a scene holds it: this selection, shown in exactly this window. */
	restore(selected: string | null, window: TimeWindow | null, origin: Origin, animate = true) {
		if (selected !== this.selected) this.#select(selected, origin);
		this.goTo(window, animate);
	}

	/** The timeline's report, once a gesture or a move has ended: what is on screen now. */
	settled(window: TimeWindow | null) {
		if (!sameWindow(window, this.window)) this.window = window;
	}

	#select(id: string | null, origin: Origin) {
		this.#selection = { id, origin, n: this.#selection.n + 1 };
	}

	#request(move: MoveTo) {
		this.move = { ...move, n: ++this.#moves };
	}
}
