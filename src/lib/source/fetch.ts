/**
 * `?src=<url>`: another data set (ours, or a TimelineJS 3 or 2 file, converted), fetched by the route and
 * checked at the boundary. Whatever goes wrong (an address that is not http(s), network, no answer within
 * 15 seconds, HTTP status, not JSON, not our model) ends as one sentence naming the URL and the problem,
 * which the frame shows in place of the timeline. A TimelineJS file opens with the slides that can be
 * read; what was left out is said beside the timeline.
 */
import type { Dataset } from '$lib/model/schema';
import { validateDataset } from '$lib/model/validate';
import type { Problem } from '$lib/model/consistency';
import { futureWarnings } from '$lib/model/future';
import { fromTimelineJs, isTimelineJs, type Imported } from '$lib/formats/timelinejs-import';
import { fromTimelineJs2, isTimelineJs2 } from '$lib/formats/timelinejs2';

/**
 * A failure says whether trying again could help (a network or a server's trouble), for a Retry button. A
 * file that opened in part lists what was left out.
 */
export type Loaded =
	| { ok: true; data: Dataset; leftOut?: Problem[] }
	| { ok: false; url: string; problem: string; retry: boolean };
type Fetched = { ok: true; json: unknown } | { ok: false; problem: string; retry: boolean };

/** An http(s) address, relative ones resolved against `base`; anything else (javascript:, data:, file:) is null. */
export function httpUrl(value: string | null, base?: string): URL | null {
	if (!value) return null;
	try {
		const url = new URL(value, base);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
	} catch {
		return null;
	}
}

/**
 * Why `httpUrl` refused `value`, in words that finish "<value> ...": a `javascript:`, `data:` or `file:`
 * address is refused by name, never ignored.
 */
export function refusal(value: string, base?: string): string {
	try {
		return `is a ${new URL(value, base).protocol} address: only http: and https: addresses of a JSON file are fetched`;
	} catch {
		return 'is not a web address (one starts with https://)';
	}
}

/** Shown at most; a data set with hundreds of problems needs the CLI, not a frame. */
const SHOWN = 5;
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
			return { ok: true, json: await response.json() };
		} catch {
			return controller.signal.aborted ? late() : { ok: false, problem: 'is not JSON', retry: false };
		}
	} finally {
		clearTimeout(timer);
	}
}

/** Problems as one clause: the first few, then a count of the rest. */
export function listProblems(problems: readonly Problem[]): string {
	const listed = problems.slice(0, SHOWN).map((p) => `${p.path}: ${p.message}`);
	const more = problems.length - listed.length;
	return `${listed.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
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

export async function fetchDataset(url: string, fetcher: typeof fetch, today = new Date()): Promise<Loaded> {
	const fetched = await fetchJson(url, fetcher);
	if (!fetched.ok) return { ok: false, url, problem: fetched.problem, retry: fetched.retry };
	const timeline = timelineJsOf(fetched.json, url);
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
	const result = validateDataset(fetched.json);
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
