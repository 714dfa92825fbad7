/**
 * `本季`, `本季度` in business news: the quarter the text goes on about, which is the one it last named (`第三财季…
 * 本季度营收`, `展望第四季…本季营收`), else the quarter publication falls in (of the fiscal year, where the text
 * states one).
 */
import { addMonths, type Day } from './calendar';
import type { Placed } from './resolve';
import type { Temporal } from './temporal';

type Month = { year: number; month: number };
/** The quarter the text last named, and its words. */
export interface NamedQuarter {
	start: Month;
	end: Month;
	quote: string;
}

/** Whether the words name one quarter (`第三季度`, `第三财季`, `the fourth quarter`), not three (`前三季度`). */
export function namesQuarter(value: Temporal): boolean {
	if (value.type !== 'date' && value.type !== 'fiscal') return false;
	const part = value.part;
	return Boolean(part && part.to - part.from === 2 && /季|quarter|Q[1-4]/i.test(part.word));
}

export function placeThisQuarter(
	word: string,
	quarter: NamedQuarter | undefined,
	published: Day | undefined,
	fiscalStart = 1
): Placed | undefined {
	if (quarter)
		return {
			start: quarter.start,
			end: quarter.end,
			precision: 'month',
			approximate: false,
			basis: 'relative',
			how: [{ rule: 'this-quarter', word, quote: quarter.quote }]
		};
	if (!published) return undefined;
	// Quarters begin in the fiscal year's first month and every third month after it.
	const start = addMonths(published.year, published.month, -((published.month - fiscalStart + 12) % 3));
	const iso = `${String(published.year).padStart(4, '0')}-${String(published.month).padStart(2, '0')}-${String(published.day).padStart(2, '0')}`;
	return {
		start,
		end: addMonths(start.year, start.month, 2),
		precision: 'month',
		approximate: false,
		basis: 'relative',
		how: [{ rule: 'this-quarter', word, published: iso }]
	};
}
