import { error } from '@sveltejs/kit';
import { articleNames, loadArticle } from '$lib/server/articles';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => articleNames().map((name) => ({ name }));

export const load: PageServerLoad = ({ params, locals }) => {
	if (!articleNames().includes(params.name)) error(404, `No article named ${params.name} in data/`);
	const dataset = loadArticle(params.name);
	locals.lang = dataset.article.language;
	return { name: params.name, dataset };
};
