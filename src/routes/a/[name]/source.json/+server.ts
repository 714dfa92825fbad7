/**
 * The article's files as the build read them (text, meta, curation), written once at build time: the
 * "edit" control of a built article fetches this and extracts it in the browser, which gives the same
 * events as the page (`extract/build.ts`), and its edits are a curation of this text.
 */
import { error, json } from '@sveltejs/kit';
import { articleNames, hasArticle, loadSource } from '$lib/server/articles';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => articleNames().map((name) => ({ name }));

export const GET: RequestHandler = ({ params }) => {
	if (!hasArticle(params.name)) error(404, `No article named ${params.name} in data/`);
	return json(loadSource(params.name));
};
