/**
 * The reading page's one way to move its text: text-scroll.ts is loaded the first time the text moves, since
 * the first frame needs none of it.
 */
import type { Panes } from './text-scroll';

type TextScroll = typeof import('./text-scroll');

/** A function that runs `move` with text-scroll.ts and the panes as they are now, once both are there. */
export function textMover(panes: () => Panes | undefined) {
	let loading: Promise<TextScroll> | null = null;
	return (move: (module: TextScroll, panes: Panes) => void) => {
		const now = panes();
		if (!now) return;
		void (loading ??= import('./text-scroll')).then((module) => move(module, now));
	};
}
