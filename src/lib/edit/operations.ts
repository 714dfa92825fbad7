/**
 * Each edit a person makes in the reader, as a pure function from one curation to the next. The curation
 * stays one a person can read and the build can apply (`model/curation.ts`): one entry per event and per
 * kind, replaced when the event is edited again, removed when it says what the extractor said already. An
 * event the curation made carries its edits in its own entry: an added one in its `add` entry, the event a
 * merge keeps in its `merge` entry.
 */
import type { CuratedDate, CuratedWords, Curation } from '$lib/model/curation';
import type { Dataset, Media, TimelineEvent } from '$lib/model/schema';
import { applyCuration } from '$lib/extract/curate';

/** What an edit is made against: the curation so far, the extraction it applies to, and what it shows. */
export interface EditState {
	readonly curation: Curation;
	readonly extracted: Dataset;
	readonly dataset: Dataset;
}

export type AddEntry = NonNullable<Curation['add']>[number];
type MergeEntry = NonNullable<Curation['merge']>[number];

/** Where an event comes from: the extractor (perhaps edited since), or the curation's `add` entry `at`. */
type Origin = { kind: 'extracted'; event: TimelineEvent } | { kind: 'added'; at: number };

function originOf(state: EditState, id: string): Origin {
	const event = state.extracted.events.find((e) => e.id === id);
	if (event) return { kind: 'extracted', event };
	const shown = state.dataset.events.find((e) => e.id === id);
	const at = shown ? (state.curation.add ?? []).findIndex((entry) => sameAdded(entry, shown)) : -1;
	if (at === -1) throw new Error(`no event "${id}" to edit`);
	return { kind: 'added', at };
}

const sameAdded = (entry: AddEntry, event: TimelineEvent) =>
	entry.paragraph === event.paragraph &&
	entry.span[0] === event.span[0] &&
	entry.span[1] === event.span[1] &&
	entry.quote === event.quote &&
	entry.title === event.title &&
	sameDate(entry, event);

const sameDate = (a: CuratedDate, b: CuratedDate) =>
	a.start === b.start && a.end === b.end && a.precision === b.precision && !a.approximate === !b.approximate;

/** A date with no key it does not need: no end equal to its start, no `approximate: false`. */
export function cleanDate(date: CuratedDate): CuratedDate {
	return {
		start: date.start,
		...(date.end !== undefined && date.end !== date.start ? { end: date.end } : {}),
		precision: date.precision,
		...(date.approximate ? { approximate: true } : {})
	};
}

/** The curation without its empty lists, so that the file holds what was done and nothing else. */
function tidy(curation: Curation): Curation {
	return Object.fromEntries(
		Object.entries(curation).filter(
			([, list]) => list !== undefined && (!Array.isArray(list) || list.length > 0)
		)
	) as Curation;
}

/** `list` with the entry `matches` finds replaced by `entry` (or removed, for null), else `entry` added. */
function put<T>(list: T[] | undefined, matches: (entry: T) => boolean, entry: T | null): T[] {
	const all = list ?? [];
	const at = all.findIndex(matches);
	if (at === -1) return entry ? [...all, entry] : all;
	return entry ? all.with(at, entry) : all.filter((_, k) => k !== at);
}

function replaceAdded(curation: Curation, at: number, entry: AddEntry | null): Curation {
	const add = curation.add ?? [];
	return tidy({ ...curation, add: entry ? add.with(at, entry) : add.filter((_, k) => k !== at) });
}

const keptBy = (curation: Curation, id: string) => curation.merge?.find((entry) => entry.events[0] === id);

function replaceMerge(curation: Curation, old: MergeEntry, entry: MergeEntry | null): Curation {
	return tidy({ ...curation, merge: put(curation.merge, (m) => m === old, entry) });
}

type Named = 'rename' | 'redate' | 'relink' | 'media';

/** The curation with no entry of these kinds naming `ids`: what a drop or merge leaves unsaid. */
function forget(
	curation: Curation,
	ids: string[],
	kinds: Named[] = ['rename', 'redate', 'relink', 'media']
): Curation {
	const keep = <T extends { event: string }>(list: T[] | undefined) =>
		list?.filter((entry) => !ids.includes(entry.event));
	return tidy({
		...curation,
		...(kinds.includes('rename') ? { rename: keep(curation.rename) } : {}),
		...(kinds.includes('redate') ? { redate: keep(curation.redate) } : {}),
		...(kinds.includes('relink') ? { relink: keep(curation.relink) } : {}),
		...(kinds.includes('media') ? { media: keep(curation.media) } : {})
	});
}

/** The rename entry of `id` with this title (none: the extractor's), kept while it holds any title. */
function withTitle(curation: Curation, id: string, title: string | undefined): Curation {
	const { title: _title, ...rest } = curation.rename?.find((entry) => entry.event === id) ?? { event: id };
	const entry: { event: string; title?: string; titleEn?: string } = title ? { ...rest, title } : rest;
	const keep = entry.title !== undefined || entry.titleEn !== undefined;
	return tidy({ ...curation, rename: put(curation.rename, (e) => e.event === id, keep ? entry : null) });
}

export function rename(state: EditState, id: string, title: string): Curation {
	const { curation } = state;
	const origin = originOf(state, id);
	if (origin.kind === 'added')
		return replaceAdded(curation, origin.at, { ...curation.add![origin.at]!, title });
	const given = title === origin.event.title ? undefined : title;
	const merge = keptBy(curation, id);
	if (!merge) return withTitle(curation, id, given);
	// A merged event's title is its merge entry's.
	const { title: _title, ...rest } = merge;
	return withTitle(replaceMerge(curation, merge, given ? { ...rest, title: given } : rest), id, undefined);
}

