/**
 * What a key, a cluster click or "show this event" asks of the window, as plain arithmetic on ms
 * ranges. Loaded with the engine, so the first page load carries none of it.
 */
import type { Domain } from './types';

export type KeyAction =
	| { kind: 'zoom'; by: number }
	| { kind: 'fit' }
	| { kind: 'clear' }
	/** Move focus to the previous (-1) or next (1) event in time. */
	| { kind: 'step'; by: -1 | 1 }
	/** Pan by a share of the width: positive shows later dates. */
	| { kind: 'pan'; by: number };

/** Keys the timeline takes; any other key goes on to the page. `onMark`: an event's mark has focus. */
export function keyAction(key: string, shift: boolean, onMark: boolean): KeyAction | null {
	switch (key) {
		case '+':
		case '=':
			return { kind: 'zoom', by: 2 };
		case '-':
		case '_':
			return { kind: 'zoom', by: 0.5 };
		case '0':
		case 'Home':
			return { kind: 'fit' };
		case 'Escape':
			return { kind: 'clear' };
		case 'ArrowLeft':
		case 'ArrowRight': {
			const by = key === 'ArrowLeft' ? -1 : 1;
			// On a mark, arrows walk through events; Shift+arrows always pan.
			return onMark && !shift ? { kind: 'step', by } : { kind: 'pan', by: by * 0.2 };
		}
	}
	return null;
}

/**
 * The window that shows an item: centred on it when `center` (or when it is out of view), else
 * unchanged (null); zoomed out when the item is wider than most of the window.
 */
export function revealWindow(
	item: { from: number; to: number },
	domain: Domain,
	center: boolean
): Domain | null {
	const [d0, d1] = domain;
	let span = d1 - d0;
	if (item.to - item.from > span * 0.9) span = (item.to - item.from) * 1.25;
	const margin = span * 0.05;
	const inView = item.from >= d0 + margin && item.to <= d1 - margin;
	if (!center && inView && span === d1 - d0) return null;
	const middle = (item.from + item.to) / 2;
	return [middle - span / 2, middle + span / 2];
}

/** A cluster click zooms to its extent, and at least twice as close, so each click makes progress. */
export function clusterWindow(cluster: { from: number; to: number }, domain: Domain): Domain {
	const middle = (cluster.from + cluster.to) / 2;
	const span = Math.min(Math.max(cluster.to - cluster.from, 1) * 1.3, (domain[1] - domain[0]) / 2);
	return [middle - span / 2, middle + span / 2];
}
