/**
 * Finds the date expressions of an English text: every shape in `patterns.ts` is matched, counts are set
 * aside (`2000 guests`, `100 percent`), overlaps go to the leftmost longest match, and neighbours are
 * joined into ranges (`from 2019 to 2021`), open ranges (`since 2014`) and hedged dates (`around 2000`).
 * The values are the same `Temporal`s the Chinese rules produce, so `resolve.ts` places both alike.
 */
import type { Mention, MonthSpec, Part, Temporal, YearSpec } from '../temporal';
import * as P from './patterns';
import { isAustralasian, southernSeason } from './southern';
import { sentenceIndex } from '../sentences';
import { sentenceAround, sentenceEnds } from './sentences';

type Groups = Record<string, string | undefined>;
type Build = (groups: Groups, match: RegExpExecArray, text: string) => Mention | undefined;

const lower = (word: string | undefined) => word?.toLowerCase().replace(/\.$/, '');
const monthOf = (name: string | undefined): MonthSpec | undefined => {
	const value = name === undefined ? undefined : P.MONTHS[lower(name)!];
	return value === undefined ? undefined : { kind: 'number', value };
};
const yearOf = (digits: string | undefined): YearSpec | undefined =>
	digits === undefined ? undefined : { kind: 'number', value: Number(digits) };
const RELATIVE_OFFSETS: Record<string, number> = { last: -1, this: 0, next: 1 };
const relativeYear = (word: string | undefined, words: string): YearSpec | undefined =>
	word === undefined
		? undefined
		: { kind: 'published', offset: RELATIVE_OFFSETS[lower(word)!]!, word: words };
const countOf = (words: string): number | undefined =>
	/^\d+$/.test(words) ? Number(words) : P.NUMBERS[words.toLowerCase()];

function span(match: RegExpExecArray, value: Temporal, approximate = false): Mention {
	return {
		from: match.index,
		to: match.index + match[0].length,
		value,
		...(approximate ? { approximate: true } : {})
	};
}

function date(parts: { year?: YearSpec; month?: MonthSpec; day?: number; part?: Part }): Temporal {
	return {
		type: 'date',
		...(parts.year ? { year: parts.year } : {}),
		...(parts.month ? { month: parts.month } : {}),
		...(parts.day !== undefined ? { day: parts.day } : {}),
		...(parts.part ? { part: parts.part } : {})
	};
}

const buildMonthDay: Build = (g, match) =>
	span(match, date({ year: yearOf(g.y), month: monthOf(g.mon), day: Number(g.d) }));

const buildDayRange: Build = (g, match) => {
	const year = yearOf(g.y);
	const from = date({ year, month: monthOf(g.mon), day: Number(g.d) });
	const to = date({ year, month: monthOf(g.mon2 ?? g.mon), day: Number(g.d2) });
	// `on 3 and 10 March` are two days; `on 17 and 18 November`, days that follow each other, one stretch of them.
	const next = !g.mon2 && Number(g.d2) === Number(g.d) + 1;
	if (g.link?.trim() === 'and' && !/^between/i.test(g.from ?? '') && !next) return undefined;
	return span(match, { type: 'range', from, to });
};

const buildMonthYear: Build = (g, match) =>
	span(
		match,
		date({
			year: yearOf(g.y) ?? relativeYear(g.ry, `${g.ry} year`),
			month: monthOf(g.mon)
		})
	);

const buildMonthAlone: Build = (g, match) => span(match, date({ month: monthOf(g.mon) }));

const buildThatMonth: Build = (g, match) =>
	span(match, date({ year: { kind: 'context', offset: 0, word: match[0] }, month: monthOf(g.mon) }));

/** The years each world war lasted. */
const WARS: [RegExp, number, number][] = [
	[/^(?:First|Great)|(?:One|I|1)$/, 1914, 1918],
	[/^Second|(?:Two|II|2)$/, 1939, 1945]
];

const buildWorldWar: Build = (g, match) => {
	const [, from, to] = WARS.find(([name]) => name.test(g.war!))!;
	return span(match, {
		type: 'range',
		from: date({ year: yearOf(String(from)) }),
		to: date({ year: yearOf(String(to)) })
	});
};

const buildAdjacentMonth: Build = (g, match) => {
	const direction = lower(g.am) === 'last' ? -1 : 1;
	return span(match, date({ year: { kind: 'adjacent', direction, word: match[0] }, month: monthOf(g.mon) }));
};

const MONTH_PARTS: Record<string, [number, number]> = {
	early: [1, 10],
	'beginning of': [1, 10],
	'start of': [1, 10],
	mid: [11, 20],
	'middle of': [11, 20],
	late: [21, 31],
	'end of': [21, 31],
	'first half of': [1, 15],
	'second half of': [16, 31]
};

const buildMonthPart: Build = (g, match) => {
	const [from, to] = MONTH_PARTS[lower(g.mp)!]!;
	// A half of a month is counted exactly; `early`, `mid`, `late` are the text's approximations.
	const part = { from, to, approximate: !/half/i.test(g.mp!), word: g.mp! };
	return span(match, date({ year: yearOf(g.y), month: monthOf(g.mon), part }));
};

