/**
 * `?src=<url>`: another data set (ours, or a TimelineJS file, converted), fetched by the route and
 * checked at the boundary. Whatever goes wrong
 * (network, HTTP status, not JSON, not our model) ends as one sentence naming the URL and the problem,
 * which the frame shows in place of the timeline.
 */
import type { Dataset } from '$lib/model/schema';
import { validateDataset } from '$lib/model/validate';
import type { Problem } from '$lib/model/consistency';
import { futureWarnings } from '$lib/model/future';
import { fromTimelineJs, isTimelineJs } from '$lib/export/timelinejs';

export type Loaded = { ok: true; data: Dataset } | { ok: false; url: string; problem: string };

/** Shown at most; a data set with hundreds of problems needs the CLI, not a frame. */
const SHOWN = 5;

/** JSON from a URL, or the reason it could not be had, in words that finish "<url> ...". */
export async function fetchJson(
	url: string,
	fetcher: typeof fetch
): Promise<{ ok: true; json: unknown } | { ok: false; problem: string }> {
	let response: Response;
	try {
		response = await fetcher(url, { credentials: 'omit' });
	} catch {
		// The browser hides the reason (offline, DNS, CORS) from scripts on purpose; name the likely ones.
		return {
			ok: false,
			problem: 'could not be fetched (offline, wrong address, or the server does not allow CORS)'
		};
	}
	if (!response.ok)
		return {
			ok: false,
			problem: `answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`
		};
	try {
		return { ok: true, json: await response.json() };
	} catch {
		return { ok: false, problem: 'is not JSON' };
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

export async function fetchDataset(url: string, fetcher: typeof fetch, today = new Date()): Promise<Loaded> {
	const fetched = await fetchJson(url, fetcher);
	if (!fetched.ok) return { ok: false, url, problem: fetched.problem };
	if (isTimelineJs(fetched.json)) {
		const imported = fromTimelineJs(fetched.json);
		if (imported.ok) {
			warnOfFuture(url, imported.data, today);
			return imported;
		}
		return {
			ok: false,
			url,
			problem: `is a TimelineJS file nianbiao cannot read: ${listProblems(imported.problems)}`
		};
	}
	const result = validateDataset(fetched.json);
	if (result.ok) {
		warnOfFuture(url, result.data, today);
		return result;
	}
	return { ok: false, url, problem: `is not a nianbiao data set: ${listProblems(result.problems)}` };
}
