/**
 * Precision and recall of extracted events against a gold file written by hand: an event counts when its
 * quote, start and end are the gold's (each gold event matches once). Undated gold mentions must not be
 * events.
 */
import type { TimelineEvent } from '../model/schema';

export interface GoldEvent {
	quote: string;
	start: string;
	end?: string;
}

export interface Gold {
	published: string;
	events: GoldEvent[];
	undated: string[];
}

export interface Score {
	matched: number;
	predicted: number;
	gold: number;
	/** Gold events not found, and found events not in the gold: what to read when a score drops. */
	missed: GoldEvent[];
	spurious: GoldEvent[];
}

const key = (event: GoldEvent) => `${event.quote}|${event.start}|${event.end ?? ''}`;

export function scoreEvents(events: Pick<TimelineEvent, 'quote' | 'start' | 'end'>[], gold: Gold): Score {
	const open = new Map<string, number>();
	for (const event of gold.events) open.set(key(event), (open.get(key(event)) ?? 0) + 1);
	const spurious: GoldEvent[] = [];
	let matched = 0;
	for (const event of events) {
		const left = open.get(key(event)) ?? 0;
		if (left > 0) {
			open.set(key(event), left - 1);
			matched++;
		} else
			spurious.push({ quote: event.quote, start: event.start, ...(event.end ? { end: event.end } : {}) });
	}
	const missed = gold.events.filter((event) => {
		const left = open.get(key(event)) ?? 0;
		if (left === 0) return false;
		open.set(key(event), left - 1);
		return true;
	});
	return { matched, predicted: events.length, gold: gold.events.length, missed, spurious };
}

export const precision = (score: Score) => (score.predicted ? score.matched / score.predicted : 1);
export const recall = (score: Score) => (score.gold ? score.matched / score.gold : 1);
