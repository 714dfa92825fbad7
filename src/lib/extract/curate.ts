/**
 * Applies an editor's curation (`model/curation.ts`) to an extracted data set. Pure; every entry that no
 * longer fits the text (an unknown id, a span whose words changed) is reported by its path, so the build
 * names the entry to fix.
 */
import type { Curation } from '../model/curation';
import type { Problem } from '../model/consistency';
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

	curation.drop?.forEach((entry, at) => {
		if (!known(`drop.${at}.event`, entry.event)) return;
		events.delete(entry.event);
		gone.set(entry.event, `drop.${at} dropped it`);
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
		const [first, ...others] = entry.events.map((eventId) => events.get(eventId)!);
		if (others.some((other) => other.precision !== first!.precision)) {
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
		events.set(first!.id, {
			...first!,
			start,
			...(end !== start ? { end } : {}),
			basis: 'curated',
			derivation: [...first!.derivation, { rule: 'merged', quotes: others.map((other) => other.quote) }],
			...(entry.title ? { title: entry.title } : {})
		});
	});
	curation.rename?.forEach((entry, at) => {
		if (!known(`rename.${at}.event`, entry.event)) return;
		const event = events.get(entry.event)!;
		events.set(entry.event, {
			...event,
			...(entry.title ? { title: entry.title } : {}),
			...(entry.titleEn ? { titleEn: entry.titleEn } : {})
		});
	});
	curation.media?.forEach((entry, at) => {
		if (!known(`media.${at}.event`, entry.event)) return;
		events.set(entry.event, { ...events.get(entry.event)!, media: entry.media });
	});
	const added: TimelineEvent[] = [];
	curation.add?.forEach((entry, at) => {
		const paragraph = data.paragraphs[entry.paragraph];
		const [from, to] = entry.span;
		if (!paragraph) {
			problems.push({
				path: `add.${at}.paragraph`,
				message: `${entry.paragraph} is not a paragraph (there are ${data.paragraphs.length})`
			});
			return;
		}
		const split = splitSpanProblem(paragraph.text, entry.span, entry.paragraph);
		if (split) {
			problems.push({ path: `add.${at}.span`, message: split });
			return;
		}
		const words = paragraph.text.slice(from, to);
		if (from >= to || words !== entry.quote) {
			problems.push({
				path: `add.${at}.span`,
				message: `[${from}, ${to}] of paragraph ${entry.paragraph} reads "${words}", not "${entry.quote}"`
			});
			return;
		}
		added.push({
			id: contentId('e', entry.start, entry.end ?? '', entry.quote, paragraph.text),
			start: entry.start,
			...(entry.end !== undefined ? { end: entry.end } : {}),
			precision: entry.precision,
			...(entry.approximate ? { approximate: true } : {}),
			basis: 'curated',
			derivation: [{ rule: 'curated', ...(entry.derivation ? { note: entry.derivation } : {}) }],
			title: entry.title,
			...(entry.titleEn ? { titleEn: entry.titleEn } : {}),
			paragraph: entry.paragraph,
			span: [from, to],
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
