/**
 * Named things the article mentions (`《…》` titles, `…倡议`, `…论坛`, `…大会`): listed as undated so a
 * reader sees what the text refers to without a date. A name runs back from its kind word to the nearest
 * word that cannot be part of a name (a particle, a verb of holding or joining, punctuation).
 */

import { unitTest } from './units';

const TITLE = /《[^《》\r\n]{1,60}》/g;
const KIND =
	/(?:倡议|论坛|博览会|大会|峰会|会议|报告|白皮书|规划|纲要|战略|协定|协议|公约|宣言|契约|计划)(?=[^\p{Script=Han}]|$|[等和与及的上中期暨是在为将于已由之])/gu;
/**
 * Words a name never holds: particles, prepositions and the verbs that introduce a name. Characters of the
 * Basic Multilingual Plane only, so no `u` flag: it would make the engine slower and find nothing else.
 */
const BOUNDARY =
	/(?:以及|发起|发布|举办|主办|召开|出席|参加|参与|启动|提出|推动|通过|制定|签署|宣布|加入|牵头|倡导|促成|举行|成为|面向|关于|围绕|[的了在和与及等以为由将对同把被从向给使让是有也都并而或其该此各暨])/g;
const CONJUNCTION = /^[和与及]$/;
const NAME_CHAR = /[\p{Script=Han}A-Za-z0-9·—-]/u;
/** Asked per code unit: a name runs back over up to 30 units per kind word. */
const isNameUnit = unitTest(NAME_CHAR);
const MAX_NAME = 30;
const MIN_NAME = 4;

export interface Named {
	from: number;
	to: number;
}

/** Names in normalized text, without overlaps. */
export function findNames(text: string): Named[] {
	const names: Named[] = [...text.matchAll(TITLE)].map((match) => ({
		from: match.index,
		to: match.index + match[0].length
	}));
	for (const match of text.matchAll(KIND)) {
		const to = match.index + match[0].length;
		let from = match.index;
		while (from > 0 && to - from < MAX_NAME && isNameUnit(text.charCodeAt(from - 1))) from--;
		const run = text.slice(from, match.index);
		// Only the last word that ends a name counts, and whether it is the only one: no list of them all.
		let last: RegExpExecArray | null = null;
		let boundaries = 0;
		BOUNDARY.lastIndex = 0;
		for (let found = BOUNDARY.exec(run); found; found = BOUNDARY.exec(run)) {
			last = found;
			boundaries++;
		}
		if (last && CONJUNCTION.test(last[0])) {
			// `中国—拉美和加勒比国家…论坛` is one name when the run opens at punctuation and holds nothing else
			// that ends a name; otherwise the conjunction joined two things and only a fragment is left.
			const opensAtPunctuation = from === 0 || !/\p{Script=Han}/u.test(text[from - 1]!);
			if (!opensAtPunctuation || boundaries > 1) continue;
		} else if (last) from += last.index + last[0].length;
		if (to - from < MIN_NAME || to - from === match[0].length) continue;
		names.push({ from, to });
	}
	names.sort((a, b) => a.from - b.from || b.to - a.to);
	const kept: Named[] = [];
	for (const name of names) if (name.from >= (kept.at(-1)?.to ?? 0)) kept.push(name);
	return kept;
}
