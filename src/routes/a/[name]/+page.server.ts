import { error } from '@sveltejs/kit';
import { articleNames, loadArticle } from '$lib/server/articles';
import { firstFrame, roundFrame } from '$lib/timeline/layout/frame';
import type { ReaderPageData } from '$lib/reading/page';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => articleNames().map((name) => ({ name }));

export const load: PageServerLoad = ({ params, locals }): ReaderPageData => {
	if (!articleNames().includes(params.name)) error(404, `No article named ${params.name} in data/`);
	const dataset = loadArticle(params.name);
	locals.lang = dataset.article.language;
	// Laid out here, the timeline's first frame stays on screen through hydration until d3 arrives.
	return { name: params.name, dataset, frame: roundFrame(firstFrame(dataset)) };
};
