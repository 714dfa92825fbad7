/**
 * The data the offline file is built with (see write-data.ts). A glob rather than an import so that
 * type checks and the normal build pass in a checkout that has never run `npm run build:single`.
 */
import type { Dataset } from '$lib/model/schema';

export interface SingleData {
	name: string;
	dataset: Dataset;
}

const files = import.meta.glob<SingleData>('./generated/data.json', { eager: true, import: 'default' });
const found = Object.values(files)[0];
if (!found) throw new Error('src/single/generated/data.json is missing: run `npm run build:single`');

export const single: SingleData = found;
