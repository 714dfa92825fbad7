/**
 * How an event's date was found, as codes with parameters rather than sentences: the interface words
 * them in the reader's language (`src/lib/i18n/derivation.ts`), so a Chinese card never shows an English
 * sentence. A derivation is the list of steps taken, in order (`2月11日` took its year from `2014年`
 * stated before, then the lantern festival of that year fell on a day of the lunar calendar).
 *
 * Parameters named `word`, `quote`, `name`, `ordinal` and `note` are words of the source (or of its
 * editor) and are shown as written; every other parameter is a number or an ISO date.
 */
import * as v from 'valibot';
import { isoDay as day, isoMonth as month, isoPartialDate as partialDate } from './date-fields';

const year = v.pipe(v.number(), v.integer());
const count = v.pipe(v.number(), v.integer(), v.minValue(1));
const lunarMonth = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12));
const words = v.pipe(v.string(), v.nonEmpty('must not be empty'));
const step = <R extends string, E extends v.ObjectEntries>(rule: R, entries: E) =>
	v.strictObject({ rule: v.literal(rule), ...entries });

const ANY_STEP = v.variant('rule', [
	/** The text states the date itself. */
	step('explicit', { date: partialDate }),
	/** `07年` read as 2007. */
	step('two-digit-year', { digits: words, year }),
	/** `去年`, `last year`: counted from the publication year `base`. */
	step('relative-year', { word: words, year, base: year }),
	/** `次年`, `a year later`: counted from the year `quote` stated before. */
	step('counted-year', { word: words, year, quote: words }),
	/** A date without a year takes the year `quote` stated before. */
	step('stated-year', { year, quote: words }),
	/** `11月22日投票` in a headline over `今年11月22日` in the story: the year of the story's `quote`, which restates it. */
	step('restated-year', { year, quote: words }),
	/** `去年，展会于9月3日闭幕`: a date without a year takes the year `quote` stated earlier in its sentence. */
	step('sentence-year', { year, quote: words }),
	/**
	 * `持续至明年6月，其中包括12月上旬…`: a date without a year falls within the period that `quote`, earlier in its
	 * sentence, closes: in `year`, the one before the period's end.
	 */
	step('period-year', { year, quote: words }),
	/** `during the 2024 holiday season and again on Black Friday`: the first after `quote`, earlier in its sentence, in `year`. */
	step('again-year', { year, quote: words }),
	/** `去年冬至前後遇上寒流，梅花延到1月中旬才盛開`: put off until the first such time after `quote`, in `year`. */
	step('delayed-year', { year, quote: words }),
	/** `【4月】…6日`: a date in the month of its section's heading `quote` takes that section's year. */
	step('section-year', { year, quote: words }),
	/**
	 * `腊月二十三` in 2024 (`within`, the year found) falls in February 2024, in the lunar year that began in
	 * 2023 (`year`): the lunar date is counted in that lunar year.
	 */
	step('lunar-year', { year, within: year }),
	/** `19日` after `11月3日`: the month stated before. */
	step('stated-month', { month }),
	/** `the following month`, `次月`: `offset` months from the month the text stated before. */
	step('counted-month', { word: words, offset: v.pipe(v.number(), v.integer()), month }),
	/** `11月3日…19日` in one sentence: the month of `quote`, stated earlier in the sentence. */
	step('sentence-month', { month, quote: words }),
	/**
	 * A date without a year, placed nearest the publication day; `ahead`: the mention looks ahead (`将于`,
	 * `will open`), so the first on or after it.
	 */
	step('publication-year', { year, published: day, ahead: v.optional(v.literal(true)) }),
	/** A day without a month, placed nearest the publication day (`ahead`: the first on or after it). */
	step('publication-month', { month, published: day, ahead: v.optional(v.literal(true)) }),
	/** `上月`, `next month`. */
	step('relative-month', { word: words, month, published: day }),
	/** `昨天`, `yesterday`: `offset` days from publication. */
	step('relative-day', { word: words, offset: v.pipe(v.number(), v.integer()), published: day }),
	/** `昨(16)日`: the day of the month written beside the word, which is `date`. */
	step('written-day', { day: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(31)), date: day }),
	/** `当天`, `次日`: `offset` days from the day `quote` stated before, `from`. */
	step('counted-day', { word: words, offset: v.pipe(v.number(), v.integer()), quote: words, from: day }),
	/** `the following week`: the week `offset` weeks from that of the day `quote` stated before, `from`. */
	step('counted-week', { word: words, offset: v.pipe(v.number(), v.integer()), quote: words, from: day }),
	/**
	 * `新华社上海5月8日电`: the dateline's day, `date`, stands for the publication date in the steps after
	 * it (the story was filed then, and published later).
	 */
	step('dateline', { quote: words, date: day }),
	/**
	 * `on Tuesday` in English news: the nearest such day before (or, said of the future, after) publication;
	 * `Monday week` (`weekLater`): the one a week after that.
	 */
	step('nearest-weekday', {
		word: words,
		direction: v.picklist(['past', 'future']),
		published: day,
		weekLater: v.optional(v.literal(true))
	}),
	/** `上周一`, `this Tuesday`: in the week of publication, `offset` weeks away. */
	step('relative-week', { word: words, offset: v.pipe(v.number(), v.integer()), published: day }),
	/** `上半年`, `spring`: a part of a year. */
	step('year-part', { word: words, year }),
	/** `上旬`, `early in the month`: a part of a month. */
	step('month-part', { word: words, month }),
	step('lunar-month', { month: lunarMonth, year }),
	step('lunar-date', {
		month: lunarMonth,
		day: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(30)),
		year,
		date: day
	}),
	/** `十年過去了` after `2015年`. */
	step('years-after', { count, quote: words }),
	/** `三年前`, `two years ago`. */
	step('before-publication', { count, unit: v.picklist(['year', 'month', 'week', 'day']), published: day }),
	/** `两年后` in a quotation: counted from when it was said, the publication date. */
	step('after-publication', { count, unit: v.picklist(['year', 'month', 'week', 'day']), published: day }),
	/** `过去十年`, `the next two days`: the units up to or from publication. */
	step('around-publication', {
		count,
		unit: v.picklist(['year', 'month', 'week', 'day']),
		direction: v.picklist(['up-to', 'after']),
		published: day
	}),
	/** `90年代` without a century: the latest such decade before publication (or before 2000). */
	step('decade', {
		start: year,
		latest: v.optional(v.picklist(['publication', '2000'])),
		part: v.optional(words)
	}),
	/** `19世纪`, `本世纪初` (`part`: the words for the part of it). */
	step('century', { start: year, part: v.optional(words) }),
	/** `“十四五”期间`: the N-th five-year plan, from `start` for five years (`part`: the words for a part of it). */
	step('five-year-plan', { plan: count, start: year, part: v.optional(words) }),
	/**
	 * `last season`: a sports season from the autumn of `start` into the next year, counted from the one under way
	 * (or just ended) at publication.
	 */
	step('relative-season', {
		word: words,
		start: year,
		published: day,
		/** The league plays within a calendar year: the season is the year `start`. */
		calendar: v.optional(v.literal(true))
	}),
	/**
	 * `本季度`: the quarter `quote` the text last named, or, without one, the quarter the publication date
	 * `published` falls in.
	 */
	step('this-quarter', { word: words, quote: v.optional(words), published: v.optional(day) }),
	/**
	 * `第三财季`, `2026财年`: months of the fiscal year `year`, which began in the month `start` (the text states
	 * when its fiscal year begins or ends).
	 */
	step('fiscal-year', { word: words, year, start: month }),
	/** `2023/24学年`: the school year that began in the month `start` (September) and runs to the next August. */
	step('school-year', { word: words, start: month }),
	/** `近年`: taken as the three years before the publication year. */
	step('recent-years', { base: year }),
	/** A festival without a year: the one nearest publication (`ahead`: the first on or after it). */
	step('nearest-holiday', { name: words, published: day, ahead: v.optional(v.literal(true)) }),
	step('holiday', { name: words, year, date: day, lunar: v.boolean() }),
	/** `自2014年以来`: a range still running. */
	step('open', {}),
	/** `左右`, `around`: the words hedge the date. */
	step('approximate', {}),
	/** The words alone say it, with nothing to add. */
	step('as-written', {}),
	/** `第五届` from two or more editions tied to years. */
	step('edition', {
		ordinal: words,
		ties: v.array(v.strictObject({ ordinal: words, year })),
		every: count
	}),
	/** Curation merged these events' quotes into this one. */
	step('merged', { quotes: v.array(words) }),
	/** Added by an editor, with the editor's note if any. */
	step('curated', { note: v.optional(words) }),
	/** An editor gave the event another title. */
	step('renamed', {}),
	/** An editor gave the event another date: the steps before it say what the text was read as. */
	step('redated', {}),
	/** An editor linked the event to other words; `quote` is the words it was linked to before. */
	step('relinked', { quote: words }),
	/** Taken from a TimelineJS slide's `start_date`. */
	step('timelinejs', { date: partialDate }),
	/** A derivation written as free text by an older nianbiao: kept as written. */
	step('note', { text: words })
]);

