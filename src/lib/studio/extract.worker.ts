/**
 * The extractor off the page's thread: a long article is read here while the page keeps answering. One
 * job at a time; a newer one replaces the worker (`extractor.svelte.ts`), so none queues behind another.
 */
import { extractArticle } from '../extract/index';
import type { Job, Reply } from './extractor.svelte';

/** The worker's global scope, as far as used here (the project's types are the page's, not a worker's). */
const scope = self as unknown as {
	onmessage: (event: MessageEvent<Job>) => void;
	postMessage: (reply: Reply) => void;
};

scope.onmessage = ({ data }) => {
	try {
		scope.postMessage({ job: data.job, ok: true, extracted: extractArticle(data.text, { meta: data.meta }) });
	} catch (error) {
		scope.postMessage({
			job: data.job,
			ok: false,
			message: error instanceof Error ? error.message : String(error)
		});
	}
};
