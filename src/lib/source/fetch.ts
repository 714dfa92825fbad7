/**
 * `?src=<url>`: another data set (ours, or a TimelineJS 3 or 2 file, converted), fetched by the route and
 * checked at the boundary. Whatever goes wrong (an address that is not http(s), network, no answer within
 * 15 seconds, HTTP status, not JSON, not our model) ends as one sentence naming the URL and the problem,
 * which the frame shows in place of the timeline. A TimelineJS file opens with the slides that can be
 * read; what was left out is said beside the timeline.
 */
import type { Dataset } from '$lib/model/schema';
import { validateDataset, type Validation } from '$lib/model/validate';
import type { Problem } from '$lib/model/consistency';
import { futureWarnings } from '$lib/model/future';
import { fromTimelineJs, isTimelineJs, type Imported } from '$lib/formats/timelinejs-import';
import { fromTimelineJs2, isTimelineJs2 } from '$lib/formats/timelinejs2';
import { httpUrl, refusal } from './address';
import { listProblems } from './problems';

/**
 * A failure says whether trying again could help (a network or a server's trouble), for a Retry button. A
 * file that opened in part lists what was left out. A large data set is given before it has been checked,
 * to be drawn at once; `checking` is then the check's outcome: this same value when the data set passed
 * unchanged, else the failure (or the data set as the schema reads it, when that differs).
 */
export type Loaded =
	| { ok: true; data: Dataset; leftOut?: Problem[]; checking?: Promise<Loaded> }
	| { ok: false; url: string; problem: string; retry: boolean };
type Fetched =
	{ ok: true; json: unknown; bytes: ArrayBuffer } | { ok: false; problem: string; retry: boolean };

/**
 * Checks a data set as `validateDataset` does, elsewhere (`check.ts`: in a worker, beside the drawing);
 * on success `data` is `json` itself when the schema changed nothing in it.
 */
export type Checker = (json: unknown, bytes: ArrayBuffer) => Promise<Validation<Dataset>>;

/**
 * From this many events on, a data set given a `Checker` is drawn first and checked beside it: checking a
 * hundred thousand events on the page's thread took longer than drawing them (issue 13).
 */
export const LARGE = 5_000;

/** How long a server may take to send the whole file before the frame gives up and says so. */
export const TIMEOUT_MS = 15_000;

/** JSON from a URL, or the reason it could not be had, in words that finish "<url> ...". */
export async function fetchJson(url: string, fetcher: typeof fetch, timeout = TIMEOUT_MS): Promise<Fetched> {
	if (!httpUrl(url)) return { ok: false, problem: refusal(url), retry: false };
	// A server that answers nothing, or stops halfway through the body, must not leave "Loading" forever.
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), timeout);
	const late = (): Fetched => ({
		ok: false,
		problem: `did not send the whole file within ${timeout / 1000} seconds`,
		retry: true
	});
	try {
		let response: Response;
		try {
			response = await fetcher(url, { credentials: 'omit', signal: controller.signal });
		} catch {
			if (controller.signal.aborted) return late();
			// The browser hides the reason (offline, DNS, CORS) from scripts on purpose; name the likely ones.
			return {
				ok: false,
				problem: 'could not be fetched (offline, wrong address, or the server does not allow CORS)',
				retry: true
			};
		}
		if (!response.ok)
			return {
				ok: false,
				problem: `answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
				retry: true
			};
		try {
			// The bytes as well as the JSON: a large data set's check reads them again, in a worker (`check.ts`).
			// Decoded as `response.json()` does (UTF-8, a byte-order mark dropped).
			const bytes = await response.arrayBuffer();
			return { ok: true, json: JSON.parse(new TextDecoder().decode(bytes)), bytes };
		} catch {
			return controller.signal.aborted ? late() : { ok: false, problem: 'is not JSON', retry: false };
		}
	} finally {
		clearTimeout(timer);
	}
}

/** Dates far after `today` load, but the console says so (`model/future.ts`): most are typos. */
function warnOfFuture(url: string, data: Dataset, today: Date) {
	for (const warning of futureWarnings(data, today))
		console.warn(`${url}: ${warning.path}: ${warning.message}`);
}

/** A TimelineJS file (either shape) read, its pictures' relative addresses against `url`; null for any other JSON. */
function timelineJsOf(json: unknown, url: string): { name: string; imported: Imported } | null {
	if (isTimelineJs2(json)) return { name: 'TimelineJS 2', imported: fromTimelineJs2(json, { base: url }) };
	if (isTimelineJs(json)) return { name: 'TimelineJS', imported: fromTimelineJs(json, { base: url }) };
	return null;
}

function isLarge(json: unknown): boolean {
	const events = (json as { events?: unknown } | null)?.events;
	return Array.isArray(events) && events.length >= LARGE;
}

/** A data set's check as the frame says it. */
function outcome(url: string, result: Validation<Dataset>, today: Date): Loaded {
	if (result.ok) {
		warnOfFuture(url, result.data, today);
		return result;
	}
	return {
		ok: false,
		url,
		problem: `is not a nianbiao data set: ${listProblems(result.problems)}`,
		retry: false
	};
}

/**
 * The data set at `url`, checked; with a `checker`, a large one comes at once, unchecked, its check
 * under way (`Loaded`'s `checking`).
 */
export async function fetchDataset(
	url: string,
	fetcher: typeof fetch,
	today = new Date(),
	checker?: Checker
): Promise<Loaded> {
	const fetched = await fetchJson(url, fetcher);
	if (!fetched.ok) return { ok: false, url, problem: fetched.problem, retry: fetched.retry };
	const { json, bytes } = fetched;
	const timeline = timelineJsOf(json, url);
	if (timeline) {
		const { name, imported } = timeline;
		if (!imported.ok)
			return {
				ok: false,
				url,
				problem: `is a ${name} file nianbiao cannot read: ${listProblems(imported.problems)}`,
				retry: false
			};
		warnOfFuture(url, imported.data, today);
		const { leftOut } = imported;
		return { ok: true, data: imported.data, ...(leftOut.length ? { leftOut } : {}) };
	}
	if (!checker || !isLarge(json)) return outcome(url, validateDataset(json), today);
	const unchecked: Extract<Loaded, { ok: true }> = { ok: true, data: json as Dataset };
	unchecked.checking = checker(json, bytes).then((result) => {
		const checked = outcome(url, result, today);
		// Passed, and unchanged by the schema: what is on screen is the data set checked.
		return checked.ok && checked.data === json ? unchecked : checked;
	});
	return unchecked;
}
