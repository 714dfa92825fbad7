/**
 * Where in time the reader is: the span of the events told in the paragraphs on screen. A stretch of text
 * with no date keeps the window of the last dated paragraph above it, so the timeline's highlight holds
 * still through it instead of blinking off.
 */
import { eventExtent, periodStart } from '$lib/model/dates';
import type { Dataset } from '$lib/model/schema';
import { domainWindow, type TimeWindow } from '$lib/model/window';

export function readingWindow(
	visible: Iterable<number>,
	data: Pick<Dataset, 'article' | 'events'>
): TimeWindow | null {
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
	return domainWindow([
		Math.min(...extents.map(([start]) => start)),
		Math.max(...extents.map(([, end]) => end))
	]);
}
