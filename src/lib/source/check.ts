/**
 * The `Checker` the routes give `fetchDataset`: a large data set is checked in a worker
 * (`check.worker.ts`) while the page draws it, so the page neither waits for the check nor holds the
 * schema's copy of a million events. Where no worker can start (the offline file, opened from disk), the
 * page checks it itself, after drawing it. Either way the check waits until the page has drawn the data set
 * and is idle: a worker reading and checking 100,000 events (2.4 s) ran beside the first draw, and a
 * machine of two cores has no third for what else the page and the browser do then (issue 13).
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

/**
 * Resolves once the page is idle after its next frame: the data set handed over now is drawn in that frame.
 * Each wait has a bound, so that a page that never paints (a hidden frame) or is never idle is still checked.
 */
async function drawn(): Promise<void> {
	await new Promise<void>((resolve) => {
		requestAnimationFrame(() => resolve());
		setTimeout(resolve, 1000);
	});
	await new Promise<void>((resolve) => {
		if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
		else setTimeout(resolve, 50);
	});
}

export async function checkApart(json: unknown, bytes: ArrayBuffer): Promise<Validation<Dataset>> {
	await drawn();
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
