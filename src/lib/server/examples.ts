/**
 * The articles /new offers to someone with none at hand: the site's own default first, then the rest of
 * `data/` in order, a few at most (an archive of a thousand would otherwise fill the page).
 */
import type { Language } from '$lib/model/schema';
import { articleNames, DATA_DIR, defaultArticleName, loadArticle } from './articles';

export interface Example {
	/** The article's name in `data/`, which its `/a/<name>/source.json` is fetched by. */
	name: string;
	title: string;
	language: Language;
}

export const MAX_EXAMPLES = 3;

export function examples(dir = DATA_DIR): Example[] {
	const first = defaultArticleName(dir);
	const names = [first, ...articleNames(dir).filter((name) => name !== first)].slice(0, MAX_EXAMPLES);
	return names.map((name) => {
		const { title, language } = loadArticle(name, dir).article;
		return { name, title, language };
	});
}
