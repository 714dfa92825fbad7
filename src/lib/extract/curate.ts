/**
 * Applies an editor's curation (`model/curation.ts`) to an extracted data set. Pure; every entry that no
 * longer fits the text (an unknown id, a span whose words changed, a date its own fields contradict) is
 * reported by its path, so the build names the entry to fix. Each edited event says so in its derivation
 * (`renamed`, `redated`, `relinked`, `merged`, `curated`): the card shows a person's hand.
 */
import type { CuratedDate, CuratedWords, Curation } from '../model/curation';
import type { Problem } from '../model/consistency';
import { precisionOf } from '../model/dates';
import { contentId, uniqueIds } from '../model/id';
import type { Dataset, TimelineEvent } from '../model/schema';
import { splitSpanProblem } from '../model/text';
import type { Validation } from '../model/validate';

export function applyCuration(data: Dataset, curation: Curation): Validation<Dataset> {
	const problems: Problem[] = [];
	const events = new Map(data.events.map((event) => [event.id, event]));
	// What an earlier entry did with an id, so a later one naming it is told that, not "no event".
	const gone = new Map<string, string>();
	const known = (path: string, eventId: string) => {
		if (events.has(eventId)) return true;
		problems.push({
			path,
			message: gone.has(eventId)
				? `"${eventId}" is gone already: ${gone.get(eventId)}`
				: `no event "${eventId}" (the text or the extractor changed; see npm run extract)`
		});
		return false;
	};
	// The data set's own rules for a date, said of the entry that gave it rather than of the text.
	const dateFits = (path: string, date: CuratedDate) => {
		const problem = dateProblem(date);
		if (problem) problems.push({ path: `${path}.${problem.field}`, message: problem.message });
		return !problem;
	};
	const wordsFit = (path: string, words: CuratedWords) => {
		const problem = wordsProblem(data, words);
		if (problem) problems.push({ path: `${path}.${problem.field}`, message: problem.message });
		return !problem;
	};
	const update = (eventId: string, change: (event: TimelineEvent) => TimelineEvent) =>
		events.set(eventId, change(events.get(eventId)!));

	curation.drop?.forEach((entry, at) => {
		if (!known(`drop.${at}.event`, entry.event)) return;
		events.delete(entry.event);
		gone.set(entry.event, `drop.${at} dropped it`);
	});
	curation.redate?.forEach((entry, at) => {
		if (!known(`redate.${at}.event`, entry.event) || !dateFits(`redate.${at}`, entry)) return;
		update(entry.event, (event) => redated(event, entry));
	});
	curation.relink?.forEach((entry, at) => {
		if (!known(`relink.${at}.event`, entry.event) || !wordsFit(`relink.${at}`, entry)) return;
		update(entry.event, (event) => ({
			...event,
			paragraph: entry.paragraph,
			span: [entry.span[0], entry.span[1]],
			quote: entry.quote,
			derivation: [...event.derivation, { rule: 'relinked', quote: event.quote }]
		}));
	});
	curation.merge?.forEach((entry, at) => {
		const twice = entry.events.findIndex((eventId, k) => entry.events.indexOf(eventId) !== k);
		if (twice !== -1) {
			const first = entry.events.indexOf(entry.events[twice]!);
			problems.push({
				path: `merge.${at}.events.${twice}`,
				message: `"${entry.events[twice]}" is named already as merge.${at}.events.${first}: an event merges with others, not with itself`
			});
			return;
		}
		if (!entry.events.every((eventId, k) => known(`merge.${at}.events.${k}`, eventId))) return;
		if (entry.date && !dateFits(`merge.${at}.date`, entry.date)) return;
		const [first, ...others] = entry.events.map((eventId) => events.get(eventId)!);
		// A date the entry gives is the merged event's whatever its parts' precisions.
		if (!entry.date && others.some((other) => other.precision !== first!.precision)) {
			problems.push({ path: `merge.${at}.events`, message: 'merged events must share a precision' });
			return;
		}
		const all = [first!, ...others];
		const start = all.map((e) => e.start).sort()[0]!;
		const ends = all.map((e) => (e.end === undefined ? e.start : e.end));
		const end = ends.includes('open') ? 'open' : ends.sort().at(-1)!;
		for (const other of others) {
			events.delete(other.id);
			gone.set(other.id, `merge.${at} merged it into "${first!.id}"`);
		}
		const merged: TimelineEvent = {
			...first!,
			start,
			...(end !== start ? { end } : {}),
			basis: 'curated',
			derivation: [...first!.derivation, { rule: 'merged', quotes: others.map((other) => other.quote) }],
			...(entry.title ? { title: entry.title } : {})
		};
		events.set(first!.id, entry.date ? redated(merged, entry.date) : merged);
	});
	curation.rename?.forEach((entry, at) => {
		if (!known(`rename.${at}.event`, entry.event)) return;
		update(entry.event, (event) => ({
			...event,
			...(entry.title ? { title: entry.title } : {}),
			...(entry.titleEn ? { titleEn: entry.titleEn } : {}),
			derivation: [...event.derivation, { rule: 'renamed' }]
		}));
	});
	curation.media?.forEach((entry, at) => {
		if (!known(`media.${at}.event`, entry.event)) return;
		events.set(entry.event, { ...events.get(entry.event)!, media: entry.media });
	});
	const added: TimelineEvent[] = [];
	curation.add?.forEach((entry, at) => {
		if (!wordsFit(`add.${at}`, entry) || !dateFits(`add.${at}`, entry)) return;
		added.push({
			id: addedId(data, entry),
			...dateOf(entry),
			basis: 'curated',
			derivation: [{ rule: 'curated', ...(entry.derivation ? { note: entry.derivation } : {}) }],
			title: entry.title,
			...(entry.titleEn ? { titleEn: entry.titleEn } : {}),
			paragraph: entry.paragraph,
			span: [entry.span[0], entry.span[1]],
			quote: entry.quote,
			...(entry.media ? { media: entry.media } : {})
		});
	});
	if (problems.length) return { ok: false, problems };
	const merged = [...events.values(), ...added].sort(
		(a, b) => a.paragraph - b.paragraph || a.span[0] - b.span[0]
	);
	return { ok: true, data: { ...data, events: uniqueIds(merged) } };
}

