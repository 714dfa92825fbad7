/**
 * The article in Simplified script, written once at build time: readers who ask for `?lang=zh-Hans` fetch
 * this file, and nobody downloads OpenCC's tables.
 */
import { error, json } from '@sveltejs/kit';
import * as OpenCC from 'opencc-js/t2cn';
import { convertDataset } from '$lib/i18n/script';
import { articleNames, loadArticle } from '$lib/server/articles';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Only Traditional articles need a Simplified copy; the reader asks for none of the others. */
const traditional = () => articleNames().filter((name) => loadArticle(name).article.language === 'zh-Hant');

export const entries: EntryGenerator = () => traditional().map((name) => ({ name }));

// `tw` → `cn` converts characters, not vocabulary: the author's 網際網路 becomes 网际网路, not 互联网.
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

export const GET: RequestHandler = ({ params }) => {
	if (!traditional().includes(params.name))
		error(404, `No Traditional article named ${params.name} in data/`);
	return json(convertDataset(loadArticle(params.name), toSimplified, 'zh-Hans'));
};
