/**
 * The events of a data set, indexed once for drawing many frames: day events ("points") sorted by start
 * in typed arrays for binary search, everything wider ("spans": years, months, ranges) by start and by
 * length (`spans.ts`), and all of them in time order for keyboard navigation. The index holds numbers:
 * each event's place in the data set, its start and end in typed arrays; an `Indexed` is made only for
 * the few events a frame lays out or a move asks for. An object and two boxed numbers for each of a million
 * events were a fifth of the heap, which the garbage collector marked again through the frames (issue 13).
 */
import { formatWhen } from '$lib/i18n/dates';
import { titleIn } from '$lib/i18n/titles';
import { DAY_MS, eventExtent, periodEnd, periodStart } from '$lib/model/dates';
import { compareInTime } from '$lib/model/order';
import { orderInTime } from '$lib/model/sort-in-time';
import type { TimelineData, TimelineEvent } from '$lib/model/schema';
import type { GroupSize } from './rows';
import { indexSpans, type SpanIndex } from './spans';
import type { Lang, MarkKind } from './types';

/** One event as the layout reads it, made when needed (`itemAt`). */
export interface Indexed {
	/** Its place in the data set's events. */
	at: number;
	event: TimelineEvent;
	kind: MarkKind;
	from: number;
	to: number;
}

export interface EventIndex {
	/** The data set's events, in its order: what the places in this index point to. */
	events: readonly TimelineEvent[];
	/** Each event's extent in ms (an open range's to its `openUntil`), by its place. */
	from: Float64Array;
	to: Float64Array;
	/** The places of the points, sorted by start. */
	points: Uint32Array;
	/** Start of each point, ms: the array binary search runs on. */
	pointStarts: Float64Array;
	/** Running sums of point starts in days from the first, for a cluster's mean in O(1). */
	pointSums: Float64Array;
	spans: SpanIndex;
	/** Every event's place, in the one time order (`$lib/model/order`): the order of Left/Right. */
	ordered: Uint32Array;
	/** Events by id, looked up only for the few pinned or asked for (made at the first look-up, `byIdIn`). */
	byId: Pick<Map<string, Indexed>, 'get'>;
	/** The time all events cover, ms; null without events. */
	extent: [number, number] | null;
	lang: Lang;
	/**
	 * Caches, filled as events are first drawn: accessible names, and titles cut to a label's width (by
	 * font size and width, then by the event's place).
	 */
	names: Map<string, string>;
	labels: Map<string, Map<number, { text: string; w: number }>>;
	/**
	 * The lane each event was last drawn in: the next frame keeps it there when it can, so that marks
	 * keep their rows while the window moves (and on a stage, from one scene to the next).
	 */
	lanes: Map<string, number>;
	/**
	 * The groups, each a row, in the order of their first event (the events without one last); null when
	 * no event has a group.
	 */
	groups: GroupSize[] | null;
	/** The eras, in ms, each with its label (empty without one). */
	eras: { from: number; to: number; title: string }[];
}

function kindOf(event: TimelineEvent): MarkKind {
	if (event.end === 'open') return 'open';
	if (event.end !== undefined && event.end !== event.start) return 'range';
	return event.precision === 'day' ? 'point' : 'band';
}

/**
 * Open ranges run to the publication day (what "since 2014" meant when written), else to the end of the
 * latest dated thing in the article.
 */
export function openUntil(data: TimelineData): Date | undefined {
	if (data.article.published) return new Date(`${data.article.published}T00:00:00Z`);
	let latest = -Infinity;
	for (const event of data.events)
		latest = Math.max(latest, eventExtent(event.end === 'open' ? { start: event.start } : event)[1]);
	return data.events.length ? new Date(latest) : undefined;
}

