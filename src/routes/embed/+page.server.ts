import { defaultArticleName } from '$lib/server/articles';
import { articlePage, type ArticlePage } from '$lib/server/pages';
import type { PageServerLoad } from './$types';

// The seed article, as on `/`: prerendered, so this page's first frame needs no fetch and works offline.
export const load: PageServerLoad = ({ locals }): ArticlePage => {
	const page = articlePage(defaultArticleName());
	locals.lang = page.dataset.article.language;
	return page;
};
