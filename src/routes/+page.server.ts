import { defaultArticleName, loadArticle } from '$lib/server/articles';
import { firstFrame, roundFrame } from '$lib/timeline/layout/frame';
import type { ReaderPageData } from '$lib/reading/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }): ReaderPageData => {
	const name = defaultArticleName();
	const dataset = loadArticle(name);
	locals.lang = dataset.article.language;
	// Laid out here, the timeline's first frame stays on screen through hydration until d3 arrives.
	return { name, dataset, frame: roundFrame(firstFrame(dataset)) };
};