const buildNumeric: Build = (g, match) => {
	const [year, month, day] = g.iy ? [g.iy, g.im, g.id] : [g.uy, g.um, g.ud];
	const m = Number(month);
	const d = Number(day);
	if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
	return span(match, date({ year: yearOf(year), month: { kind: 'number', value: m }, day: d }));
};

/** Words before a number that make it a year (`in 2015`, `the 2024 Olympics`, `early 2010`). */
const YEAR_CUE =
	/\b(?:in|since|by|of|from|until|till|to|through|and|or|early|late|mid|around|about|circa|before|after|during|year|between|the|spring|summer|autumn|fall|winter|end)[ -]$/i;
/** A lowercase plural or a unit after a number makes it a count (`2000 guests`, `2015 yuan`). */
const COUNT_AFTER = /^[ -](?:percent|per cent|yuan|km|kg|mph|[a-z]+s)\b/;

const buildBareYear: Build = (g, match, text) => {
	const to = match.index + match[0].length;
	const before = text.slice(Math.max(0, match.index - 10), match.index);
	if (!YEAR_CUE.test(before) && COUNT_AFTER.test(text.slice(to, to + 12))) return undefined;
	return span(match, date({ year: yearOf(g.y) }));
};

const buildRelative: Build = (g, match) => {
	const offset = RELATIVE_OFFSETS[lower(g.dir)!]!;
	const word = match[0];
	switch (g.ru) {
		case 'year':
			return span(match, date({ year: { kind: 'published', offset, word } }));
		case 'month':
			return span(match, date({ month: { kind: 'published', offset, word } }));
		case 'week':
			return span(match, { type: 'week', offset, word });
		case 'season':
			return span(match, { type: 'sportsSeason', offset, word });
		default:
			return span(match, { type: 'week', offset, weekend: true, word });
	}
};

const CONTEXT_OFFSETS: Record<string, number> = { same: 0, following: 1, next: 1, previous: -1 };

const buildContextYear: Build = (g, match) => {
	const offset = g.later ? (/later$/i.test(g.later) ? 1 : -1) : g.cw ? CONTEXT_OFFSETS[g.cw]! : 0;
	return span(match, date({ year: { kind: 'context', offset, word: match[0] } }));
};

const buildContextSeason: Build = (g, match) => {
	const [from, to, approximate] = YEAR_PARTS[lower(g.season)!]!;
	const year = { kind: 'context', offset: CONTEXT_OFFSETS[g.cw ?? 'same']!, word: match[0] } as const;
	return span(match, date({ year, part: { from, to, approximate, word: g.season! } }));
};

const buildContextMonth: Build = (g, match) =>
	span(match, date({ month: { kind: 'context', offset: CONTEXT_OFFSETS[g.cm!]!, word: match[0] } }));

const buildContextDay: Build = (g, match) =>
	span(match, { type: 'anchored', offset: g.cd === 'previous' ? -1 : 1, word: match[0] });

const buildContextWeek: Build = (g, match) =>
	span(match, {
		type: 'anchored',
		offset: g.cw === 'following' ? 7 : -7,
		word: match[0],
		week: true,
		...(g.we ? { weekend: true } : {})
	});

const DAY_OFFSETS: Record<string, number> = {
	'day before yesterday': -2,
	yesterday: -1,
	'last night': -1,
	today: 0,
	tonight: 0,
	'this morning': 0,
	'this afternoon': 0,
	'this evening': 0,
	tomorrow: 1,
	'day after tomorrow': 2
};

const buildRelativeDay: Build = (g, match) =>
	span(match, { type: 'day', offset: DAY_OFFSETS[lower(g.rd)!]!, word: match[0] });

/**
 * `on Tuesday` in news is the nearest Tuesday: before publication, or after it when the mention looks ahead
 * (`will be held on Saturday`, see `lookAhead`); `next Friday` looks ahead by its own word, `this Friday` is
 * the one of the week of publication; `next Friday` and `last Friday` written on a Friday are a week away.
 */
/** `wed` is Wednesday, `thurs` Thursday: the weekday whose name the abbreviation begins. */
const weekdayAbbreviated = (abbreviation: string) =>
	Object.entries(P.WEEKDAYS).find(([name]) => name.startsWith(abbreviation))![1];

