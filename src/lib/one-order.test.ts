/**
 * Every surface that steps through events steps in one order (issue 9): the timeline's ←/→, the embed's
 * `next`/`prev` (the order its ready message announces), the event list, CSV rows, TimelineJS slides and the
 * stage's scenes. Checked on every article in `data/` and on data sets made of ties, where two sorts with
 * different tie breaks would part.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { readyMessage } from '$lib/embed/messages';
import { eventsToCsv } from '$lib/formats/csv';
import { parseCsvStrictly } from '$lib/formats/csv.test-helper';
import { toTimelineJs } from '$lib/formats/timelinejs';
import type { Dataset, TimelineEvent } from '$lib/model/schema';
import { validateDataset } from '$lib/model/validate';
import { defaultScenes } from '$lib/present/scenes';
import EventList from '$lib/reading/EventList.svelte';
import { articleNames, loadArticle } from '$lib/server/articles';
import { indexEvents, neighbour } from '$lib/timeline/layout/events';

function orders(data: Dataset): Record<string, string[]> {
	const list = render(EventList, {
		props: {
			events: data.events,
			selected: null,
			lang: data.article.language,
			textLang: data.article.language,
			onselect: () => {},
			onparagraph: () => {},
			onclose: () => {}
		}
	}).body;
	const index = indexEvents(data, data.article.language);
	// The timeline's → from its first mark, as a reader presses it.
	const arrows: string[] = [];
	for (let id = index.events[index.ordered[0] ?? -1]?.id; id !== undefined; id = neighbour(index, id, 1))
		arrows.push(id);
	return {
		timeline: arrows,
		embed: readyMessage(data.events).events.map((event) => event.id),
		list: [...list.matchAll(/data-list-event-id="([^"]+)"/g)].map((match) => match[1]!),
		csv: parseCsvStrictly(eventsToCsv(data).slice(1))
			.slice(1)
			.map((row) => row[0]!),
		timelinejs: toTimelineJs(data).events.map((slide) => slide.unique_id!),
		stage: defaultScenes(data).map((scene) => scene.event!)
	};
}

function expectOneOrder(data: Dataset) {
	const all = orders(data);
	const { timeline } = all;
	expect(timeline).toHaveLength(data.events.length);
	for (const [surface, order] of Object.entries(all))
		expect({ surface, order }).toEqual({ surface, order: timeline });
}

/** One paragraph of filler long enough for every span below; only the ids, dates and places matter. */
function tied(events: Omit<TimelineEvent, 'basis' | 'derivation' | 'title' | 'quote'>[]): Dataset {
	const text = '二〇一四年十一月十九日開幕的大會，之後每年一屆，直到今天仍在舉行，規模一年比一年大。';
	const data = {
		article: { title: '並列', language: 'zh-Hant' as const, published: '2025-11-11' },
		paragraphs: [0, 1, 2].map((index) => ({ index, kind: 'body' as const, text })),
		events: events.map((event) => ({
			...event,
			basis: 'explicit' as const,
			derivation: [{ rule: 'explicit' as const, date: event.start }],
			title: event.id,
			quote: text.slice(...event.span)
		})),
		undated: []
	};
	const valid = validateDataset(data);
	if (!valid.ok) throw new Error(JSON.stringify(valid.problems));
	return valid.data;
}

describe('one order of events on every surface', () => {
	it.each(articleNames())('data/%s.txt', (name) => {
		const data = loadArticle(name, undefined, { warn: () => {} });
		expect(data.events.length).toBeGreaterThan(0);
		expectOneOrder(data);
	});

	it('breaks ties of start by end, then by paragraph and place in the text, whatever the given order', () => {
		expectOneOrder(
			tied([
				{ id: 'e-late-words', start: '2014', precision: 'year', paragraph: 1, span: [10, 14] },
				{ id: 'e-open', start: '2014', end: 'open', precision: 'year', paragraph: 0, span: [0, 3] },
				{ id: 'e-range', start: '2014', end: '2016', precision: 'year', paragraph: 0, span: [4, 8] },
				{ id: 'e-early-words', start: '2014', precision: 'year', paragraph: 1, span: [2, 6] },
				{ id: 'e-first-paragraph', start: '2014', precision: 'year', paragraph: 0, span: [20, 24] },
				{ id: 'e-day', start: '2014-01-01', precision: 'day', paragraph: 2, span: [0, 4] },
				{ id: 'e-month', start: '2014-01', precision: 'month', paragraph: 2, span: [5, 9] }
			])
		);
	});

	it('keeps two open ranges from the same start in the order of the text', () => {
		expectOneOrder(
			tied([
				{ id: 'e-second', start: '2015', end: 'open', precision: 'year', paragraph: 2, span: [0, 4] },
				{ id: 'e-first', start: '2015', end: 'open', precision: 'year', paragraph: 1, span: [0, 4] },
				{ id: 'e-same-words', start: '2015', end: 'open', precision: 'year', paragraph: 1, span: [0, 4] }
			])
		);
	});
});
