import { defaultArticleName } from '$lib/server/articles';
import { articlePage } from '$lib/server/pages';
import type { PageServerLoad } from './$types';

// The seed article, as on `/`: prerendered, so this page's first frame needs no fetch and works offline.
// Its timeline only: the frame shows no text, so the page's data carries no paragraphs.
export const load: PageServerLoad = ({ locals }) => {
	const { dataset, ...page } = articlePage(defaultArticleName());
	locals.lang = dataset.article.language;
	const { paragraphs: _text, ...timeline } = dataset;
	return { ...page, dataset: timeline };
};