/** An added event's id, from its date and words as the extractor's are (before `uniqueIds`). */
export function addedId(data: Dataset, entry: CuratedDate & CuratedWords): string {
	return contentId('e', entry.start, entry.end ?? '', entry.quote, data.paragraphs[entry.paragraph]!.text);
}

/** The date fields of an event, from an entry: no `end` or `approximate` key where it has none. */
function dateOf(date: CuratedDate): Pick<TimelineEvent, 'start' | 'end' | 'precision' | 'approximate'> {
	return {
		start: date.start,
		...(date.end !== undefined ? { end: date.end } : {}),
		precision: date.precision,
		...(date.approximate ? { approximate: true } : {})
	};
}

function redated(event: TimelineEvent, date: CuratedDate): TimelineEvent {
	const { end: _end, approximate: _approximate, ...rest } = event;
	return {
		...rest,
		...dateOf(date),
		basis: 'curated',
		derivation: [...event.derivation, { rule: 'redated' }]
	};
}

type FieldProblem = { field: string; message: string } | null;

/** What the data set's rules (`model/consistency.ts`) would say of this date, by the entry's field. */
export function dateProblem(date: CuratedDate): FieldProblem {
	if (precisionOf(date.start) !== date.precision)
		return { field: 'start', message: `"${date.start}" is not of ${date.precision} precision` };
	if (date.end === undefined || date.end === 'open') return null;
	if (precisionOf(date.end) !== date.precision)
		return { field: 'end', message: `"${date.end}" is not of ${date.precision} precision, like its start` };
	if (date.end < date.start)
		return { field: 'end', message: `"${date.end}" is before start "${date.start}"` };
	return null;
}

/** Whether `words` are in the text where they say, by the entry's field. */
export function wordsProblem(data: Dataset, words: CuratedWords): FieldProblem {
	const paragraph = data.paragraphs[words.paragraph];
	if (!paragraph)
		return {
			field: 'paragraph',
			message: `${words.paragraph} is not a paragraph (there are ${data.paragraphs.length})`
		};
	const split = splitSpanProblem(paragraph.text, words.span, words.paragraph);
	if (split) return { field: 'span', message: split };
	const [from, to] = words.span;
	const text = paragraph.text.slice(from, to);
	if (from >= to || text !== words.quote)
		return {
			field: 'span',
			message: `[${from}, ${to}] of paragraph ${words.paragraph} reads "${text}", not "${words.quote}"`
		};
	return null;
}