const STEP_OF_RULE = new Map<unknown, (typeof ANY_STEP.options)[number]>(
	ANY_STEP.options.map((option) => [option.entries.rule.literal, option])
);

/**
 * A step's schema found by its rule, and the variant only for a rule none has (which it words as the
 * variant does): the variant tries its options in turn, and each rule it passes makes an issue with its
 * message. Checking 100,000 events spent most of its time there (issue 13: /embed's check beside the drawing).
 */
export const DerivationStepSchema = v.lazy((input: unknown) =>
	typeof input === 'object' && input !== null
		? (STEP_OF_RULE.get((input as { rule?: unknown }).rule) ?? ANY_STEP)
		: ANY_STEP
);

/**
 * A list of steps; a plain string (as older files have) is kept as one `note` step, so a file written
 * before derivations became codes still loads with nothing lost.
 */
export const DerivationSchema = v.pipe(
	v.unknown(),
	v.transform((input) =>
		typeof input === 'string' && input.trim() ? [{ rule: 'note', text: input }] : input
	),
	v.array(DerivationStepSchema, 'must be a list of steps'),
	v.minLength(1, 'must hold at least one step')
);

export type DerivationStep = v.InferOutput<typeof DerivationStepSchema>;
export type Derivation = DerivationStep[];
export type StepOf<R extends DerivationStep['rule']> = Extract<DerivationStep, { rule: R }>;
