/**
 * A large `?src=` data set checked off the page's thread (`check.ts`), while the page draws it: the file's
 * bytes read again, then `validateDataset`, as the page would. Only a failure, or a data set the schema
 * changed, is sent back: a passing one stays what the page drew.
 */
import type { Dataset } from '$lib/model/schema';
import { sameJson } from '$lib/model/json';
import { validateDataset } from '$lib/model/validate';
import type { Problem } from '$lib/model/consistency';

export type CheckReply = { ok: true; changed: Dataset | null } | { ok: false; problems: Problem[] };

/** The worker's global scope, as far as used here (the project's types are the page's, not a worker's). */
const scope = self as unknown as {
	onmessage: (event: MessageEvent<ArrayBuffer>) => void;
	postMessage: (reply: CheckReply) => void;
};

scope.onmessage = ({ data }) => {
	const json: unknown = JSON.parse(new TextDecoder().decode(data));
	const result = validateDataset(json);
	scope.postMessage(
		result.ok ? { ok: true, changed: sameJson(json, result.data) ? null : result.data } : result
	);
};
