/**
 * The extractor off the page's thread: a long article is read here while the page keeps answering. One
 * job at a time; a newer one replaces the worker (`extractor.svelte.ts`), so none queues behind another.
 */
import { awaitingPublication } from '../extract/awaiting-publication';
import { extractArticle } from '../extract/index';
import type { Job, Reply } from './extractor.svelte';

/** The worker's global scope, as far as used here (the project's types are the page's, not a worker's). */
const scope = self as unknown as {
	onmessage: (event: MessageEvent<Job>) => void;
	postMessage: (reply: Reply) => void;
};

/** Now, on the clock the page reads too (a worker's `performance.now()` counts from its own start). */
const now = () => performance.timeOrigin + performance.now();

scope.onmessage = ({ data }) => {
	try {
		const extracted = extractArticle(data.text, { meta: data.meta });
		const awaiting = awaitingPublication(data.text, data.meta, extracted);
		scope.postMessage({ job: data.job, ok: true, extracted, awaiting, done: now() });
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		scope.postMessage({ job: data.job, ok: false, message, done: now() });
	}
};
