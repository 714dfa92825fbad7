/**
 * The one way an article becomes its data set, at build time and in the browser alike: extract the text,
 * apply the editor's curation, check the result. The studio's downloads round-trip through `data/` only
 * because the build and the page run this same function.
 */
import type { Curation } from '../model/curation';
import type { Problem } from '../model/consistency';
import type { ArticleMeta, Dataset } from '../model/schema';
import { validateDataset } from '../model/validate';
import { applyCuration } from './curate';
import { extractArticle } from './index';

/** What a person gives: the text, what the text cannot say, and their corrections. */
export interface ArticleSource {
	text: string;
	meta: ArticleMeta;
	curation?: Curation;
}

/** Which of the source's parts a problem is in, so that it is reported against that file or field. */
export type Built =
	| { ok: true; extracted: Dataset; data: Dataset }
	| { ok: false; extracted: Dataset; part: 'curation' | 'text'; problems: Problem[] };

/** Applies `curation` to an extraction already made (the browser extracts once, in a worker, and curates often). */
export function curateExtracted(extracted: Dataset, curation: Curation | undefined): Built {
	let dataset = extracted;
	if (curation) {
		const curated = applyCuration(extracted, curation);
		if (!curated.ok) return { ok: false, extracted, part: 'curation', problems: curated.problems };
		dataset = curated.data;
	}
	const result = validateDataset(dataset);
	if (!result.ok) return { ok: false, extracted, part: 'text', problems: result.problems };
	return { ok: true, extracted, data: result.data };
}

export function buildDataset(source: ArticleSource): Built {
	return curateExtracted(extractArticle(source.text, { meta: source.meta }), source.curation);
}
