/**
 * The events of a data set, indexed once for drawing many frames: day events ("points") sorted by start
 * in typed arrays for binary search, everything wider ("spans": years, months, ranges) by start and by
 * length (`spans.ts`), and all of them in time order for keyboard navigation.
 */
import { formatWhen } from '$lib/i18n/dates';
import { titleIn } from '$lib/i18n/titles';
import { DAY_MS, eventExtent, periodEnd, periodStart } from '$lib/model/dates';
import { sortInTime } from '$lib/model/sort-in-time';
import type { TimelineData, TimelineEvent } from '$lib/model/schema';
import type { GroupSize } from './rows';
import { indexSpans, type SpanIndex } from './spans';
import type { Lang, MarkKind } from './types';

export interface Indexed {
	event: TimelineEvent;
	kind: MarkKind;
	from: number;
	to: number;
}

export interface EventIndex {
	/** Points sorted by start. */
	points: Indexed[];
	/** Start of each point, ms: the array binary search runs on. */
	pointStarts: Float64Array;
	/** Running sums of point starts in days from the first, for a cluster's mean in O(1). */
	pointSums: Float64Array;
	spans: SpanIndex;
	/** Every event, in the one time order (`$lib/model/order`): the order of Left/Right. */
	ordered: Indexed[];
	/** Events by id, looked up only for the few pinned or asked for (made at the first look-up, `byIdIn`). */
	byId: Pick<Map<string, Indexed>, 'get'>;
	/** The time all events cover, ms; null without events. */
	extent: [number, number] | null;
	lang: Lang;
	/**
	 * Caches, filled as events are first drawn: accessible names, and titles cut to a label's width (by
	 * font size and width, then by event).
	 */
	names: Map<string, string>;
	labels: Map<string, Map<Indexed, { text: string; w: number }>>;
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
	const until = openUntil(data)?.getTime();
	const all: Indexed[] = data.events.map((event) => {
		const [from, to] = eventExtent(event, until);
		return { event, kind: kindOf(event), from, to };
	});
	const ordered = sortInTime(all);
	const points = ordered.filter((item) => item.kind === 'point');
	const pointStarts = Float64Array.from(points, (item) => item.from);
	const pointSums = new Float64Array(points.length + 1);
	const origin = pointStarts[0] ?? 0;
	for (let i = 0; i < points.length; i++)
		pointSums[i + 1] = pointSums[i]! + (pointStarts[i]! - origin) / DAY_MS;
	// A loop, not a pair made per event: a million events made a million pairs.
	let [first, last] = [Infinity, -Infinity];
	for (const item of all) {
		first = Math.min(first, item.from);
		last = Math.max(last, item.to);
	}
	return {
		groups: groupsOf(ordered),
		eras: (data.eras ?? []).map((era) => ({
			from: periodStart(era.start),
			to: periodEnd(era.end),
			title: era.title ?? ''
		})),
		points,
		pointStarts,
		pointSums,
		spans: indexSpans(
			ordered.filter((item) => item.kind !== 'point'),
			origin
		),
		ordered,
		byId: byIdIn(all),
		extent: all.length ? [first, last] : null,
		lang,
		names: new Map(),
		labels: new Map(),
		lanes: new Map()
	};
}

/**
 * A map by id, made at the first look-up (the selected event, a key pressed): hashing a million ids
 * took a second of a million events' first draw, most often for nothing. A later event of an id given
 * twice wins, as in a map made at once.
 */
function byIdIn(items: readonly Indexed[]): Pick<Map<string, Indexed>, 'get'> {
	let map: Map<string, Indexed> | undefined;
	return {
		get(id) {
			if (!map) {
				map = new Map();
				for (const item of items) map.set(item.event.id, item);
			}
			return map.get(id);
		}
	};
}

function groupsOf(ordered: Indexed[]): GroupSize[] | null {
	// Most data sets have no groups: the events without one are counted apart, not looked up a million times.
	const sizes = new Map<string, number>();
	let none = 0;
	for (const { event } of ordered) {
		const group = event.group ?? null;
		if (group === null) none++;
		else sizes.set(group, (sizes.get(group) ?? 0) + 1);
	}
	if (!sizes.size) return null;
	const named = [...sizes].map(([name, size]): GroupSize => ({ name, size }));
	return none ? [...named, { name: null, size: none }] : named;
}

/** The id `by` events from `id` in the one order in time (`compareInTime`), if there is one. */
export function neighbour(index: EventIndex, id: string, by: number): string | undefined {
	const at = index.ordered.findIndex((item) => item.event.id === id);
	return at === -1 ? undefined : index.ordered[at + by]?.event.id;
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
