/** What a page says of a data set's problems: the one clause `?src=`, `?story=` and the offline file show. */
import type { Problem } from '$lib/model/consistency';

/** Shown at most; a data set with hundreds of problems needs the CLI, not a frame. */
const SHOWN = 5;

/** Problems as one clause: the first few, then a count of the rest. */
export function listProblems(problems: readonly Problem[]): string {
	const listed = problems.slice(0, SHOWN).map((p) => `${p.path}: ${p.message}`);
	const more = problems.length - listed.length;
	return `${listed.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}
