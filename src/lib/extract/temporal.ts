/**
 * What a date expression says, before it is placed in time. Recognition (`recognize.ts`) fills these in
 * from the words alone; resolution (`resolve.ts`) turns them into dates with the publication date and the
 * dates stated earlier in the article.
 */

/** How a year is given: a number, relative to publication (`去年`), or to the year just stated (`次年`). */
export type YearSpec =
	| { kind: 'number'; value: number }
	| { kind: 'twoDigit'; value: number }
	| { kind: 'published'; offset: number; word: string }
	| { kind: 'context'; offset: number; word: string }
	/** The season before or after publication (`last spring`, `next winter`): its year depends on the season. */
	| { kind: 'adjacent'; direction: -1 | 1; word: string };

export type MonthSpec =
	| { kind: 'number'; value: number }
	| { kind: 'published'; offset: number; word: string }
	/** Counted from the month the text stated before (`the following month`, `次月`). */
	| { kind: 'context'; offset: number; word: string };

/** A part of a year or month: `上半年`, `第一季度`, `年底`, `夏天`, `上旬`, `月底`. */
export interface Part {
	/** First and last month (of a year) or day (of a month) the part covers. */
	from: number;
	to: number;
	approximate: boolean;
	word: string;
}

export type Temporal =
	| {
			type: 'date';
			year?: YearSpec;
			month?: MonthSpec;
			day?: number;
			lunar?: boolean;
			part?: Part;
			/** The weekday written beside a day (`Monday, Jan. 19`): of the years a date without one may be in, it fits one. */
			weekday?: number;
			/** The lunar day a solar day restates (`農曆臘月初六（1月24日）`): of those years, it falls on the solar day in one. */
			lunarDay?: { month: number; day: number };
	  }
	/** Days from publication; `dayOfMonth` is the day the text states beside the word (`昨(16)日`). */
	| { type: 'day'; offset: number; word: string; dayOfMonth?: number }
	/** Days from the last day the text stated (`当天`, `次日`); with `week`, the week that day falls in (`the following week`). */
	/** `weekday`: the one written beside the words (`Two days later, on Wednesday`), which tells which day they count from. */
	| { type: 'anchored'; offset: number; word: string; week?: boolean; weekend?: boolean; weekday?: number }
	| {
			type: 'week';
			offset: number;
			weekday?: number;
			weekend?: boolean;
			word: string;
			/**
			 * `on Tuesday` in English news: not the week of publication's but the nearest such day, before
			 * publication or, when the mention looks ahead, after it.
			 */
			nearest?: boolean;
			/** `next Thursday`, `last Thursday`: never publication's own day, which is `today`. */
			notToday?: boolean;
			/** `Monday week` (British, Australian): the Monday a week after the coming one. */
			weekLater?: true;
	  }
	| { type: 'holiday'; year?: YearSpec; name: string }
	| { type: 'decade'; century?: number | { offset: number }; decade: number; part?: Part }
	| { type: 'century'; century: number | { offset: number }; part?: Part }
	/**
	 * A company's fiscal year (`2026财年`, named by the calendar year it ends in) or a part of it (`第三财季`, `the
	 * fiscal third quarter`: months of the fiscal year); without `year`, the one publication says (`fiscal.ts`).
	 * `school`: a school year named by two years (`2023/24学年`), September to August.
	 */
	| { type: 'fiscal'; year?: number; part?: Part; word: string; offset?: number; school?: true }
	/** The N-th five-year plan (`十四五`); a part is years 0 to 4 of it (`末`: the last). */
	| { type: 'plan'; plan: number; part?: Part }
	| {
			type: 'span';
			count: number;
			unit: 'year' | 'month' | 'week' | 'day';
			/**
			 * `past`/`future`: the N units up to or from publication; `ago`: N units before it; `after`: N units after the
			 * year just stated; `hence`: N units after publication (`两年后` in a quotation, counted from when it was said).
			 */
			direction: 'past' | 'future' | 'ago' | 'after' | 'hence';
			word: string;
	  }
	| { type: 'recentYears' }
	/**
	 * `last season`, `next season` in sports news: a season running from the autumn of one year into the next,
	 * `offset` seasons from the one under way (or just ended) at publication.
	 */
	| {
			type: 'sportsSeason';
			offset: number;
			word: string;
			/** The year a season named by its years began in (`2024-25赛季`); `offset` is then 0 and unused. */
			first?: number;
	  }
	/** `本季`, `本季度` in business news: the quarter the text last named, else publication's (`quarters.ts`). */
	/** `报告期内`: the period of the report, the part of a year the text last named (`2025年半年度报告`), if any. */
	| { type: 'thisQuarter'; word: string; report?: true }
	| { type: 'vague' }
	| { type: 'range'; from: Temporal; to: Temporal }
	/** `the week ended Friday`: the seven days that end on `day`; `first`: that begin on it (`the week of March 9`). */
	| { type: 'week7'; day: Temporal; word: string; first?: true }
	/** An open range (`2022年以来`, `From October 1`); `since`: one that looks back (`since March`), begun by publication. */
	| { type: 'open'; from: Temporal; since?: boolean };

/** One date expression found in a paragraph: where, and what it says. */
export interface Mention {
	from: number;
	to: number;
	value: Temporal;
	/** The words hedge it (`前后`, `左右`, `约`). */
	approximate?: boolean;
	/**
	 * It looks ahead, by a word of the future before it (`将于`, `预计`) or a clause in the future tense
	 * (`will open on October 15`): without a year of its own it lies on or after publication.
	 */
	ahead?: boolean;
	/**
	 * It looks ahead in a clause that tells a plan now (`will go on display in May`), not one reported from the
	 * past (`said the line would open in May`): a year its sentence stated before publication is not its own.
	 */
	told?: boolean;
	/**
	 * It lies in a relative clause set off by commas (`Delaney, who joined in 2019, played his 500th game on
	 * February 21`): its year is not the one of the dates after it.
	 */
	aside?: boolean;
	/** Its clause is in the past tense (`closed on December 2`): English news then means the nearest such day. */
	past?: boolean;
	/**
	 * It closes a period (`持续至明年6月`, `截至10月底`): the dates after it in its sentence lie within that
	 * period, so a month without a year falls on or before it (`12月上旬` then is this December, not next).
	 */
	closes?: boolean;
	/**
	 * It happens again after what its sentence stated (`during the 2024 holiday season and again on Black Friday`):
	 * without a year of its own it is the first such time after that.
	 */
	again?: boolean;
	/**
	 * It was put off until then after what its sentence stated (`去年冬至前後遇上寒流，梅花延到1月中旬才盛開`): without a
	 * year of its own it is the first such time after that.
	 */
	delayed?: boolean;
}