const buildWeekday: Build = (g, match, text) => {
	const which = lower(g.wp);
	// `every Monday`, `each Friday`: a habit, no one day; `a Sunday timetable`: a kind of day.
	if (!which && /\b(?:every|each|an?) $/i.test(text.slice(Math.max(0, match.index - 6), match.index)))
		return undefined;
	// `a full Sunday service`, `a reduced Saturday timetable`: the same kind of day, an adjective between, a noun
	// after (`to a halt Monday morning` and `to a halt Monday,` stay days: a time of day or no noun follows).
	if (
		!which &&
		/\b[Aa]n? [a-z]+ $/.test(text.slice(Math.max(0, match.index - 20), match.index)) &&
		/^ (?!(?:morning|afternoon|evening|night)\b)[a-z]/.test(text.slice(match.index + match[0].length))
	)
		return undefined;
	// `on Monday week`: a week after the coming Monday, so always ahead.
	if (g.ww && !which)
		return {
			...span(match, {
				type: 'week',
				offset: 0,
				weekday: P.WEEKDAYS[lower(g.wd)!]!,
				word: match[0],
				nearest: true,
				notToday: true,
				weekLater: true
			}),
			ahead: true
		};
	return {
		...span(match, {
			type: 'week',
			offset: 0,
			weekday: g.wd ? P.WEEKDAYS[lower(g.wd)!]! : weekdayAbbreviated(lower(g.wa)!),
			word: match[0],
			...(which === 'this' ? {} : { nearest: true }),
			...(which === 'next' || which === 'last' ? { notToday: true } : {})
		}),
		...(which === 'next' ? { ahead: true } : {})
	};
};

const buildHoliday: Build = (g, match) =>
	span(match, { type: 'holiday', name: g.hol!, ...(g.hy ? { year: yearOf(g.hy) } : {}) });

const buildTheWeekend: Build = (_, match) =>
	span(match, { type: 'week', offset: 0, weekend: true, word: match[0], nearest: true });

type Unit = 'year' | 'month' | 'week' | 'day';

function unitOf(word: string, count: number): [Unit, number] {
	const unit = word.replace(/s$/, '');
	if (unit === 'fortnight') return ['week', count * 2];
	if (unit === 'century' || unit === 'centurie') return ['year', count * 100];
	return unit === 'decade' ? ['year', count * 10] : [unit as Unit, count];
}

const buildSpanAgo: Build = (g, match) => {
	const counted = countOf(g.n!);
	if (counted === undefined) return span(match, { type: 'vague' });
	// `A century on, the ferry still…`: a century later than what is left unsaid, so only `a century ago` is read.
	if (/^centur/.test(g.u!) && g.sd !== 'ago') return undefined;
	const [unit, count] = unitOf(g.u!, counted);
	// `a week later`, `ten days on`: counted from the last day the text stated, as `the following day` is.
	if (g.sd !== 'ago' && (unit === 'day' || unit === 'week'))
		return span(match, { type: 'anchored', offset: unit === 'week' ? count * 7 : count, word: match[0] });
	const direction = g.sd === 'ago' ? 'ago' : 'after';
	return span(match, { type: 'span', count, unit, direction, word: match[0] });
};

const buildSpanAround: Build = (g, match) => {
	const counted = g.n === undefined ? (/s$/.test(g.u!) ? undefined : 1) : countOf(g.n);
	if (counted === undefined) return span(match, { type: 'vague' });
	const [unit, count] = unitOf(g.u!, counted);
	const direction = /^(?:next|coming)$/.test(g.sw!) ? 'future' : 'past';
	return span(match, { type: 'span', count, unit, direction, word: match[0] });
};

const DECADE_PARTS: Record<string, [number, number]> = { early: [0, 2], mid: [3, 6], late: [7, 9] };

/** `the end of the 1970s` is its late years, `the beginning of the 1990s` its early ones. */
const DECADE_ENDS: Record<string, string> = { end: 'late', beginning: 'early', start: 'early' };

const buildDecade: Build = (g, match) => {
	const word = g.dp ?? g.de;
	const part = word ? DECADE_PARTS[lower(g.dp) ?? DECADE_ENDS[lower(g.de)!]!] : undefined;
	return span(match, {
		type: 'decade',
		decade: Number(g.dec ?? g.short),
		...(part ? { part: { from: part[0], to: part[1], approximate: true, word: word! } } : {})
	});
};

const buildCentury: Build = (g, match) => {
	const century = g.cr
		? { offset: lower(g.cr) === 'last' ? -1 : 0 }
		: g.cn
			? Number(g.cn)
			: P.ORDINALS[g.cw!];
	if (century === undefined || century === 0) return undefined;
	return span(match, { type: 'century', century }, g.cp !== undefined);
};

const YEAR_PARTS: Record<string, [number, number, boolean]> = {
	early: [1, 4, true],
	mid: [5, 8, true],
	late: [9, 12, true],
	'beginning of': [1, 3, true],
	'start of': [1, 3, true],
	'end of': [11, 12, true],
	'first half of': [1, 6, false],
	'second half of': [7, 12, false],
	'first quarter of': [1, 3, false],
	'second quarter of': [4, 6, false],
	'third quarter of': [7, 9, false],
	'fourth quarter of': [10, 12, false],
	spring: [3, 5, true],
	summer: [6, 8, true],
	autumn: [9, 11, true],
	fall: [9, 11, true],
	// Winter runs into the next year: months past 12 are resolved as such.
	winter: [12, 14, true]
};

