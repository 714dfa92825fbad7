/**
 * The events of a data set, indexed once for drawing many frames: day events ("points") sorted by start
 * in typed arrays for binary search, everything wider ("spans": years, months, ranges) by start and by
 * length (`spans.ts`), and all of them in time order for keyboard navigation.
 */
import { formatWhen } from '$lib/i18n/dates';
import { titleIn } from '$lib/i18n/titles';
import { DAY_MS, eventExtent, periodEnd, periodStart } from '$lib/model/dates';
import { compareInTime } from '$lib/model/order';
import type { Dataset, TimelineEvent } from '$lib/model/schema';
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
	byId: Map<string, Indexed>;
	/** The time all events cover, ms; null without events. */
	extent: [number, number] | null;
	lang: Lang;
	/** Caches, filled as events are first drawn: accessible names, and titles cut to a label's width. */
	names: Map<string, string>;
	labels: Map<string, { text: string; w: number }>;
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
export function openUntil(data: Dataset): Date | undefined {
	if (data.article.published) return new Date(`${data.article.published}T00:00:00Z`);
	let latest: Date | undefined;
	for (const event of data.events) {
		const [, to] = eventExtent(event.end === 'open' ? { start: event.start } : event);
		if (!latest || to > latest) latest = to;
	}
	return latest;
}

export function indexEvents(data: Dataset, lang: Lang): EventIndex {
	const until = openUntil(data);
	const all: Indexed[] = data.events.map((event) => {
		const [from, to] = eventExtent(event, until);
		return { event, kind: kindOf(event), from: +from, to: +to };
	});
	const ordered = all.toSorted(compareInTime);
	const points = ordered.filter((item) => item.kind === 'point');
	const pointStarts = Float64Array.from(points, (item) => item.from);
	const pointSums = new Float64Array(points.length + 1);
	const origin = pointStarts[0] ?? 0;
	for (let i = 0; i < points.length; i++)
		pointSums[i + 1] = pointSums[i]! + (pointStarts[i]! - origin) / DAY_MS;
	let extent: [number, number] | null = null;
	for (const item of all)
		extent = extent ? [Math.min(extent[0], item.from), Math.max(extent[1], item.to)] : [item.from, item.to];
	return {
		groups: groupsOf(ordered),
		eras: (data.eras ?? []).map((era) => ({
			from: +periodStart(era.start),
			to: +periodEnd(era.end),
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
		byId: new Map(all.map((item) => [item.event.id, item])),
		extent,
		lang,
		names: new Map(),
		labels: new Map(),
		lanes: new Map()
	};
}

function groupsOf(ordered: Indexed[]): GroupSize[] | null {
	const sizes = new Map<string | null, number>();
	for (const { event } of ordered) sizes.set(event.group ?? null, (sizes.get(event.group ?? null) ?? 0) + 1);
	if (!sizes.size || (sizes.size === 1 && sizes.has(null))) return null;
	const named = [...sizes].filter(([name]) => name !== null).map(([name, size]) => ({ name, size }));
	return sizes.has(null) ? [...named, { name: null, size: sizes.get(null)! }] : named;
}

/** The id `by` events from `id` in the one order in time (`compareInTime`), if there is one. */
export function neighbour(index: EventIndex, id: string, by: number): string | undefined {
	const at = index.ordered.findIndex((item) => item.event.id === id);
	return at === -1 ? undefined : index.ordered[at + by]?.event.id;
}

/** "2014年11月19日 · title", built when first needed: 100,000 dates put in words up front would cost time. */
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