export function indexEvents(data: TimelineData, lang: Lang): EventIndex {
	const open = openUntil(data)?.getTime();
	const { events } = data;
	const n = events.length;
	const from = new Float64Array(n);
	const to = new Float64Array(n);
	// A loop, not a pair made per event: a million events made a million pairs.
	let [first, last] = [Infinity, -Infinity];
	let points = 0;
	for (let i = 0; i < n; i++) {
		const event = events[i]!;
		const [start, end] = eventExtent(event, open);
		from[i] = start;
		to[i] = end;
		first = Math.min(first, start);
		last = Math.max(last, end);
		if (kindOf(event) === 'point') points++;
	}
	const item = (at: number) => itemOf(events, from, to, at);
	// Ends as `until` reads them: an open range after every closed one.
	const ends = Float64Array.from(to, (end, i) => (events[i]!.end === 'open' ? Infinity : end));
	const ordered = orderInTime(Float64Array.from(from), ends, (a, b) => compareInTime(item(a), item(b)));
	const pointAt = new Uint32Array(points);
	const spanAt = new Uint32Array(n - points);
	for (let i = 0, p = 0, q = 0; i < n; i++) {
		const at = ordered[i]!;
		if (kindOf(events[at]!) === 'point') pointAt[p++] = at;
		else spanAt[q++] = at;
	}
	const pointStarts = Float64Array.from(pointAt, (at) => from[at]!);
	const pointSums = new Float64Array(points + 1);
	const origin = pointStarts[0] ?? 0;
	for (let i = 0; i < points; i++) pointSums[i + 1] = pointSums[i]! + (pointStarts[i]! - origin) / DAY_MS;
	return {
		groups: groupsOf(events, ordered),
		eras: (data.eras ?? []).map((era) => ({
			from: periodStart(era.start),
			to: periodEnd(era.end),
			title: era.title ?? ''
		})),
		events,
		from,
		to,
		points: pointAt,
		pointStarts,
		pointSums,
		spans: indexSpans(spanAt, from, to, origin),
		ordered,
		byId: byIdIn(events, item),
		extent: n ? [first, last] : null,
		lang,
		names: new Map(),
		labels: new Map(),
		lanes: new Map()
	};
}

/** The event at place `at`, as the layout reads it. */
export const itemAt = (index: EventIndex, at: number): Indexed =>
	itemOf(index.events, index.from, index.to, at);

function itemOf(events: readonly TimelineEvent[], from: Float64Array, to: Float64Array, at: number): Indexed {
	const event = events[at]!;
	return { at, event, kind: kindOf(event), from: from[at]!, to: to[at]! };
}

/**
 * A map by id, made at the first look-up (the selected event, a key pressed): hashing a million ids
 * took a second of a million events' first draw, most often for nothing. A later event of an id given
 * twice wins, as in a map made at once.
 */
function byIdIn(
	events: readonly TimelineEvent[],
	item: (at: number) => Indexed
): Pick<Map<string, Indexed>, 'get'> {
	let map: Map<string, number> | undefined;
	return {
		get(id) {
			if (!map) {
				map = new Map();
				for (let at = 0; at < events.length; at++) map.set(events[at]!.id, at);
			}
			const at = map.get(id);
			return at === undefined ? undefined : item(at);
		}
	};
}

function groupsOf(events: readonly TimelineEvent[], ordered: Uint32Array): GroupSize[] | null {
	// Most data sets have no groups: the events without one are counted apart, not looked up a million times.
	const sizes = new Map<string, number>();
	let none = 0;
	for (const at of ordered) {
		const group = events[at]!.group ?? null;
		if (group === null) none++;
		else sizes.set(group, (sizes.get(group) ?? 0) + 1);
	}
	if (!sizes.size) return null;
	const named = [...sizes].map(([name, size]): GroupSize => ({ name, size }));
	return none ? [...named, { name: null, size: none }] : named;
}

/** The id `by` events from `id` in the one order in time (`compareInTime`), if there is one. */
export function neighbour(index: EventIndex, id: string, by: number): string | undefined {
	const { events, ordered } = index;
	const at = ordered.findIndex((place) => events[place]!.id === id);
	return at === -1 ? undefined : events[ordered[at + by] ?? -1]?.id;
}

/** "2014年11月19日 · title", built when first needed: 100,000 date-fns calls up front would cost 0.3 s. */
export function nameOf(index: EventIndex, item: Indexed): string {
	let name = index.names.get(item.event.id);
	if (name === undefined) {
		name = `${formatWhen(item.event, index.lang)} · ${titleOf(index, item)}`;
		index.names.set(item.event.id, name);
	}
	return name;
}

export function titleOf(index: EventIndex, item: Indexed): string {
	// The language of the text does not matter here: a label is drawn, not read aloud (its mark's name is).
	return titleIn(item.event, index.lang, index.lang).text;
}
