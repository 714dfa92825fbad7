/**
 * A company's fiscal year, where the text states one that does not follow the calendar (`财年自每年4月1日起`,
 * `whose fiscal year ends on January 31`). Its periods (`2026财年`, `第三财季`, `the fiscal third quarter`, and in
 * such a text a quarter without a year) are months of that year, which is named by the calendar year it ends in.
 */
import { addMonths, type Day } from './calendar';
import { MONTHS } from './english/patterns';
import { isAustralasian } from './english/southern';
import type { Placed } from './resolve';
import type { Temporal } from './temporal';

type Fiscal = Extract<Temporal, { type: 'fiscal' }>;
type Month = { year: number; month: number };

const ZH_STARTS = /(?:财年|财政年度|会计年度)[^。;；]{0,12}?(?:自|从|由)(?:每年)? ?(\d{1,2}) ?月 ?1 ?日/;
const ZH_ENDS =
	/(?:财年|财政年度|会计年度)[^。;；]{0,16}?(?:至|到|截至|于)(?:次年|每年)? ?(\d{1,2}) ?月 ?\d{1,2} ?日 ?(?:止|结束|截止)/;
/**
 * `2026-27财政年度`: a fiscal year named by the two calendar years it straddles, where the text says no more, runs
 * from April, as the governments of Hong Kong, Japan, India and the United Kingdom count theirs.
 */
const ZH_PAIR = /\d{4} ?[-—–－/] ?\d{2,4} ?(?:财政年度|财年)/;
const PAIR_START = 4;
/**
 * `fiscal year`, or one fiscal year by name (`fiscal 2026, which began on July 1`), or its budget (`its fiscal year
 * 2026 budget, which runs through June 30`), as what a definition speaks of.
 */
const EN_YEAR = String.raw`\b(?:fiscal|financial) (?:year(?: \d{4})?|\d{4})(?: budgets?| plans?| accounts)?,? (?:which |that )?`;
const EN_STARTS = new RegExp(
	`${EN_YEAR}(?:begins|began|starts|started|runs from) (?:on )?([A-Z][a-z]+)\\.? 1\\b`
);
/**
 * `the 2025-26 financial year`, `FY30`: named by two calendar years (or by the end of such a name), where the text
 * says no more, runs from April as in India and Britain, from July in Australia and New Zealand.
 */
const EN_PAIR = /\b\d{4}[-–]\d{2} (?:financial|fiscal) year\b|\b(?:financial|fiscal) year \d{4}[-–]\d{2}\b/i;
const AUSTRALASIAN_START = 7;
const EN_ENDS = new RegExp(
	`${EN_YEAR}(?:ends|ended|closes|closed|will end|runs (?:to|through|until|till)) (?:on )?([A-Z][a-z]+)\\.? \\d{1,2}\\b`
);

/** The first month of the text's fiscal year, or undefined when it states none or one that is the calendar's. */
export function fiscalYearStart(normal: string, english: boolean): number | undefined {
	let month: number | undefined;
	if (english) {
		if (!/fiscal|financial/.test(normal)) return undefined;
		const starts = EN_STARTS.exec(normal);
		const ends = starts ? undefined : EN_ENDS.exec(normal);
		month = starts
			? MONTHS[starts[1]!.toLowerCase()]
			: ends
				? next(MONTHS[ends[1]!.toLowerCase()])
				: EN_PAIR.test(normal)
					? isAustralasian(normal)
						? AUSTRALASIAN_START
						: PAIR_START
					: undefined;
	} else {
		if (!/财年|财政年度|会计年度/.test(normal)) return undefined;
		const starts = ZH_STARTS.exec(normal);
		const ends = starts ? undefined : ZH_ENDS.exec(normal);
		month = starts
			? Number(starts[1])
			: ends
				? next(Number(ends[1]))
				: ZH_PAIR.test(normal)
					? PAIR_START
					: undefined;
	}
	return month === undefined || month < 1 || month > 12 || month === 1 ? undefined : month;
}

/** The month after the one a year ends in (its last day, or near it: years of 52 weeks end on a weekday). */
const next = (month: number | undefined) => (month === undefined ? undefined : (month % 12) + 1);

/** A quarter without a year (`第三季度`, `the fourth quarter`) in a text whose fiscal year is not the calendar's. */
export function asFiscal(value: Temporal): Fiscal | undefined {
	if (value.type !== 'date' || value.year || value.month || value.day !== undefined || !value.part)
		return undefined;
	return /季|quarter/i.test(value.part.word)
		? { type: 'fiscal', part: value.part, word: value.part.word }
		: undefined;
}

const index = ({ year, month }: Month) => year * 12 + month - 1;
const monthOf = (year: number, month: number) =>
	`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;

/**
 * Where a fiscal period lies. Without a year it is the latest one begun by publication (results tell of a
 * quarter just closed, or the one under way), or, looking ahead, the first not yet over.
 */
export function placeFiscal(
	value: Fiscal,
	first: number,
	published: Day | undefined,
	ahead: boolean
): Placed | undefined {
	const [from, to] = value.part ? [value.part.from, value.part.to] : [1, 12];
	// Fiscal year n begins in month `first` of n - 1 (of n itself when it follows the calendar).
	const opening = (n: number) => ({ year: first === 1 ? n : n - 1, month: first });
	const months = (n: number) => {
		const { year, month } = opening(n);
		return [addMonths(year, month, from - 1), addMonths(year, month, to - 1)] as const;
	};
	let name = value.year;
	if (name === undefined && value.offset !== undefined) {
		// `下个财政年度`: counted from the fiscal year under way at publication.
		if (!published) return undefined;
		const now = index(published);
		const current = [published.year, published.year + 1].find((n) => index(months(n)[1]) >= now)!;
		name = current + value.offset;
	} else if (name === undefined) {
		if (!published) return undefined;
		const now = index(published);
		const candidates = [published.year - 1, published.year, published.year + 1, published.year + 2];
		name = ahead
			? candidates.find((n) => index(months(n)[1]) >= now)
			: candidates.filter((n) => index(months(n)[0]) <= now).pop();
		if (name === undefined) return undefined;
	}
	const basis = value.year === undefined ? 'relative' : 'explicit';
	const [begin, end] = months(name);
	if (first === 1 && !value.part)
		return {
			start: { year: name },
			precision: 'year',
			approximate: false,
			basis,
			how: [{ rule: 'explicit', date: String(name).padStart(4, '0') }]
		};
	const { year, month } = opening(name);
	return {
		start: begin,
		...(index(end) > index(begin) ? { end } : {}),
		precision: 'month',
		approximate: false,
		basis,
		how: [
			value.school
				? { rule: 'school-year', word: value.word, start: monthOf(year, month) }
				: { rule: 'fiscal-year', word: value.word, year: name, start: monthOf(year, month) }
		]
	};
}
