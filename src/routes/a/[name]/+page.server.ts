import { error } from '@sveltejs/kit';
import { articleNames, hasArticle } from '$lib/server/articles';
import { readerPage, type ArticlePage } from '$lib/server/pages';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => articleNames().map((name) => ({ name }));

export const load: PageServerLoad = ({ params, locals, isDataRequest }): ArticlePage => {
	if (!hasArticle(params.name)) error(404, `No article named ${params.name} in data/`);
	const page = readerPage(params.name, isDataRequest);
	locals.lang = page.dataset.article.language;
	return page;
};
