/**
 * A window of time as the reader sees it: whole days, both ends included, written `YYYY-MM-DD`, `from`
 * not after `to`. The address (`?from=&to=`), the embed's messages, scenes, the reading band and the
 * timeline's visible range all speak it; the timeline converts it to and from ms at its edge.
 */
import { DAY_MS, isIsoDay, periodStart, toIso } from './dates';

export interface TimeWindow {
	from: string;
	to: string;
}

/** Both ends real days, in order; anything else is no window. */
export function parseWindow(from: unknown, to: unknown): TimeWindow | null {
	return isIsoDay(from) && isIsoDay(to) && from <= to ? { from, to } : null;
}

/** The window as a half-open range of ms: from the first instant of `from` to the end of `to`. */
export function windowDomain(window: TimeWindow): [number, number] {
	return [periodStart(window.from), periodStart(window.to) + DAY_MS];
}

/** The days a half-open range of ms touches: its first day and the day of its last instant. */
export function domainWindow([start, end]: readonly [number, number]): TimeWindow {
	return { from: toIso(new Date(start), 'day'), to: toIso(new Date(end - 1), 'day') };
}

export function sameWindow(a: TimeWindow | null, b: TimeWindow | null): boolean {
	return a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to);
}
