import { defaultArticleName } from '$lib/server/articles';
import { articlePage, type ArticlePage } from '$lib/server/pages';
import type { PageServerLoad } from './$types';

// The seed article on the stage, prerendered with its first frame in the stage's projector type.
export const load: PageServerLoad = ({ locals }): ArticlePage => {
	const page = articlePage(defaultArticleName(), 'projector');
	locals.lang = page.dataset.article.language;
	return page;
};
