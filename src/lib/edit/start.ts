/**
 * Turns editing on for a built article: extracts the files the build read here as the build did, and
 * starts a session whose first curation is the article's curation file. Loaded when the reader asks to
 * edit, with the extractor: never with the page.
 */
import { extractArticle } from '$lib/extract';
import { EditSession } from './session.svelte';
import { fetchSource } from './source';

export async function startEditing(name: string): Promise<EditSession> {
	const source = await fetchSource(name);
	return new EditSession(source, extractArticle(source.text, { meta: source.meta }));
}
