/**
 * The `Checker` the routes give `fetchDataset`: a large data set is checked in a worker
 * (`check.worker.ts`) while the page draws it, so the page neither waits for the check nor holds the
 * schema's copy of a million events. Where no worker can start (the offline file, opened from disk), the
 * page checks it itself, after drawing it. Either way the check waits until the page has drawn the data set
 * and is idle: a worker reading and checking 100,000 events (2.4 s) ran beside the first draw, and a
 * machine of two cores has no third for what else the page and the browser do then (issue 13); nor while
 * the reader moves the timeline (`leftAlone`).
 */
import { sameJson } from '$lib/model/json';
import { validateDataset, type Validation } from '$lib/model/validate';
import type { Dataset } from '$lib/model/schema';
import type { CheckReply } from './check.worker';

/** `validateDataset` on the page's thread, `data` being `json` itself when the schema changed nothing. */
export function checkHere(json: unknown): Validation<Dataset> {
	const result = validateDataset(json);
	return result.ok && sameJson(json, result.data) ? { ok: true, data: json as Dataset } : result;
}

/** How long the reader must have left the page alone, and the page been quiet, before the check begins. */
const STILL_MS = 1000;
/** The longest the check waits for that: a page that is never left alone is still checked. */
const PATIENCE_MS = 30_000;
/** How often the wait looks at the page; a look this much later than asked means the page was busy. */
const TICK_MS = 100;
const BUSY_MS = 50;
/** What a reader moving the timeline (or anything else on the page) sends. */
const INPUT = ['wheel', 'keydown', 'pointerdown', 'pointermove', 'touchmove'] as const;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once the reader has left the page alone for a moment, the page has been quiet as long (no task
 * held back its timers), and it is idle. Checking 100,000 events took a worker 2 to 5 s of one core: begun
 * while the reader zoomed and panned, it took that core from the drawing, and /embed's frames through the
 * bench's zoom-and-pan script were twice as long as the Timeline's alone (issue 13). Quiet counts, not
 * only input: a million events take seconds to lay out after the data set is handed over, in tasks after
 * the next frame, with nobody yet moving; a second counted from that frame was over by the time they were
 * drawn, and the check began as the reader did. A hidden page's timers are held back by the browser, not
 * by work: there only input counts. Each wait has a bound, so that a page that is never left alone or is
 * never idle is still checked.
 */
async function leftAlone(): Promise<void> {
	let last = performance.now();
	const until = last + PATIENCE_MS;
	// A pointer only passing over the page asks for nothing; one dragging does.
	const moved = (event: Event) => {
		if (event.type !== 'pointermove' || (event as PointerEvent).buttons) last = performance.now();
	};
	for (const type of INPUT) addEventListener(type, moved, { capture: true, passive: true });
	try {
		for (let now = performance.now(); now - last < STILL_MS && now < until;) {
			await sleep(TICK_MS);
			const asked = now + TICK_MS;
			now = performance.now();
			if (now - asked > BUSY_MS && !document.hidden) last = now;
		}
		await new Promise<void>((resolve) => {
			if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
			else setTimeout(resolve, 50);
		});
	} finally {
		for (const type of INPUT) removeEventListener(type, moved, { capture: true });
	}
}

export async function checkApart(json: unknown, bytes: ArrayBuffer): Promise<Validation<Dataset>> {
	await leftAlone();
	return new Promise((resolve) => {
		// Spelled so for Vite, which bundles the worker from exactly this form.
		const worker = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
		const end = (result: Validation<Dataset>) => {
			worker.terminate();
			resolve(result);
		};
		worker.onmessage = ({ data }: MessageEvent<CheckReply>) => {
			if (!data.ok) end(data);
			else end({ ok: true, data: data.changed ?? (json as Dataset) });
		};
		worker.onerror = (event) => {
			event.preventDefault();
			end(checkHere(json));
		};
		// Given, not copied: the page has read them already.
		worker.postMessage(bytes, [bytes]);
	});
}
