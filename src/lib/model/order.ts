/**
 * The one order of events in time, which every surface steps through: the timeline's ←/→, the event
 * list, the embed's `next`/`prev`, the stage, CSV and TimelineJS. By start, then by end (a range still
 * running ends after every closed one), then by where the text tells them, so that two events of the
 * same year keep the order of the article.
 */
import { eventExtent } from './dates';
import type { TimelineEvent } from './schema';

/** An event with its extent in ms (`to` is ignored for an open range). */
export interface Timed {
	event: Pick<TimelineEvent, 'id' | 'end' | 'paragraph' | 'span'>;
	from: number;
	to: number;
}

/** Where an event ends in the order: a range still running ends after every closed one. */
export const until = (item: Timed) => (item.event.end === 'open' ? Infinity : item.to);

export function compareInTime(a: Timed, b: Timed): number {
	return (
		a.from - b.from ||
		// Two open ranges give Infinity - Infinity, NaN, which counts as a tie and falls through.
		until(a) - until(b) ||
		a.event.paragraph - b.event.paragraph ||
		a.event.span[0] - b.event.span[0] ||
		(a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0)
	);
}

export function inTimeOrder<E extends TimelineEvent>(events: readonly E[]): E[] {
	const timed = events.map((event) => {
		const [from, to] = eventExtent(event);
		return { event, from, to };
	});
	return timed.sort(compareInTime).map(({ event }) => event);
}

/**
 * The id one step away from `current` in `order`. With nothing selected, forward starts at the first and
 * backward at the last; the ends hold (a clicker pressed once too often must not wrap to the start).
 */
export function step(order: readonly string[], current: string | null, direction: 1 | -1): string | null {
	if (order.length === 0) return null;
	const at = current === null ? -1 : order.indexOf(current);
	if (at === -1) return direction === 1 ? order[0]! : order[order.length - 1]!;
	return order[Math.min(order.length - 1, Math.max(0, at + direction))]!;
}
