import type { Frame } from './types';

/**
 * The keys the timeline takes from the page, so that the page never also acts on one (scrolling on Home
 * or an arrow); what each does is `keyAction`.
 */
export const TIMELINE_KEYS = ['+', '=', '-', '_', '0', 'Home', 'Escape', 'ArrowLeft', 'ArrowRight'];

/** Where Tab lands in the chart: the first of `wanted` drawn, else the first mark on screen, else the first. */
export function tabStopOf(frame: Frame, wanted: readonly (string | null)[]): string | undefined {
	return (
		wanted.find((id) => id !== null && frame.marks.some((m) => m.id === id)) ??
		frame.marks.find((m) => m.x1 >= 0 && m.x1 <= frame.width)?.id ??
		frame.marks[0]?.id
	);
}

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
