import { defaultArticleName } from '$lib/server/articles';
import { articlePage, type ArticlePage } from '$lib/server/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }): ArticlePage => {
	const page = articlePage(defaultArticleName());
	locals.lang = page.dataset.article.language;
	return page;
};
