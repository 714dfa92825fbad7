import { defaultArticleName } from '$lib/server/articles';
import { readerPage, type ArticlePage } from '$lib/server/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, isDataRequest }): ArticlePage => {
	const page = readerPage(defaultArticleName(), isDataRequest);
	locals.lang = page.dataset.article.language;
	return page;
};