export function redate(state: EditState, id: string, date: CuratedDate): Curation {
	const { curation } = state;
	const clean = cleanDate(date);
	const origin = originOf(state, id);
	if (origin.kind === 'added') {
		const { end: _end, approximate: _approximate, ...entry } = curation.add![origin.at]!;
		return replaceAdded(curation, origin.at, { ...entry, ...clean });
	}
	const merge = keptBy(curation, id);
	if (merge) return replaceMerge(curation, merge, { ...merge, date: clean });
	const extracted = cleanDate(origin.event);
	const entry = sameDate(clean, extracted) ? null : { event: id, ...clean };
	return tidy({ ...curation, redate: put(curation.redate, (e) => e.event === id, entry) });
}

export function relink(state: EditState, id: string, words: CuratedWords): Curation {
	const { curation } = state;
	const link: CuratedWords = { paragraph: words.paragraph, span: [...words.span], quote: words.quote };
	const origin = originOf(state, id);
	if (origin.kind === 'added')
		return replaceAdded(curation, origin.at, { ...curation.add![origin.at]!, ...link });
	const { event } = origin;
	const same =
		event.paragraph === link.paragraph && event.span[0] === link.span[0] && event.span[1] === link.span[1];
	return tidy({
		...curation,
		relink: put(curation.relink, (e) => e.event === id, same ? null : { event: id, ...link })
	});
}

/** Removes an event: an added one's entry goes; a merged one goes with every event it holds. */
export function remove(state: EditState, id: string): Curation {
	const { curation } = state;
	const origin = originOf(state, id);
	if (origin.kind === 'added') return replaceAdded(curation, origin.at, null);
	const merge = keptBy(curation, id);
	const ids = merge ? merge.events : [id];
	const without = forget(merge ? replaceMerge(curation, merge, null) : curation, ids);
	return tidy({ ...without, drop: [...(without.drop ?? []), ...ids.map((event) => ({ event }))] });
}

/**
 * Whether `id` can be merged with others: an event the curation added cannot (a merge names events by
 * id, and an added event's id changes with its date), so it is changed or removed instead.
 */
export function mergeable(state: EditState, id: string): boolean {
	return state.extracted.events.some((event) => event.id === id);
}

/** The date that covers these events as shown: from the earliest start to the latest end. */
export function cover(events: TimelineEvent[]): CuratedDate {
	const [first] = events;
	if (!first) throw new Error('no events to cover');
	if (events.some((event) => event.precision !== first.precision))
		throw new Error('merged events must share a precision');
	const start = events.map((event) => event.start).sort()[0]!;
	const ends = events.map((event) => event.end ?? event.start);
	const end = ends.includes('open') ? 'open' : ends.sort().at(-1)!;
	return cleanDate({ start, end, precision: first.precision, approximate: first.approximate });
}

/**
 * Merges `ids` into the first, which keeps its id and words; an event that holds others already brings
 * them along. The merged event covers the events as they are shown; where its parts, as extracted and
 * redated, would say otherwise (a merged event given a date of its own), its entry says that date.
 */
export function merge(state: EditState, ids: string[]): Curation {
	const { curation } = state;
	const [first, ...others] = [...new Set(ids)];
	if (!first || others.length === 0) return curation;
	const unmergeable = [first, ...others].find((id) => !mergeable(state, id));
	if (unmergeable) throw new Error(`"${unmergeable}" was added by the curation and cannot be merged`);
	const shown = [first, ...others].map((id) => state.dataset.events.find((event) => event.id === id)!);
	const date = cover(shown);
	const kept = keptBy(curation, first);
	const events = [...(kept?.events ?? [first])];
	let next = curation;
	for (const id of others) {
		const held = keptBy(next, id);
		events.push(...(held?.events ?? [id]));
		if (held) next = replaceMerge(next, held, null);
	}
	// Renames and pictures come after merges: one naming an event merged away would name nothing.
	next = forget(next, others, ['rename', 'media']);
	const entry: MergeEntry = { events, ...(kept?.title ? { title: kept.title } : {}) };
	const merged = (entry: MergeEntry) =>
		tidy({ ...next, merge: put(next.merge, (m) => m.events[0] === first, entry) });
	const plain = merged(entry);
	const built = applyCuration(state.extracted, plain);
	const result = built.ok ? built.data.events.find((event) => event.id === first) : undefined;
	return result && sameDate(cleanDate(result), date) ? plain : merged({ ...entry, date });
}

/** Adds an event the extractor missed, by the words that state it. */
export function add(state: EditState, entry: AddEntry): Curation {
	const { end: _end, approximate: _approximate, ...rest } = entry;
	return tidy({ ...state.curation, add: [...(state.curation.add ?? []), { ...rest, ...cleanDate(entry) }] });
}

/**
 * Gives an event a picture (or other media), or takes it away (undefined): an added event keeps it in its
 * `add` entry, any other in its one `media` entry, which goes when the picture does.
 */
export function setMedia(state: EditState, id: string, media: Media | undefined): Curation {
	const { curation } = state;
	const origin = originOf(state, id);
	if (origin.kind === 'added') {
		const { media: _media, ...entry } = curation.add![origin.at]!;
		return replaceAdded(curation, origin.at, media ? { ...entry, media } : entry);
	}
	return tidy({
		...curation,
		media: put(curation.media, (e) => e.event === id, media ? { event: id, media } : null)
	});
}
