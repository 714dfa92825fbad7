import type { Dataset } from '$lib/model/schema';
import type { Frame } from '$lib/timeline/layout/types';

/** What a reader's page (`/`, `/a/<name>`) loads. */
export interface ReaderPageData {
	/** The article's name in `data/`, which names its Simplified copy. */
	name: string;
	dataset: Dataset;
	/** The timeline's first frame, laid out at build time; the single-file build goes without. */
	frame?: Frame;
}
