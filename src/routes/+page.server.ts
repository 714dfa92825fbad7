import { defaultArticleName, loadArticle } from '$lib/server/articles';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	const name = defaultArticleName();
	const dataset = loadArticle(name);
	locals.lang = dataset.article.language;
	return { name, dataset };
};
