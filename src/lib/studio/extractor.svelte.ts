/**
 * The page's side of the extraction worker (`extract.worker.ts`): one extraction at a time, a newer one
 * or a cancel ends the one under way by ending its worker (a pure function cannot be interrupted any
 * other way), and `working` says so while it runs, for the progress indicator.
 */
import type { ArticleMeta, Dataset } from '../model/schema';

export interface Job {
	job: number;
	text: string;
	meta: ArticleMeta;
}

/**
 * `done` is when the worker finished, in milliseconds since 1970 (`performance.timeOrigin + now()`);
 * `awaiting`, the date words a publication day would date (`awaiting-publication.ts`).
 */
export type Reply = { job: number; done: number } & (
	{ ok: true; extracted: Dataset; awaiting: string[] } | { ok: false; message: string }
);

/** What a run came to: the data set, or why none (`stopped` by a newer run or a cancel: nothing to say). */
export type Outcome =
	| { ok: true; extracted: Dataset; awaiting: string[] }
	| { ok: false; stopped: true }
	| { ok: false; stopped: false; message: string };

export class Extractor {
	/** Whether an extraction is under way. */
	working = $state(false);
	#worker: Worker | null = null;
	#job = 0;
	#settle: ((outcome: Outcome) => void) | null = null;

	run(text: string, meta: ArticleMeta): Promise<Outcome> {
		this.#stop();
		const job = ++this.#job;
		// Spelled so for Vite, which bundles the worker from exactly this form; the URL is never changed.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const worker = (this.#worker ??= new Worker(new URL('./extract.worker.ts', import.meta.url), {
			type: 'module'
		}));
		this.working = true;
		// The reading's span on the page's performance timeline, for profiles and for the test that the page
		// kept answering: from here to when the worker finished, before the page takes in what it sent.
		performance.mark('nianbiao:extract-start');
		return new Promise<Outcome>((resolve) => {
			this.#settle = (outcome) => {
				this.#settle = null;
				this.working = false;
				resolve(outcome);
			};
			worker.onmessage = ({ data }: MessageEvent<Reply>) => {
				if (data.job !== job) return;
				performance.mark('nianbiao:extract-end', { startTime: data.done - performance.timeOrigin });
				this.#settle?.(
					data.ok
						? { ok: true, extracted: data.extracted, awaiting: data.awaiting }
						: { ok: false, stopped: false, message: data.message }
				);
			};
			// A worker that cannot start (its script refused or missing) says so here, not in a reply.
			worker.onerror = (event) => {
				event.preventDefault();
				this.#end();
				this.#settle?.({
					ok: false,
					stopped: false,
					message: event.message || 'the extractor could not start'
				});
			};
			worker.postMessage({ job, text, meta } satisfies Job);
		});
	}

	/** Ends the extraction under way, if any; its run resolves as stopped. */
	cancel() {
		this.#stop();
	}

	/** Ends the worker for good (the page is leaving). */
	dispose() {
		this.#stop();
		this.#end();
	}

	#stop() {
		if (!this.#settle) return;
		this.#end();
		this.#settle({ ok: false, stopped: true });
	}

	#end() {
		this.#worker?.terminate();
		this.#worker = null;
	}
}
