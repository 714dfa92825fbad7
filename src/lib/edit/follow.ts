/**
 * The selection across an edit, an undo or a redo: an event that appeared is selected (the one just
 * added, or brought back by an undo), so that the card shows what changed; else the selection stays while
 * its event does. An added event's id changes with its date, which this follows too.
 */
import type { Dataset } from '$lib/model/schema';

export function followSelection(before: Dataset, after: Dataset, selected: string | null): string | null {
	const had = new Set(before.events.map((event) => event.id));
	const appeared = after.events.filter((event) => !had.has(event.id));
	if (appeared.length === 1) return appeared[0]!.id;
	return selected !== null && after.events.some((event) => event.id === selected) ? selected : null;
}
