/**
 * Whether an English text is from Australia or New Zealand, where the financial year runs from July (`the 2025-26
 * financial year`: July 2025 to June 2026) and the seasons are the southern ones (spring is September to November).
 * Told by the countries' names, their states and their time zones; a city alone is not enough (`HMP Perth`).
 */
import type { Temporal } from '../temporal';

const AUSTRALASIAN =
	/\b(?:Australian?s?|New Zealand(?:ers?)?|New South Wales|Queensland|Tasmania|A[ECW]S?[DS]T|NZ[DS]T|Aotearoa)\b/;

export const isAustralasian = (normal: string): boolean => AUSTRALASIAN.test(normal);

/** The southern seasons' months (summer runs into the next year, as the northern winter does). */
const SOUTHERN: Record<string, [number, number]> = {
	spring: [9, 11],
	summer: [12, 14],
	autumn: [3, 5],
	fall: [3, 5],
	winter: [6, 8]
};

/** A season of the year (`in autumn`, `the spring of 2021`) as the southern hemisphere has it; anything else as it is. */
export function southernSeason(value: Temporal): Temporal {
	if (value.type === 'range')
		return { ...value, from: southernSeason(value.from), to: southernSeason(value.to) };
	if (value.type === 'open') return { ...value, from: southernSeason(value.from) };
	if (value.type !== 'date' || value.month !== undefined || !value.part) return value;
	const months = SOUTHERN[value.part.word.toLowerCase().replace(/ of$/, '')];
	return months ? { ...value, part: { ...value.part, from: months[0], to: months[1] } } : value;
}