const buildYearPart: Build = (g, match) => {
	if (g.q) {
		const q = Number(g.q.slice(1));
		const part = { from: q * 3 - 2, to: q * 3, approximate: false, word: g.q };
		return span(match, date({ year: yearOf(g.y), part }));
	}
	const word = g.yp ?? g.season!;
	const [from, to, approximate] = YEAR_PARTS[lower(word)!.replace(/ of$/, '')] ?? YEAR_PARTS[lower(word)!]!;
	const part = { from, to, approximate, word };
	const year: YearSpec | undefined =
		g.this && lower(g.this) !== 'this'
			? { kind: 'adjacent', direction: lower(g.this) === 'last' ? -1 : 1, word: match[0] }
			: g.this
				? relativeYear(g.this, match[0])
				: (yearOf(g.y) ?? relativeYear(g.ry, `${g.ry} year`));
	return span(match, date({ year, part }));
};

const buildHolidaySeason: Build = (g, match) =>
	span(
		match,
		date({ year: yearOf(g.y), part: { from: 11, to: 12, approximate: true, word: 'holiday season' } })
	);

/**
 * `the fourth quarter` beside words of business, `the first half of the year`: the year comes from the text;
 * `the end of the year` is publication's.
 */
const buildBareYearPart: Build = (g, match, text) => {
	if (g.ye) {
		const [from, to, approximate] = YEAR_PARTS[`${lower(g.ye)} of`]!;
		const year = { kind: 'published', offset: 0, word: match[0] } as const;
		return span(match, date({ year, part: { from, to, approximate, word: g.ye } }));
	}
	const quarter = g.bq ?? g.bq2;
	if (quarter) {
		const [start, end] = sentenceAround(text, match.index);
		if (!P.BUSINESS.test(text.slice(start, end))) return undefined;
	}
	const word = g.yp ?? `${quarter} quarter`;
	const [from, to] = YEAR_PARTS[`${lower(word)} of`]!;
	return span(match, date({ part: { from, to, approximate: false, word } }));
};

/**
 * `the April-June quarter`: the three months it names, in the year the text is in (its word names months, not a
 * quarter, so a fiscal year does not renumber them); a pair of months that is no quarter is not read.
 */
const buildMonthsQuarter: Build = (g, match) => {
	const from = P.MONTHS[lower(g.mon)!]!;
	const to = P.MONTHS[lower(g.mon2)!]!;
	if (to - from !== 2) return undefined;
	const word = match[0].replace(/ quarter$/, '');
	return span(match, date({ part: { from, to, approximate: false, word } }));
};

const buildFiscal: Build = (g, match) => {
	const quarter = g.fqo ?? g.fq;
	if (g.fy && !g.fqo) return span(match, { type: 'fiscal', year: Number(g.fy), word: match[0] });
	const [from, to] = YEAR_PARTS[`${lower(quarter)} quarter of`]!;
	const part = { from, to, approximate: false, word: match[0] };
	return span(match, { type: 'fiscal', part, word: match[0], ...(g.fy ? { year: Number(g.fy) } : {}) });
};

/** `2025-26 financial year`: named by the year it ends in; two years that do not follow each other are no year. */
const buildFiscalPair: Build = (g, match) => {
	if (g.fys) {
		const year = Number(g.fys);
		return span(match, { type: 'fiscal', year: g.fys.length === 2 ? 2000 + year : year, word: match[0] });
	}
	const first = Number(g.fp1 ?? g.fp3);
	if ((first + 1) % 100 !== Number(g.fp2 ?? g.fp4)) return undefined;
	return span(match, { type: 'fiscal', year: first + 1, word: match[0] });
};

const buildTheSeason: Build = (g, match) => {
	const [from, to, approximate] = YEAR_PARTS[lower(g.season)!]!;
	return span(match, date({ part: { from, to, approximate, word: g.season! } }));
};

const buildWithin: Build = (g, match) => {
	const word = match[0];
	if (g.wu === 'year') return span(match, date({ year: { kind: 'published', offset: 0, word } }));
	if (g.wu === 'month') return span(match, date({ month: { kind: 'published', offset: 0, word } }));
	return span(match, { type: 'week', offset: 0, word });
};

const buildRecentYears: Build = (_, match) => span(match, { type: 'recentYears' }, true);
const buildYearToDate: Build = (_, match) =>
	span(match, { type: 'open', from: date({ year: { kind: 'published', offset: 0, word: match[0] } }) });
const buildThisQuarter: Build = (_, match) => span(match, { type: 'thisQuarter', word: match[0] });
const buildVague: Build = (_, match) => span(match, { type: 'vague' });

const rule = (source: string, build: Build) => ({ regex: new RegExp(source, 'g'), build });

