/**
 * Whether an English text is from Australia or New Zealand, where the financial year runs from July (`the 2025-26
 * financial year`: July 2025 to June 2026) and the seasons are the southern ones (spring is September to November).
 * Told by the countries' names, their states and their time zones; a city alone is not enough (`HMP Perth`).
 */
const AUSTRALASIAN =
	/\b(?:Australian?s?|New Zealand(?:ers?)?|New South Wales|Queensland|Tasmania|A[ECW]S?[DS]T|NZ[DS]T|Aotearoa)\b/;

export const isAustralasian = (normal: string): boolean => AUSTRALASIAN.test(normal);
