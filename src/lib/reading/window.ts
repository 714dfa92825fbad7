/**
 * Where in time the reader is: the span of the events told in the paragraphs on screen. A stretch of text
 * with no date keeps the window of the last dated paragraph above it, so the timeline's highlight holds
 * still through it instead of blinking off.
 */
import { eventExtent, periodStart, toIso } from '$lib/model/dates';
import type { Dataset } from '$lib/model/schema';
import type { Window } from '$lib/state/url';

export function readingWindow(
	visible: Iterable<number>,
	data: Pick<Dataset, 'article' | 'events'>
): Window | null {
	const shown = [...visible];
	if (shown.length === 0) return null;
	const top = Math.min(...shown);
	const onScreen = new Set(shown);
	let told = data.events.filter((event) => onScreen.has(event.paragraph));
	if (told.length === 0) {
		const above = Math.max(-1, ...data.events.map((e) => e.paragraph).filter((p) => p < top));
		told = data.events.filter((event) => event.paragraph === above);
	}
	if (told.length === 0) return null;
	const publication = data.article.published ? periodStart(data.article.published) : undefined;
	const extents = told.map((event) => eventExtent(event, publication));
	const from = new Date(Math.min(...extents.map(([start]) => +start)));
	// Extents are half-open; a window names its last day.
	const last = new Date(Math.max(...extents.map(([, end]) => +end)) - 86_400_000);
	return { from: toIso(from, 'day'), to: toIso(last, 'day') };
}