const RULES = [
	rule(P.MONTH_DAY_RANGE, buildDayRange),
	rule(P.DAY_RANGE_MONTH, buildDayRange),
	rule(P.MONTH_DAY, buildMonthDay),
	rule(P.DAY_MONTH, buildMonthDay),
	rule(P.MONTH_YEAR, buildMonthYear),
	rule(P.MONTH_PART, buildMonthPart),
	rule(P.ADJACENT_MONTH, buildAdjacentMonth),
	rule(P.MONTH_ALONE, buildMonthAlone),
	rule(P.MONTH_SUBJECT, buildMonthAlone),
	rule(P.THAT_MONTH, buildThatMonth),
	rule(P.WORLD_WAR, buildWorldWar),
	rule(P.NUMERIC, buildNumeric),
	rule(P.YEAR_PART, buildYearPart),
	rule(P.QUARTER, buildYearPart),
	rule(P.MONTHS_QUARTER, buildMonthsQuarter),
	rule(P.FISCAL, buildFiscal),
	rule(P.FISCAL_PAIR, buildFiscalPair),
	rule(P.BARE_YEAR_PART, buildBareYearPart),
	rule(P.HOLIDAY_SEASON, buildHolidaySeason),
	rule(P.THIS_SEASON, buildYearPart),
	rule(P.THE_SEASON, buildTheSeason),
	rule(P.DECADE, buildDecade),
	rule(P.CENTURY, buildCentury),
	rule(P.BARE_YEAR, buildBareYear),
	rule(P.RELATIVE, buildRelative),
	rule(P.CONTEXT_YEAR, buildContextYear),
	rule(P.CONTEXT_WEEK, buildContextWeek),
	rule(P.CONTEXT_SEASON, buildContextSeason),
	rule(P.CONTEXT_DAY, buildContextDay),
	rule(P.CONTEXT_MONTH, buildContextMonth),
	rule(P.RELATIVE_DAY, buildRelativeDay),
	rule(P.HOLIDAY, buildHoliday),
	rule(P.THE_WEEKEND, buildTheWeekend),
	rule(P.WEEKDAY, buildWeekday),
	rule(P.SPAN_AGO, buildSpanAgo),
	rule(P.SPAN_AROUND, buildSpanAround),
	rule(P.WITHIN, buildWithin),
	rule(P.RECENT_YEARS, buildRecentYears),
	rule(P.YEAR_TO_DATE, buildYearToDate),
	rule(P.THIS_QUARTER, buildThisQuarter),
	rule(P.VAGUE, buildVague)
];

/** Every rule's matches, leftmost longest first, without overlaps. */
function atoms(text: string): Mention[] {
	const candidates: Mention[] = [];
	for (const { regex, build } of RULES)
		for (const match of text.matchAll(regex)) {
			const mention = build(match.groups ?? {}, match, text);
			if (mention && mention.to > mention.from) candidates.push(mention);
		}
	candidates.sort((a, b) => a.from - b.from || b.to - a.to);
	const chosen: Mention[] = [];
	let end = 0;
	for (const mention of candidates) {
		if (mention.from < end) continue;
		chosen.push(mention);
		end = mention.to;
	}
	return chosen;
}

const joinable = (value: Temporal) =>
	value.type === 'date' || value.type === 'day' || value.type === 'decade' || value.type === 'week';
const LINK = new RegExp(P.RANGE_LINK, 'y');
/** `2019–21`: an end year of two digits in the start's century. */
const SHORT_END = /[-–](\d\d)(?!\d)/y;
const RESTATED = /^,? $/;

/** A date without a year in a range whose end states one takes that year (`May to July 2020`). */
function sharedYear(from: Temporal, to: Temporal): Temporal {
	if (from.type !== 'date' || to.type !== 'date' || from.year || !to.year || !from.month) return from;
	return { ...from, year: to.year };
}

function joinRange(text: string, start: Mention, next: Mention | undefined): Mention | undefined {
	if (start.value.type === 'date' && start.value.year?.kind === 'number' && !start.value.month) {
		SHORT_END.lastIndex = start.to;
		const short = SHORT_END.exec(text);
		if (short) {
			const century = Math.floor(start.value.year.value / 100) * 100;
			const end = date({ year: { kind: 'number', value: century + Number(short[1]) } });
			return {
				from: start.from,
				to: SHORT_END.lastIndex,
				value: { type: 'range', from: start.value, to: end }
			};
		}
	}
	if (!next || !joinable(start.value) || !joinable(next.value)) return undefined;
	LINK.lastIndex = start.to;
	const link = LINK.exec(text);
	if (!link || LINK.lastIndex !== next.from) return undefined;
	const before = text.slice(Math.max(0, start.from - 8), start.from);
	const opener = /(?:[Bb]etween|[Ff]rom) $/.exec(before);
	if (link[0].trim() === 'and' && !/^[Bb]etween/.test(opener?.[0] ?? '')) return undefined;
	return {
		from: opener ? start.from - opener[0].length : start.from,
		to: next.to,
		value: { type: 'range', from: sharedYear(start.value, next.value), to: next.value },
		...(start.approximate || next.approximate ? { approximate: true } : {})
	};
}

