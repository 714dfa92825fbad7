/**
 * Editions (`第十二届`, `首届`) are ordinals, not years. They become dates only through the text: when a
 * year stands in the same sentence before an edition (`2025年第十二届…`), that edition of the series is
 * tied to the year, and once two ties agree on a steady interval, the other editions of the series
 * mentioned without a year are dated from them (basis `edition`). One tie alone dates nothing: the
 * interval would be a guess.
 */
import { numberOf } from './numerals';

export interface Edition {
	from: number;
	to: number;
	edition: number;
	/** The series, as a key: its name up to the word that says what it is (`大会`, `论坛`). */
	series: string;
	/** `第十二届`, as written. */
	ordinal: string;
}

const EDITION =
	/(?:第(?<n>\d{1,3}|[一二三四五六七八九十百]+)|(?<first>首))届(?<name>[\p{Script=Han}A-Za-z0-9·“”"「」]{2,30})/gu;
/** The series name ends with the word that says what kind of event it is. */
const KIND = /^.*?(?:博览会|运动会|大会|峰会|论坛|会议|会|节|赛|展|典礼|活动)/u;

/** Edition mentions in normalized text. */
export function findEditions(text: string): Edition[] {
	const found: Edition[] = [];
	for (const match of text.matchAll(EDITION)) {
		const groups = match.groups!;
		const edition = groups.first ? 1 : numberOf(groups.n!);
		const kind = KIND.exec(groups.name!);
		if (edition === undefined || edition < 1 || !kind) continue;
		const ordinalLength = match[0].length - groups.name!.length;
		found.push({
			from: match.index,
			to: match.index + ordinalLength + kind[0].length,
			edition,
			series: kind[0],
			ordinal: match[0].slice(0, ordinalLength)
		});
	}
	return found;
}

export interface Tie {
	edition: number;
	year: number;
	ordinal: string;
}

/** The year of `edition` from the ties of its series, when they agree on one interval of `every` years. */
export function editionYear(
	edition: number,
	ties: Tie[]
): { year: number; every: number; ties: { ordinal: string; year: number }[] } | undefined {
	const distinct = [...new Map(ties.map((tie) => [tie.edition, tie])).values()].sort(
		(a, b) => a.edition - b.edition
	);
	if (distinct.length < 2) return undefined;
	const [first, second] = distinct as [Tie, Tie];
	const step = (second.year - first.year) / (second.edition - first.edition);
	if (!Number.isInteger(step) || step < 1) return undefined;
	if (distinct.some((tie) => tie.year !== first.year + (tie.edition - first.edition) * step))
		return undefined;
	const year = first.year + (edition - first.edition) * step;
	return { year, every: step, ties: distinct.map(({ ordinal, year }) => ({ ordinal, year })) };
}
