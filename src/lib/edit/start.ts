/**
 * Turns editing on for a built article: fetches the files the build read (`/a/<name>/source.json`),
 * checks them at the door like any data that arrives over the network, extracts the text here as the
 * build did, and starts a session whose first curation is the article's curation file. Loaded when the
 * reader asks to edit, with the extractor: never with the page.
 */
import { resolve } from '$app/paths';
import * as v from 'valibot';
import { extractArticle } from '$lib/extract';
import type { ArticleSource } from '$lib/extract/build';
import { CurationSchema } from '$lib/model/curation';
import { ArticleMetaSchema } from '$lib/model/schema';
import { describeProblems, validateWith } from '$lib/model/validate';
import { EditSession } from './session.svelte';

const SourceSchema = v.strictObject({
	text: v.pipe(v.string(), v.nonEmpty()),
	meta: ArticleMetaSchema,
	curation: v.optional(CurationSchema)
});

export function readSource(json: unknown): ArticleSource {
	const checked = validateWith(SourceSchema, json);
	if (!checked.ok) throw new Error(describeProblems('source.json', checked.problems));
	return checked.data;
}

export async function startEditing(name: string): Promise<EditSession> {
	const response = await fetch(resolve('/a/[name]/source.json', { name }));
	if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
	const source = readSource(await response.json());
	return new EditSession(source, extractArticle(source.text, { meta: source.meta }));
}