function openOrHedged(text: string, mention: Mention): Mention {
	const before = text.slice(Math.max(0, mention.from - 24), mention.from);
	const after = text.slice(mention.to, mention.to + 12);
	const week = P.WEEK_ENDED_BEFORE.exec(before);
	if (
		week &&
		(mention.value.type === 'week' || (mention.value.type === 'date' && mention.value.day !== undefined))
	) {
		const from = mention.from - week[1]!.length;
		return {
			...mention,
			from,
			value: {
				type: 'week7',
				day: mention.value,
				word: text.slice(from, mention.to),
				...(week[2] ? { first: true } : {})
			}
		};
	}
	const since = P.SINCE_BEFORE.exec(before);
	const allowed =
		since?.[0] === 'from ' &&
		P.ALLOWED_FROM_BEFORE.test(text.slice(Math.max(0, mention.from - 40), mention.from));
	const onward = P.ONWARD_AFTER.exec(after);
	// `From November 3 the museum will open`: a sentence opened with `From` and no end runs on. `their first win since
	// January 18th, when they beat Oakley`: the clause after tells what happened that day, the day itself.
	// `may resit them from mid-January`: what is allowed from a date runs on from it, ahead.
	if (
		since &&
		!P.WHEN_AFTER.test(after) &&
		(since[1] === 'Since' || since[1] === 'since' || since[0] === 'From ' || onward || allowed)
	) {
		return {
			...(allowed ? { ahead: true } : {}),
			from: mention.from - since[0].length,
			to: mention.to + (onward?.[0].length ?? 0),
			value: {
				type: 'open',
				from: mention.value,
				...(since[1]!.toLowerCase() === 'since' ? { since: true } : {})
			}
		};
	}
	const hedge = P.HEDGE_BEFORE.exec(before);
	if (hedge) return { ...mention, from: mention.from - hedge[0].length, approximate: true };
	const orSo = P.HEDGE_AFTER.exec(after);
	if (orSo) return { ...mention, to: mention.to + orSo[0].length, approximate: true };
	return mention;
}

/** Where a clause ends inside a sentence: a comma, semicolon or dash before a word (not `November 19, 2014`), a line's end. */
/**
 * Where a clause ends: a comma, semicolon, colon or dash before words, also inside a closing quotation mark (`"We
 * will publish it," she said Monday`: the attribution keeps its own tense), and `and` before a verb of another tense
 * (`shipments began in September and would double by January`: a past and a future verb phrase).
 */
