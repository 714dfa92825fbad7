/**
 * The article in Simplified script, written once at build time: readers who ask for `?lang=zh-Hans` fetch
 * this file, and nobody downloads OpenCC's tables.
 */
import { error, json } from '@sveltejs/kit';
import { articleNames, hasArticle, loadArticle } from '$lib/server/articles';
import { scriptCopies } from '$lib/i18n/copies';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

const simplified = (name: string) => scriptCopies(loadArticle(name))['zh-Hans'];

export const entries: EntryGenerator = () =>
	articleNames()
		.filter((name) => simplified(name))
		.map((name) => ({ name }));

export const GET: RequestHandler = ({ params }) => {
	const copy = hasArticle(params.name) ? simplified(params.name) : undefined;
	if (!copy) error(404, `No Traditional article named ${params.name} in data/`);
	return json(copy);
};
