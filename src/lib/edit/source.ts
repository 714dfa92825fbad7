/**
 * A built article's files as the build read them (`/a/<name>/source.json`), fetched and checked at the
 * door like any data that arrives over the network: for editing it in place, and for /new's examples.
 */
import { resolve } from '$app/paths';
import * as v from 'valibot';
import type { ArticleSource } from '$lib/extract/build';
import { CurationSchema } from '$lib/model/curation';
import { ArticleMetaSchema } from '$lib/model/schema';
import { describeProblems, validateWith } from '$lib/model/validate';

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

/** Throws with the address and what went wrong there. */
export async function fetchSource(name: string): Promise<ArticleSource> {
	const address = resolve('/a/[name]/source.json', { name });
	const response = await fetch(address);
	if (!response.ok) throw new Error(`${address}: ${response.status} ${response.statusText}`);
	return readSource(await response.json());
}