const CLAUSE_END =
	/[,;:—–](?=["”’]?\s+[^\s\d])|\n| (?=and (?:will|would|could|should|might|shall|is|are|was|were|has|have|had)\b)/g;
/** A sentence's first clause of a few words (`On Friday,`) only sets the time of the clause after it. */
const FRONTED = /^\W*(?:\S+\s+){0,3}\S+\W*$/;

interface Tense {
	future: boolean;
	past: boolean;
	/** Future with no verb of the past beside it: a plan told now, not reported (`said it would open`). */
	told: boolean;
	/**
	 * Where a clause told in the past looks ahead only with `would` (`agreed on Monday that we would sell`): the
	 * clause's start and the `would`. A date between a verb of the past and it is that verb's, so past.
	 */
	reported?: { from: number; at: number };
}

/** The modals of a future seen from the past (`said it would open`). */
const FUTURE_IN_PAST = /\b(?:would|could|should|might|(?:was|were) likely)\b/g;

/**
 * Whether the clause around a position speaks of the future (`will hold … on 10 May`, but not `announced on
 * Thursday` after it in the same sentence) or of the past: every clause of the text read once.
 */
function tenses(text: string): (at: number) => Tense {
	const ends: number[] = [];
	/** Where each sentence's first clause is in `ends`. */
	const firsts = new Set<number>([0]);
	let start = 0;
	for (const end of sentenceEnds(text)) {
		const sentence = text.slice(start, end);
		let from = start;
		for (const match of sentence.matchAll(CLAUSE_END)) {
			const to = start + match.index + 1;
			if (from === start && FRONTED.test(text.slice(from, to))) continue;
			ends.push(to);
			from = to;
		}
		ends.push(end);
		firsts.add(ends.length);
		start = end;
	}
	const tense: Tense[] = [];
	for (const [i, end] of ends.entries()) {
		const clause = text.slice(ends[i - 1] ?? 0, end);
		const past = P.PAST.test(clause) || P.PARTICIPLE_OPENS.test(clause);
		const future = P.FUTURE.test(clause) || (!past && P.SCHEDULED.test(clause));
		// A clause of no verb (`Brazil, on November 10`) goes on in the tense of the clause before it.
		const verbless = !past && !future && !P.PRESENT.test(clause);
		const from = ends[i - 1] ?? 0;
		const modal =
			future && past && !P.FUTURE.test(clause.replace(FUTURE_IN_PAST, ''))
				? clause.search(FUTURE_IN_PAST)
				: -1;
		tense.push(
			verbless && !firsts.has(i)
				? tense[i - 1]!
				: {
						future,
						past: !future && past,
						told: future && !past,
						...(modal >= 0 ? { reported: { from, at: from + modal } } : {})
					}
		);
	}
	const clauseAt = sentenceIndex(ends);
	return (at) => tense[clauseAt(at)]!;
}

/**
 * A mention in a clause about the future looks ahead (`will open on October 15`), as one after `将于` does
 * in Chinese: resolution then places it on or after publication when it states no year. One in a clause
 * about the past (`closed on December 2`) is the nearest such day before publication.
 */
function lookAhead(text: string, mention: Mention, tense: (at: number) => Tense): Mention {
	if (mention.ahead) return mention;
	// `opened on Saturday and runs until 10 January`: what is scheduled right before the date is a plan told now,
	// whatever the clause told in the past before it.
	if (P.SCHEDULED_BEFORE.test(text.slice(Math.max(0, mention.from - 24), mention.from)))
		return { ...mention, ahead: true, told: true };
	if (P.MEASURED_BEFORE.test(text.slice(Math.max(0, mention.from - 40), mention.from)))
		return { ...mention, past: true };
	if (P.COUNTED_BACK_BEFORE.test(text.slice(Math.max(0, mention.from - 80), mention.from)))
		return { ...mention, past: true };
	const { future, past, told, reported } = tense(mention.from);
	if (future && P.PAST_VERB_BEFORE.test(text.slice(Math.max(0, mention.from - 40), mention.from)))
		return { ...mention, past: true };
	if (reported && mention.to <= reported.at && P.PAST.test(text.slice(reported.from, mention.from)))
		return { ...mention, past: true };
	if (future) return { ...mention, ahead: true, ...(told ? { told: true } : {}) };
	return past ? { ...mention, past: true } : mention;
}

/** The words of the sentence before a position. */
function sentenceBefore(text: string, at: number): string {
	const before = text.slice(Math.max(0, at - 300), at);
	const end = /[.!?]\s(?=[^.!?]*$)/.exec(before);
	return end ? before.slice(end.index + 2) : before;
}

/**
 * `Work started in the spring of 2022 and was meant to finish by the end of the year`: the end (or start) of the
 * year in a clause told in the past, after a year its sentence stated, is that year's, not publication's.
 */
function yearOfPastClause(text: string, mention: Mention): Mention {
	const { value } = mention;
	if (
		!mention.past ||
		value.type !== 'date' ||
		value.year?.kind !== 'published' ||
		!/ of the year$/.test(value.year.word)
	)
		return mention;
	if (!/\b(?:1[5-9]|20)\d\d\b/.test(sentenceBefore(text, mention.from))) return mention;
	return { ...mention, value: { ...value, year: { kind: 'context', offset: 0, word: value.year.word } } };
}

/** How far before a day the words naming a fiscal year's bound reach (`fiscal year 2026 budget, which runs through `). */
const FISCAL_BOUND_REACH = 60;

/** Every date expression of an English text, in order, with spans into it. */
export function recognizeEnglish(text: string): Mention[] {
	const list = withWeekdays(text, atoms(text));
	const tense = tenses(text);
	const out: Mention[] = [];
	for (let i = 0; i < list.length; i++) {
		const mention = list[i]!;
		const next = list[i + 1];
		let joined = joinRange(text, mention, next);
		if (joined && joined.to === next?.to) i++;
		const year = yearAfter(text, joined ?? mention, list[i + 1]);
		if (year) {
			joined = year;
			i++;
		}
		const before = text.slice(Math.max(0, mention.from - 40), mention.from);
		// A baseline range (`the average for 1991 to 2020`) is one baseline, its end no event of its own.
		const after = text.slice((joined ?? mention).to, (joined ?? mention).to + 40);
		if (
			P.BASELINE_BEFORE.test(before) ||
			(P.FISCAL_BOUND_BEFORE.test(text.slice(Math.max(0, mention.from - FISCAL_BOUND_REACH), mention.from)) &&
				!statesItsYear(mention.value)) ||
			P.BASELINE_AFTER.test(after) ||
			(P.RECORD_SINCE_BEFORE.test(before) && !P.WHEN_AFTER.test(after)) ||
			P.COUNT_BOUND_BEFORE.test(before) ||
			P.HABIT_BEFORE.test(before) ||
			((joined ?? mention).value.type === 'range' && P.REFERENCE_AFTER.test(after)) ||
			(joined && monthsAlone(joined.value) && P.MOVED_BEFORE.test(before))
		) {
			out.push({ ...(joined ?? mention), value: { type: 'vague' } });
			continue;
		}
		// `available until June 30, 2026`: a deadline closes a period, as `至`, `…前` do in Chinese; the story goes on
		// in its own year.
		if (P.CLOSES_BEFORE.test(before)) (joined ?? mention).closes = true;
		if (P.AGAIN_BEFORE.test(before)) (joined ?? mention).again = true;
		if (joined) out.push(aside(text, lookAhead(text, season(text, joined), tense)));
		else
			out.push(
				mention.value.type === 'vague'
					? mention
					: aside(
							text,
							openOrHedged(text, yearOfPastClause(text, lookAhead(text, season(text, mention), tense)))
						)
			);
	}
	return isAustralasian(text)
		? out.map((mention) => ({ ...mention, value: southernSeason(mention.value) }))
		: out;
}

/** `Two days later, on Wednesday`: the weekday the count lands on, one quote with it. */
const LANDS_ON = /^,? on $/;
/** `the previous Friday, 21 November`: the word that picks the weekday's week belongs to the quote. */
const PICKS_WEEK = /\b(?:previous|following|coming) $/;

/**
 * `Tuesday, November 18`, `from Saturday 20 December to Sunday 4 January`: a weekday only restates the date after
 * it, and is one quote with it, as `11月18日（星期二）` is; merged before ranges are joined, so that a range's end
 * is its date, not its weekday. A weekday after words that count days (`Two days later, on Wednesday`) is where
 * the count lands, which tells the resolver which day it counts from.
 */
function withWeekdays(text: string, list: Mention[]): Mention[] {
	const out: Mention[] = [];
	for (let i = 0; i < list.length; i++) {
		const mention = list[i]!;
		const next = list[i + 1];
		if (
			mention.value.type === 'week' &&
			next?.value.type === 'date' &&
			next.value.day !== undefined &&
			RESTATED.test(text.slice(mention.to, next.from))
		) {
			const picked = PICKS_WEEK.exec(text.slice(Math.max(0, mention.from - 12), mention.from));
			const written = mention.value.weekday;
			out.push({
				...next,
				from: mention.from - (picked?.[0].length ?? 0),
				...(written !== undefined ? { value: { ...next.value, weekday: written } } : {})
			});
			i++;
		} else if (
			mention.value.type === 'anchored' &&
			!mention.value.week &&
			next?.value.type === 'week' &&
			next.value.weekday !== undefined &&
			next.value.nearest &&
			!next.value.notToday &&
			LANDS_ON.test(text.slice(mention.to, next.from))
		) {
			out.push({ ...mention, to: next.to, value: { ...mention.value, weekday: next.value.weekday } });
			i++;
		} else out.push(mention);
	}
	return out;
}

type DateValue = Extract<Temporal, { type: 'date' }>;
/** `January 31, 2026` after `the full fiscal year, which ends on`: the one day that year ends, not every year's. */
const statesItsYear = (value: Temporal) => value.type === 'date' && value.year !== undefined;
const yearless = (value: Temporal): value is DateValue =>
	value.type === 'date' && value.year === undefined && value.month !== undefined;

/**
 * `from January 12 to February 6 next year`, `on March 3 this year`: a year said right after dates without one
 * is theirs, one mention with them.
 */
function yearAfter(text: string, dates: Mention, next: Mention | undefined): Mention | undefined {
	const year = next?.value;
	if (year?.type !== 'date' || year.month || !year.year || year.year.kind !== 'published') return undefined;
	if (!/^ $/.test(text.slice(dates.to, next!.from))) return undefined;
	const { value } = dates;
	const withYear = (date: DateValue): DateValue => ({ ...date, year: year.year });
	if (yearless(value)) return { ...dates, to: next!.to, value: withYear(value) };
	if (value.type === 'range' && yearless(value.from) && yearless(value.to))
		return {
			...dates,
			to: next!.to,
			value: { ...value, from: withYear(value.from), to: withYear(value.to) }
		};
	return undefined;
}

/** Months with neither year nor day, from one to another (`from October to May`). */
const monthsAlone = (value: Temporal) =>
	value.type === 'range' &&
	[value.from, value.to].every(
		(end) => end.type === 'date' && end.year === undefined && end.day === undefined && end.month !== undefined
	);

/** A relative clause set off by commas around a position: `, who joined from Fenwick in 2019,`. */
const RELATIVE_OPENS = /,\s(?:who|whom|whose|which)\b[^,.;:]*$/;
const RELATIVE_CLOSES = /^[^,.;:]*,/;

/** A date in a relative clause set off by commas tells of someone or something, not of the main clause's time. */
function aside(text: string, mention: Mention): Mention {
	const opens = RELATIVE_OPENS.test(text.slice(Math.max(0, mention.from - 100), mention.from));
	if (!opens || !RELATIVE_CLOSES.test(text.slice(mention.to, mention.to + 100))) return mention;
	return { ...mention, aside: true };
}

const SEASON_AFTER = /^ season\b/;
const yearOnly = (value: Temporal) =>
	value.type === 'date' && value.year !== undefined && value.month === undefined && value.part === undefined;

/** `the 2014-15 season`, `the 2025 season`: a sports season named by its years is one thing, the word with them. */
function season(text: string, mention: Mention): Mention {
	const { value } = mention;
	const years = value.type === 'range' ? yearOnly(value.from) && yearOnly(value.to) : yearOnly(value);
	if (!years || !SEASON_AFTER.test(text.slice(mention.to, mention.to + 8))) return mention;
	return { ...mention, to: mention.to + ' season'.length };
}
