/**
 * Events in the order a presenter steps through them: by start, then by end, then by where they sit in
 * the article, so that two events of the same year keep the order in which the text tells them.
 */
import { eventExtent } from '$lib/model/dates';
import type { TimelineEvent } from '$lib/model/schema';

export function inTimeOrder<E extends TimelineEvent>(events: readonly E[]): E[] {
	const keyed = events.map((event) => {
		const [from, to] = eventExtent(event);
		return { event, from: +from, to: +to };
	});
	keyed.sort(
		(a, b) =>
			a.from - b.from ||
			a.to - b.to ||
			a.event.paragraph - b.event.paragraph ||
			a.event.span[0] - b.event.span[0]
	);
	return keyed.map(({ event }) => event);
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
