/**
 * The data the offline file is built with (see write-data.ts). A glob rather than an import so that
 * type checks and the normal build pass in a checkout that has never run `npm run build:single`.
 */
import type { Dataset, Language } from '$lib/model/schema';
import type { ScriptLoader } from '$lib/state/scripts.svelte';

export interface SingleData {
	name: string;
	dataset: Dataset;
	/** The article in other scripts, as the site serves them (`/a/<name>/zh-Hans.json`). */
	copies: Partial<Record<Language, Dataset>>;
}

const files = import.meta.glob<SingleData>('./generated/data.json', { eager: true, import: 'default' });
const found = Object.values(files)[0];
if (!found) throw new Error('src/single/generated/data.json is missing: run `npm run build:single`');

export const single: SingleData = found;

/** The reader's copies come from inside the file: from file:// there is nothing to fetch. */
export const loadCopy: ScriptLoader = async (lang) => single.copies[lang] ?? null;
