/**
 * Corrections carried over to a text that has changed (typed into, or read by a newer extractor): the
 * entries that still fit it are kept, and those that no longer do (an event whose words changed, a span
 * now elsewhere) are set aside and named, so that one stale entry neither hides the rest nor blocks every
 * edit after it (a session records only curations that build).
 */
import { curateExtracted } from '../extract/build';
import type { Problem } from '../model/consistency';
import type { Curation } from '../model/curation';
import type { Dataset } from '../model/schema';

/** A problem's path names its entry first (`redate.2.start`): the list and the entry's place in it. */
const ENTRY = /^([a-z]+)\.(\d+)/;

export function fittingCuration(
	extracted: Dataset,
	curation: Curation
): { curation: Curation; dropped: Problem[] } {
	const dropped: Problem[] = [];
	let kept = curation;
	// Each round removes at least one entry, and setting one aside can unsettle another (a merge of an
	// event a dropped entry named), so this ends within as many rounds as there are entries.
	for (;;) {
		const built = curateExtracted(extracted, kept);
		if (built.ok || built.part !== 'curation') return { curation: kept, dropped };
		const stale = new Set(built.problems.map((problem) => ENTRY.exec(problem.path)?.slice(1, 3).join('.')));
		// Every list of the curation alike, whichever it holds.
		const next = Object.fromEntries(
			Object.entries(kept)
				.map(([list, entries]) => [
					list,
					(entries as unknown[]).filter((_, at) => !stale.has(`${list}.${at}`))
				])
				.filter(([, entries]) => entries!.length)
		) as Curation;
		dropped.push(...built.problems);
		if (JSON.stringify(next) === JSON.stringify(kept)) return { curation: kept, dropped };
		kept = next;
	}
}
