import type { Frame } from './types';

/**
 * The keys the timeline takes from the page. Known before the engine loads, so that the page never also
 * acts on one (scrolling on Home or an arrow); what each does is `keyAction` in interact.ts.
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
