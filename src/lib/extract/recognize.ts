/**
 * Finds the date expressions of one paragraph: every shape in `patterns.ts` is matched on the normalized
 * text, counts are set aside (`counts.ts`), overlaps go to the leftmost longest match, and neighbours
 * are joined into ranges (`2014年至2016年`), open ranges (`自2014年以来`) and hedged dates (`2000年前后`).
 * Spans index the author's text: normalization keeps every position.
 */
import { anchor, anchoredMatches } from './anchored';
import { countFollows, dayIsCounted, dayNamesThing, yearNamesThing, yearsAreDuration } from './counts';
import { normalize } from './normalize';
import { digitByDigit, numberOf } from './numerals';
import * as P from './patterns';
import { sentenceAround } from './sentences';
import type { Mention, MonthSpec, Part, Temporal, YearSpec } from './temporal';

type Groups = Record<string, string | undefined>;
/** What the whole text says of itself, which a match may need beyond the words around it. */
interface TextFacts {
	/** The text is of Hong Kong (`HONG_KONG`). */
	readonly hongKong: boolean;
}
type Build = (groups: Groups, match: RegExpExecArray, text: string, facts: TextFacts) => Mention | undefined;

const LUNAR_MONTHS: Record<string, number> = { 正: 1, 冬: 11, 腊: 12 };
const PUBLISHED_YEARS: Record<string, number> = {
	今: 0,
	本: 0,
	去: -1,
	明: 1,
	前: -2,
	后: 2,
	大前: -3,
	大后: 3
};
/** `隔年3月`: Taiwan's `次年`; `隔年` alone or before a verb (`隔年举办`) may be every other year, and is left. */
const CONTEXT_YEARS: Record<string, number> = { 同: 0, 次: 1, 翌: 1, 隔: 1, 当: 0 };
/** A year stated in figures, in words or relative to publication (`2016赛季`, `二〇一八年`, `去年`). */
const STATED_YEAR = /\d{4}|[〇零一二三四五六七八九]{4}年|[今去明前]年/;
/**
 * `当年` is the year its sentence stated before it (`2016赛季，当年以倒数第二名降级`), but `back then` where the
 * sentence stated none, or where it opens a description (`当年建桥的石匠`, `当年的渔民`).
 */
function backThen(text: string, from: number): boolean {
	// `相当年轻`, `当年轻人…`: another word's `当`.
	if (/[相充适妥应正恰便稳得上每担]$/.test(text.slice(Math.max(0, from - 1), from))) return true;
	if (/^[轻纪级龄均薪代度]/.test(text.slice(from + 2, from + 3))) return true;
	const [start] = sentenceAround(text, from, from);
	if (!STATED_YEAR.test(text.slice(start, from))) return true;
	return /^[^,，。；;:：!?！？]{0,10}的/.test(text.slice(from + 2, from + 14));
}
const MONTH_OFFSETS: Record<string, number> = { 这个: 0, 本: 0, 上个: -1, 上: -1, 下个: 1, 下: 1 };
const WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

function yearPart(word: string): Part {
	const first = /^前([二三两2-3])季度?$/.exec(word);
	if (first) return { from: 1, to: (numberOf(first[1]!) ?? Number(first[1])) * 3, approximate: false, word };
	const months = /^[前首](\d+|十一?|[二两三四五六七八九])个月$/.exec(word);
	if (months) return { from: 1, to: numberOf(months[1]!) ?? Number(months[1]), approximate: false, word };
	const quarter = /([一二三四1-4首])季/.exec(word);
	if (quarter) {
		const q = quarter[1] === '首' ? 1 : (numberOf(quarter[1]!) ?? Number(quarter[1]));
		return { from: q * 3 - 2, to: q * 3, approximate: false, word };
	}
	const fixed: Record<string, [number, number, boolean]> = {
		上半年: [1, 6, false],
		半年度: [1, 6, false],
		下半年: [7, 12, false],
		初: [1, 3, true],
		年初: [1, 3, true],
		// The middle third of the year, as English `mid-2024` is.
		年中: [5, 8, true],
		底: [11, 12, true],
		末: [11, 12, true],
		年底: [11, 12, true],
		年末: [11, 12, true],
		春: [3, 5, true],
		夏: [6, 8, true],
		秋: [9, 11, true],
		// Winter runs into the next year: months past 12 are resolved as such.
		冬: [12, 14, true]
	};
	const [from, to, approximate] = fixed[word] ?? fixed[word[0]!]!;
	return { from, to, approximate, word };
}

function monthPart(word: string): Part {
	const fixed: Record<string, [number, number, boolean]> = {
		上中旬: [1, 20, false],
		中下旬: [11, 31, false],
		上旬: [1, 10, false],
		中旬: [11, 20, false],
		中: [11, 20, true],
		下旬: [21, 31, false],
		初: [1, 10, true],
		底: [21, 31, true],
		末: [21, 31, true]
	};
	const [from, to, approximate] = fixed[word]!;
	return { from, to, approximate, word };
}

function yearSpec(groups: Groups, text: string, from: number): YearSpec | undefined | null {
	const { y, era, en, ry, roc } = groups;
	if (era) {
		const n = en === '元' ? 1 : numberOf(en!);
		return n === undefined ? null : { kind: 'number', value: P.ERAS[era]![0] + n - 1 };
	}
	if (roc) return { kind: 'number', value: P.ERAS['民国']![0] + Number(roc) - 1 };
	if (ry) {
		// `此后年均`, `之前年份`: 前/后 close another word there.
		if (
			(ry === '前' || ry === '后') &&
			/[此之以其然年前后日月目最随]$/.test(text.slice(Math.max(0, from - 1), from))
		)
			return null;
		if (ry === '当' && backThen(text, from)) return null;
		if (ry in CONTEXT_YEARS) return { kind: 'context', offset: CONTEXT_YEARS[ry]!, word: `${ry}年` };
		return { kind: 'published', offset: PUBLISHED_YEARS[ry]!, word: `${ry}年` };
	}
	if (y === undefined) return undefined;
	if (/^\d{4}$/.test(y)) {
		const value = Number(y);
		return value >= 1000 && value <= 2999 ? { kind: 'number', value } : null;
	}
	if (/^\d{2}$/.test(y)) return { kind: 'twoDigit', value: Number(y) };
	const digits = digitByDigit(y);
	if (digits !== undefined)
		return y.length === 4 ? { kind: 'number', value: digits } : { kind: 'twoDigit', value: digits };
	const counted = numberOf(y);
	return counted === undefined ? null : { kind: 'number', value: counted };
}

/** The month the groups name, by number or relative to publication; `undefined` when there is none. */
function monthSpec(groups: Groups): MonthSpec | undefined {
	if (groups.rm) return { kind: 'published', offset: MONTH_OFFSETS[groups.rm]!, word: `${groups.rm}月` };
	const m = groups.m;
	if (m === undefined) return undefined;
	const value = LUNAR_MONTHS[m] ?? numberOf(m);
	return value === undefined ? undefined : { kind: 'number', value };
}

const OPENS_RANGE = new RegExp(`^${P.RANGE_LINK}`);

/**
 * How much of a month-day match to keep: a day needs `日`/`号`, except Chinese numerals of two
 * characters or more (`八月十五`, `三月初一`) and digits that open a range (`一月19到20日`).
 */
function dayKept(groups: Groups, match: RegExpExecArray, text: string): boolean {
	const d = groups.d;
	if (d === undefined) return false;
	if (groups.ds) return true;
	if (/^\d/.test(d)) {
		const end = dayEnd(groups, match);
		return OPENS_RANGE.test(text.slice(end, end + 3));
	}
	return d.length >= 2;
}

/**
 * Where the day's number ends: a day closes its pattern, with only its `日`/`号` after it. Computed from
 * the groups, not read with the `d` flag, which costs time on every match of the busiest patterns.
 */
const dayEnd = (groups: Groups, match: RegExpExecArray) =>
	match.index + match[0].length - (groups.ds?.length ?? 0);

const buildCalendar: Build = (groups, match, text) => {
	const from = match.index;
	let to = from + match[0].length;
	const year = yearSpec(groups, text, from);
	if (year === null) return undefined;
	const month = monthSpec(groups);
	const keepDay = month !== undefined && dayKept(groups, match, text);
	if (month !== undefined && groups.d !== undefined && !keepDay) to = dayEnd(groups, match) - groups.d.length;
	const hasMonthOrMore = month !== undefined || groups.hol !== undefined;
	if (
		year?.kind === 'twoDigit' &&
		!hasMonthOrMore &&
		!groups.y!.startsWith('0') &&
		!/^[〇零]/.test(groups.y!)
	)
		return undefined;
	if (groups.y && /千/.test(groups.y) && !hasMonthOrMore) return undefined;
	if (year?.kind === 'number' && !hasMonthOrMore && !groups.yp) {
		if (yearsAreDuration(text, from, to)) return undefined;
	}
	if (year?.kind === 'published' && /^[均龄纪级薪轻代]/.test(text.slice(to, to + 1)) && !hasMonthOrMore)
		return undefined;
	if (groups.hol) return { from, to, value: { type: 'holiday', year, name: groups.hol } };
	if (groups.yp && YEAR_END_DAY.test(groups.yp)) return { from, to, value: yearEndDay(groups.yp, year) };
	const day = keepDay ? (numberOf(groups.d!.replace(/^初/, '')) ?? undefined) : undefined;
	const lunar =
		Boolean(groups.lp || groups.lm) ||
		(groups.m !== undefined && groups.m in LUNAR_MONTHS) ||
		(keepDay && groups.d!.startsWith('初'));
	const value: Temporal = {
		type: 'date',
		...(year ? { year } : {}),
		...(month ? { month } : {}),
		...(day !== undefined ? { day } : {}),
		...(lunar ? { lunar } : {}),
		...(groups.yp && !month ? { part: yearPart(groups.yp) } : {}),
		...(groups.mp && month && day === undefined ? { part: monthPart(groups.mp) } : {})
	};
	if (!year && !month && !value.part) return undefined;
	return { from, to, value };
};

const YEAR_END_DAY = new RegExp(`^${P.YEAR_END_DAY}$`);

/** `2024最后一天` is 31 December, `2025年第一天` is 1 January. */
function yearEndDay(word: string, year: YearSpec | undefined): Temporal {
	const last = word.includes('最后');
	return {
		type: 'date',
		...(year ? { year } : {}),
		month: { kind: 'number', value: last ? 12 : 1 },
		day: last ? 31 : 1
	};
}

const buildDayOnly: Build = (groups, match, text) => {
	const from = match.index;
	const to = from + match[0].length;
	if (dayNamesThing(text, to, groups.ds!.trim()) || dayIsCounted(text, from)) return undefined;
	if (NUMBERED_AFTER_YEAR.test(text.slice(Math.max(0, from - 20), from))) return undefined;
	return { from, to, value: { type: 'date', day: Number(groups.d) } };
};

const buildNumeric: Build = (groups, match) => {
	const from = match.index;
	const to = from + match[0].length;
	let year: number | undefined;
	let month: number;
	let day: number | undefined;
	let twoDigit = false;
	if (groups.ny) {
		year = Number(groups.ny);
		month = Number(groups.nm ?? groups.nm2);
		day = (groups.nd ?? groups.nd2) ? Number(groups.nd ?? groups.nd2) : undefined;
	} else {
		const a = Number(groups.a);
		const b = Number(groups.b);
		const c = groups.c;
		if (c === undefined) [month, day] = [a, b];
		else if (groups.s === '.') {
			if (c.length !== 4) return undefined;
			[day, month, year] = [a, b, Number(c)];
		} else if (c.length === 4)
			[month, day, year] = groups.s === '/' && a <= 12 ? [a, b, Number(c)] : [b, a, Number(c)];
		else if (groups.s === '/') [month, day, year, twoDigit] = [a, b, Number(c), true];
		else [year, month, day, twoDigit] = [a, b, Number(c), true];
	}
	if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) return undefined;
	if (year !== undefined && !twoDigit && (year < 1000 || year > 2999)) return undefined;
	const yearValue: YearSpec | undefined =
		year === undefined
			? undefined
			: twoDigit
				? { kind: 'twoDigit', value: year }
				: { kind: 'number', value: year };
	return {
		from,
		to,
		value: {
			type: 'date',
			...(yearValue ? { year: yearValue } : {}),
			month: { kind: 'number', value: month },
			...(day !== undefined ? { day } : {})
		}
	};
};

/** A year of the Republic stated earlier in the sentence (`民國89年改制，103年升格`). */
const REPUBLIC_BEFORE = /民国 ?(?:\d{2,3}|[一二三四五六七八九十百〇零]{1,5}) ?年[^。！？!?；;\n]*$/;

const buildRocBare: Build = (groups, match, text) =>
	REPUBLIC_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index))
		? {
				from: match.index,
				to: match.index + match[0].length,
				value: {
					type: 'date',
					year: { kind: 'number', value: P.ERAS['民国']![0] + Number(groups.roc) - 1 }
				}
			}
		: undefined;

/** `114.10.11`, `114/12/11`: the Republic's year, month and day. */
const buildRocNumeric: Build = (groups, match) => ({
	from: match.index,
	to: match.index + match[0].length,
	value: {
		type: 'date',
		year: { kind: 'number', value: P.ERAS['民国']![0] + Number(groups.roc) - 1 },
		month: { kind: 'number', value: Number(groups.nm) },
		day: Number(groups.nd)
	}
});

/** `占3/4`, `约1/3的`, `3/4以上`: a fraction, never a day. */
const FRACTION_BEFORE = /(?:占|约|近|超|逾|达|仅|只|不足|不到|将近|高达|的)\s?$/;
const FRACTION_AFTER = /^\s?(?:的|以上|以下|左右|强|弱|多|以内|之多)/;

const buildMonthDay: Build = (groups, match, text, facts) => {
	const mention = buildNumeric(groups, match, text, facts);
	if (!mention) return undefined;
	if (FRACTION_AFTER.test(text.slice(mention.to, mention.to + 3))) return undefined;
	if (FRACTION_BEFORE.test(text.slice(Math.max(0, mention.from - 3), mention.from))) return undefined;
	return mention;
};

/**
 * `(2024)江01刑终88号`, `〔2024〕5号`: the year in brackets opens the number of a court case or an official
 * document, which names the paper, not a date.
 */
function inDocumentNumber(text: string, from: number, to: number): boolean {
	return (
		/[([〔【]$/.test(text.slice(Math.max(0, from - 1), from)) &&
		/^[)\]〕】][^\s,，。;；、]{0,12}?\d+ ?号/.test(text.slice(to, to + 20))
	);
}

/** `〔2021〕3号`, `（2023）京01民终12号`: the number after a document's or a case's year in brackets, no day. */
const NUMBERED_AFTER_YEAR = /[([〔【]\d{4}[)\]〕】][^\s,，。;；、]{0,12}$/;

/** `拨打1999市民专线`, `致电1925查询`: a short number to call, not a year. */
const CALL_BEFORE = /(?:拨打|致电|拨|电话|热线|专线)[:：]?\s?$/;
const LINE_AFTER = /^\s?[\u4e00-\u9fff]{0,4}(?:专线|热线|服务线)/;

const buildBareYear: Build = (groups, match, text) => {
	const from = match.index;
	const to = from + match[0].length;
	if (countFollows(text, to) || /^ ?[-－]\d{1,3}(?!\d)/.test(text.slice(to, to + 5))) return undefined;
	if (/[$¥￥€£]\s?$/.test(text.slice(Math.max(0, from - 2), from))) return undefined;
	if (inDocumentNumber(text, from, to)) return undefined;
	if (CALL_BEFORE.test(text.slice(Math.max(0, from - 4), from)) || LINE_AFTER.test(text.slice(to, to + 10)))
		return undefined;
	if (RESTATES_FISCAL.test(text.slice(Math.max(0, from - 8), from))) return undefined;
	const year: YearSpec = { kind: 'number', value: Number(groups.by) };
	return { from, to, value: groups.yp ? yearEndDay(groups.yp, year) : { type: 'date', year } };
};

/** `光绪年间`: the reign from its first year to its last; `清光绪年间` with its dynasty. */
const buildEraPeriod: Build = (groups, match, text) => {
	const dynasty = /[清明唐] ?$/.exec(text.slice(Math.max(0, match.index - 2), match.index));
	const from = match.index - (dynasty?.[0].length ?? 0);
	const [first, last] = P.ERAS[groups.era!]!;
	const year = (value: number): Temporal => ({ type: 'date', year: { kind: 'number', value } });
	return {
		from,
		to: match.index + match[0].length,
		value: { type: 'range', from: year(first), to: year(last) }
	};
};

/** Words that put a text in Hong Kong, where Japanese rule lasted from December 1941 to August 1945. */
const HONG_KONG = /香港|九龙|港岛|新界/;

/**
 * The facts of one text, each found the first time a match asks (a scan of the whole text, which most texts
 * never need), then kept for that text's other matches.
 */
function factsOf(text: string): TextFacts {
	let hongKong: boolean | undefined;
	return {
		get hongKong() {
			return (hongKong ??= HONG_KONG.test(text));
		}
	};
}

/**
 * `日治時期`, `日據時期`: in Taiwan, whose local histories name it so, 1895 to 1945; in a text of Hong Kong (as its
 * `日佔時期`) 1941 to 1945. `日佔` elsewhere (Singapore, Malaya, the Philippines) began in other years, and is left.
 */
const buildJapaneseRule: Build = (groups, match, _text, facts) => {
	if (/[占佔]/.test(groups.jr!) && !facts.hongKong) return undefined;
	const year = (value: number): Temporal => ({ type: 'date', year: { kind: 'number', value } });
	return {
		from: match.index,
		to: match.index + match[0].length,
		value: { type: 'range', from: year(facts.hongKong ? 1941 : 1895), to: year(1945) }
	};
};

const buildDynasty: Build = (groups, match) => {
	const [first, last] = P.DYNASTIES[groups.dy!]!;
	const year = (value: number): Temporal => ({ type: 'date', year: { kind: 'number', value } });
	return {
		from: match.index,
		to: match.index + match[0].length,
		value: { type: 'range', from: year(first), to: year(last) }
	};
};

/** `九十月间`: two months in a row (`十一二月` is November and December). */
const buildMonthPair: Build = (groups, match) => {
	const first = numberOf(groups.p1!);
	let second = numberOf(groups.p2!);
	if (first === 11 && second === 2) second = 12;
	if (first === undefined || second !== first + 1) return undefined;
	const month = (value: number): Temporal => ({ type: 'date', month: { kind: 'number', value } });
	return {
		from: match.index,
		to: match.index + match[0].length,
		value: { type: 'range', from: month(first), to: month(second) }
	};
};

function centuryOf(groups: Groups): number | { offset: number } | undefined {
	if (groups.crel) return { offset: groups.crel === '上' ? -1 : groups.crel === '下' ? 1 : 0 };
	return groups.cn === undefined ? undefined : numberOf(groups.cn);
}

const DECADE_PARTS: Record<string, [number, number]> = {
	初: [0, 2],
	初期: [0, 2],
	中期: [3, 6],
	末: [7, 9],
	末期: [7, 9],
	后期: [7, 9]
};

/** The part of a decade, plan or century its word names (`初`, `末`), as years counted from its first. */
function partNamed(
	parts: Record<string, [number, number] | undefined>,
	word: string | undefined,
	approximate: boolean
) {
	const years = word === undefined ? undefined : parts[word];
	return years ? { part: { from: years[0], to: years[1], approximate, word: word! } } : {};
}

const buildDecade: Build = (groups, match) => {
	const from = match.index;
	const to = from + match[0].length;
	const dec = groups.dec!;
	const last = /^\d+$/.test(dec) ? Number(dec) : (digitByDigit(dec) ?? numberOf(dec));
	if (last === undefined) return undefined;
	// `五六十年代`: from the first decade named to the end of the last, a range the part spans.
	const first = groups.dec0 ? numberOf(groups.dec0)! * 10 : groups.dec0a ? Number(groups.dec0a) : last;
	if (first > last || (first < last && last >= 100)) return undefined;
	const decade = first;
	// `民国六十年代`: the Republic's years 60 to 69, 1971 to 1980, a decade of its own count.
	if (groups.roce) {
		if (decade >= 100) return undefined;
		return decadeMention(from, to, P.ERAS[groups.roce]![0] - 1 + decade, undefined, groups.dp, last - first);
	}
	const century = decade >= 100 ? undefined : centuryOf(groups);
	return decadeMention(from, to, decade, century, groups.dp, last - first);
};

function decadeMention(
	from: number,
	to: number,
	decade: number,
	century: number | { offset: number } | undefined,
	word: string | undefined,
	more = 0
): Mention {
	// Decades named together (`more` years past the first's) span them all; a word of a part (`末`) is of one.
	const part = more ? { part: { from: 0, to: more + 9, approximate: false, word: '' } } : {};
	return {
		from,
		to,
		value: {
			type: 'decade',
			...(century !== undefined ? { century } : {}),
			decade,
			...(word ? partNamed(DECADE_PARTS, word, true) : part)
		}
	};
}

/** Years of a five-year plan its words cover (0 to 4): `期间` all, `末` the last, `初` the first. */
const PLAN_PARTS: Record<string, [number, number] | undefined> = {
	末: [4, 4],
	末期: [4, 4],
	收官之年: [4, 4],
	初: [0, 0],
	初期: [0, 0],
	开局之年: [0, 0]
};

const buildPlan: Build = (groups, match) => {
	const plan = numberOf(groups.plan!);
	if (plan === undefined) return undefined;
	return {
		from: match.index,
		to: match.index + match[0].length,
		value: {
			type: 'plan',
			plan,
			...partNamed(PLAN_PARTS, groups.pp, false)
		}
	};
};

/** Years of a century its parts cover: `本世纪初` is its first ten, `世纪末` its last ten. */
const CENTURY_PARTS: Record<string, [number, number]> = {
	初: [0, 9],
	初期: [0, 9],
	中叶: [40, 59],
	中期: [40, 59],
	末: [90, 99],
	末期: [90, 99],
	上半叶: [0, 49],
	下半叶: [50, 99]
};

const buildCentury: Build = (groups, match) => {
	const century = centuryOf(groups);
	if (century === undefined) return undefined;
	return {
		from: match.index,
		to: match.index + match[0].length,
		value: {
			type: 'century',
			century,
			...partNamed(CENTURY_PARTS, groups.cp, true)
		}
	};
};

const SPAN_UNITS: Record<string, 'year' | 'month' | 'week' | 'day'> = {
	年: 'year',
	月: 'month',
	个月: 'month',
	个多月: 'month',
	星期: 'week',
	个星期: 'week',
	礼拜: 'week',
	个礼拜: 'week',
	周: 'week',
	天: 'day',
	日: 'day'
};

/**
 * Words before a count that say how long something lasted (`历时`, `歷時`, `耗时`, `长达`), how long a pause
 * does (`休战近三周`, `停工近两个月`), how long a law or a service has been in force (`實施近十五年`, `运营近十年`), or how
 * long since what the text just told (`2020年11月移交研究所。此后近五年里`): counted from then, not back from publication.
 */
const DURATION_BEFORE =
	/(?:[此之其随隨]后|[实實]施|施行|[运運][作行营營]|[营營][运運]|[历歷经經]时|[历歷]经|[耗用]时|[长長]达|[为為]期|持续|持續|(?:休|停)(?:兵|战|戰|赛|賽|工|航|业|業|课|課|办|辦|摆|擺)|休[息假养養]|[暂暫]停)\s?$/;

/** `近50年历史`: what a count of years before it measures is the age of a thing. */
const AGE_AFTER = /^ ?的?[历歷]史/;

const buildSpan: Build = (groups, match, text) => {
	let from = match.index;
	const to = from + match[0].length;
	let direction = groups.sd;
	// `目前3年`, `此后两年`, `以上3年`, `押后7星期`, `延后两个月`: the direction word belongs to another word.
	if (
		direction &&
		direction.length === 1 &&
		/[目此之以提随最然向接附年月日押延推顺]$/.test(text.slice(Math.max(0, from - 1), from))
	)
		direction = undefined;
	const tail = groups.st;
	if (!direction && !tail) return undefined;
	// The count follows the direction word and at most a space (read without the `d` flag, which costs on every match).
	if (!direction && groups.sd) from = match.index + match[0].indexOf(groups.sn!, groups.sd.length);
	const count = numberOf(groups.sn!);
	const unit = SPAN_UNITS[groups.su!];
	// `07年以后`: a leading zero writes a year, never a count.
	if (count === undefined || count === 0 || unit === undefined || groups.sn!.startsWith('0'))
		return undefined;
	// `上下五千年`: direction words with long counts are idioms of history, not dates.
	if ((direction === '上' || direction === '下') && !/^\d+$/.test(groups.sn!) && count > 10) return undefined;
	if (unit === 'year' && count > 200) return undefined;
	// `开赛前一天`, `考试前一日`: the day before what the words before name, not the day before publication.
	if (
		direction === '前' &&
		count === 1 &&
		unit === 'day' &&
		/\p{Script=Han}$/u.test(text.slice(from - 1, from))
	)
		return undefined;
	// `这一年`: the year under discussion, not a span of one.
	if (direction === '这' && count === 1) return undefined;
	if (groups.su === '月' && !direction) return undefined;
	// `历时近六年建成`, `耗时近两个月`: how long something took, not the years up to publication.
	if (direction === '近' && !tail && DURATION_BEFORE.test(text.slice(Math.max(0, from - 4), from)))
		return undefined;
	// `有近50年历史`, `近百年的歷史`: the age of a thing, not the years up to publication.
	if (
		direction === '近' &&
		!tail &&
		(AGE_AFTER.test(text.slice(to, to + 4)) || /有\s?$/.test(text.slice(from - 1, from)))
	)
		return undefined;
	// `公布后6个月内`: a time limit counted from an act, not the months after publication.
	if (direction === '后' && !tail && /^ ?(?:之|以)?内/.test(text.slice(to, to + 3))) return undefined;
	// `前10个月` is the first ten months of the year (a year part), not the ten before publication.
	if (direction === '前' && !tail && groups.su === '个月' && /^\d+$/.test(groups.sn!) && count <= 11)
		return undefined;
	// `17日前后`, `110年前后`: a day or a year hedged, not a count back from publication (`combine` reads the hedge).
	if (!direction && tail === '前' && text[to] === '后') return undefined;
	const word = text.slice(from, to);
	const way: 'past' | 'future' | 'ago' | 'after' | 'hence' =
		tail === '过去了'
			? 'after'
			: tail && /^后/.test(tail) && inQuotation(text, from)
				? 'hence'
				: tail === '以来' || tail === '来'
					? 'past'
					: tail && /前/.test(tail)
						? 'ago'
						: tail
							? 'after'
							: /^(?:未来|今后|下|后)/.test(direction!)
								? 'future'
								: 'past';
	return {
		from,
		to,
		value: { type: 'span', count, unit, direction: way, word },
		...(/多|几/.test(word) || (count >= 100 && count % 100 === 0) ? { approximate: true } : {})
	};
};

/** `说：“两年后……`: the words are inside a quotation opened in the 200 characters before and not closed since. */
function inQuotation(text: string, at: number): boolean {
	const before = text.slice(Math.max(0, at - 200), at);
	return (
		Math.max(before.lastIndexOf('“'), before.lastIndexOf('「')) >
		Math.max(before.lastIndexOf('”'), before.lastIndexOf('」'))
	);
}

/**
 * `近年有增无减`, `屋顶近年漏水越来越严重`: recent years that only carry a trend (what grew, what worsened) put no time
 * on the timeline, as `近日` does not.
 */
const TREND_AFTER = /^[^，,。；;！？!?]{0,6}?(?:有增无减|越来越|日益|日渐|逐年|不断|屡|频频)/;

const buildRecent: Build = (groups, match, text) => {
	const from = match.index;
	const rc = groups.rc!;
	if (rc === '日前' && /[节生假期之周每数几个]$/.test(text.slice(Math.max(0, from - 1), from)))
		return undefined;
	const to = from + rc.length;
	const years = /年/.test(rc) && !TREND_AFTER.test(text.slice(to, to + 12));
	return {
		from,
		to,
		value: years ? { type: 'recentYears' } : { type: 'vague' },
		...(years ? { approximate: true } : {})
	};
};

const WEEK_OFFSETS: Record<string, number> = {
	上上: -2,
	上上个: -2,
	下下: 2,
	下下个: 2,
	上一个: -1,
	上个: -1,
	上: -1,
	下一个: 1,
	下个: 1,
	下: 1,
	这个: 0,
	本: 0,
	这: 0
};

/** `每周五、周日`, `每周一至周五`, `逢星期二` (Hong Kong's `every`): weekdays that recur, listed or as a range. */
const RECURRING_LIST =
	/[每逢](?:周|星期|礼拜)[一二三四五六日天1-7](?:[、和及与或至到-] ?(?:周|星期|礼拜)?[一二三四五六日天1-7])*[、和及与或至到-] ?$/;

/**
 * `服務時間為週一至週五`, `开放时段：周二、周四`: weekdays listed as the hours of a service recur, while one weekday
 * alone there (`开幕时间为周六`) may be a day.
 */
const WEEKDAY = '(?:周|星期|礼拜)[一二三四五六日天1-7]';
const LIST_JOIN = ' ?[、和及与或至到-] ?';
const HOURS_OPEN = /时[间段][为是:：]? ?$/;
const LISTED_NEXT = new RegExp(`^${LIST_JOIN}${WEEKDAY}`);
const HOURS_LISTED = new RegExp(`时[间段][为是:：]? ?(?:${WEEKDAY}${LIST_JOIN})+$`);
const inOpeningHours = (text: string, from: number, to: number) =>
	(HOURS_OPEN.test(text.slice(Math.max(0, from - 4), from)) && LISTED_NEXT.test(text.slice(to, to + 6))) ||
	HOURS_LISTED.test(text.slice(Math.max(0, from - 24), from));

const buildWeek: Build = (groups, match, text) => {
	const from = match.index;
	const to = from + match[0].length;
	const { wp, wu, wd } = groups;
	if (!wp && !wd) return undefined;
	// `每周五、周日`, `每周一至周五`: a weekday listed after one that recurs recurs too.
	if (!wp && RECURRING_LIST.test(text.slice(Math.max(0, from - 24), from))) return undefined;
	if (!wp && /[每逢]$/.test(text.slice(Math.max(0, from - 1), from))) return undefined;
	if (!wp && inOpeningHours(text, from, to)) return undefined;
	if (!wp && wu === '周') {
		if (/[每一二两三四五六七八九十几个数当四]$/.test(text.slice(Math.max(0, from - 1), from)))
			return undefined;
		if (/^[年岁期边围刊报]/.test(text.slice(to, to + 1))) return undefined;
	}
	if (wp && !wd && /^[年岁期边围刊报]/.test(text.slice(to, to + 1))) return undefined;
	const word = text.slice(from, to);
	if (wp?.startsWith('最后')) return { from, to, value: { type: 'vague' } };
	const weekday = wd === undefined || wd === '末' ? undefined : (WEEKDAYS[wd] ?? Number(wd));
	return {
		from,
		to,
		value: {
			type: 'week',
			offset: wp ? WEEK_OFFSETS[wp]! : 0,
			...(weekday !== undefined ? { weekday } : {}),
			...(wd === '末' ? { weekend: true } : {}),
			word
		}
	};
};

const DAY_OFFSETS: Record<string, number> = { 大前: -3, 前: -2, 昨: -1, 今: 0, 即: 0, 明: 1, 后: 2, 大后: 3 };

const NOWADAYS_BEFORE = /(?:是|成为|成了|有了|造就了?|奠定了)$/;

const buildRelativeDay: Build = (groups, match, text) => {
	const from = match.index;
	if (groups.tt) {
		const day = (offset: number) => ({ type: 'day' as const, offset, word: match[0] });
		return { from, to: from + match[0].length, value: { type: 'range', from: day(0), to: day(1) } };
	}
	const word = groups.rd ?? groups.rn!;
	// `这就是今天年产值超过40亿元的宏达`, `才有了今天的规模`: after a verb of being or becoming, today is the
	// present state of things, not a day.
	if (word === '今' && groups.rd && NOWADAYS_BEFORE.test(text.slice(Math.max(0, from - 3), from)))
		return undefined;
	// `此后天气`, `先天后天`: 前/后 there close another word.
	if (
		(word === '前' || word === '后') &&
		/[此之以其然年月日目最随先提]$/.test(text.slice(Math.max(0, from - 1), from))
	)
		return undefined;
	return {
		from,
		to: from + match[0].length,
		value: { type: 'day', offset: DAY_OFFSETS[word]!, word: match[0] }
	};
};

/** Before `今`/`明` alone, what ends a subject (`市府`, `中华队`, `他`) or a clause; `说明将` is no tomorrow. */
const SOLO_SUBJECT_END = /[府院部局署会队团方者人军警委办处厅所校市县省岛台港长他她们我你均都]$/;
const SOLO_NOT_AFTER =
	/[至如当古迄从而现方于距说证表声发聪光文透鲜分简英高清严失照阐标注黎开精神鸣申昌彰指查载澄昆孔小今]$/;

const buildSoloDay: Build = (groups, match, text) => {
	const from = match.index;
	const word = groups.sw!;
	const before = text.slice(Math.max(0, from - 1), from);
	if (SOLO_NOT_AFTER.test(before)) return undefined;
	const clauseStart = before === '' || !/\p{Script=Han}/u.test(before);
	if (word !== '昨' && text[from + 1] !== '起' && !clauseStart && !SOLO_SUBJECT_END.test(before))
		return undefined;
	return { from, to: from + 1, value: { type: 'day', offset: DAY_OFFSETS[word]!, word } };
};

const BRACKET_WORDS: Record<string, number> = { 昨: -1, 今: 0, 明: 1, 前: -2, 本月: 0 };

const buildBracketDay: Build = (groups, match, text) => {
	const from = match.index;
	const to = from + match[0].length;
	// `(1)日本…`: an item number, unless what follows reads as after a day.
	if (!groups.bw && dayNamesThing(text, to, '号')) return undefined;
	const word = match[0];
	return {
		from,
		to,
		value: { type: 'day', offset: BRACKET_WORDS[groups.bw ?? '今']!, word, dayOfMonth: Number(groups.bd) }
	};
};

/** `前一晚（20日）`: the day before, only where a bracket writes it out (`演出前一天` counts from no day stated). */
const ANCHORED_OFFSETS: Record<string, number> = {
	次日: 1,
	翌日: 1,
	隔天: 1,
	隔日: 1,
	第二天: 1,
	前一天: -1,
	前一日: -1,
	前一晚: -1
};

/**
 * `运营至次日凌晨1时`, `营业到第二天早上6点`: hours running past midnight, after every day of a schedule, not a day
 * counted from the last one stated.
 */
const PAST_MIDNIGHT = { before: /[至到]\s?$/, after: /^\s?(?:凌晨|清晨|早上|早晨|\d{1,2}\s?[时点:：])/ };

const buildAnchoredMonth: Build = (groups, match) => ({
	from: match.index,
	to: match.index + match[0].length,
	value: { type: 'date', month: { kind: 'context', offset: groups.am === '同' ? 0 : 1, word: match[0] } }
});

const buildAnchoredDay: Build = (groups, match, text) => {
	const from = match.index;
	const to = from + match[0].length;
	const offset = ANCHORED_OFFSETS[groups.aw!] ?? 0;
	if (
		offset === 1 &&
		PAST_MIDNIGHT.before.test(text.slice(Math.max(0, from - 2), from)) &&
		PAST_MIDNIGHT.after.test(text.slice(to, to + 4))
	)
		return undefined;
	return { from, to, value: { type: 'anchored', offset, word: groups.aw! } };
};

const buildChineseDay: Build = (groups, match, text) => {
	const from = match.index;
	const to = from + match[0].length;
	const day = numberOf(groups.d!);
	if (day === undefined || day > 31 || dayNamesThing(text, to, '日') || dayIsCounted(text, from))
		return undefined;
	return { from, to, value: { type: 'date', day } };
};

const buildMonthRange: Build = (groups, match) => {
	const [from, to] = [groups.m1!, groups.m2!].map((m) => numberOf(m));
	if (from === undefined || to === undefined || from >= to || to > 12) return undefined;
	const month = (value: number): Temporal => ({ type: 'date', month: { kind: 'number', value } });
	return {
		from: match.index,
		to: match.index + match[0].length,
		value: { type: 'range', from: month(from), to: month(to) }
	};
};

/** `第三财季即截至2025年12月31日的三个月`, `本财年是指…`: the words after define the period, no time of the story. */
const DEFINED_AFTER = /^ ?(?:即|是指|系指|指的是)/;

/** `2025财年（即2025自然年）`: brackets that say a fiscal year is the calendar year, which tells its months. */
const CALENDAR_YEAR_AFTER = /^ ?\( ?(?:即|亦即|也就是)? ?(\d{4}) ?(?:自然年|日历年|公历年)度? ?\)/;
/** `(即2025自然年)`: the year that restates a fiscal year, before the period it restates. */
const RESTATES_FISCAL = /财(?:政)?年度? ?\( ?(?:即|亦即|也就是)? ?$/;

const buildFiscal: Build = (groups, match, text) => {
	const part = groups.fp ?? groups.fq;
	const to = match.index + match[0].length;
	if (DEFINED_AFTER.test(text.slice(to, to + 4))) return undefined;
	const calendar = groups.fy && !part ? CALENDAR_YEAR_AFTER.exec(text.slice(to, to + 16)) : null;
	if (calendar && calendar[1] === groups.fy) {
		const month = (value: number): Temporal => ({
			type: 'date',
			year: { kind: 'number', value: Number(groups.fy) },
			month: { kind: 'number', value }
		});
		return { from: match.index, to, value: { type: 'range', from: month(1), to: month(12) } };
	}
	return {
		from: match.index,
		to,
		value: {
			type: 'fiscal',
			...(groups.fy ? { year: Number(groups.fy) } : {}),
			...(part ? { part: yearPart(part.replace('财', '')) } : {}),
			word: match[0]
		}
	};
};

/** Words of public money or accounts: a year named by two years (`2025-26年度`) beside them is a fiscal year. */
const PUBLIC_MONEY = /赤字|盈余|开支|支出|预算|收支|财政|税收|拨款/;
const FISCAL_OFFSETS: Record<string, number> = {
	本: 0,
	今个: 0,
	下个: 1,
	下一: 1,
	下一个: 1,
	上个: -1,
	上一: -1,
	上一个: -1
};

const buildFiscalPair: Build = (groups, match, text) => {
	const from = match.index;
	const to = from + match[0].length;
	if (groups.fr)
		return { from, to, value: { type: 'fiscal', offset: FISCAL_OFFSETS[groups.fr]!, word: match[0] } };
	const first = Number(groups.f1);
	const second = Number(groups.f2);
	if ((groups.f2!.length === 2 ? (first + 1) % 100 : first + 1) !== second) return undefined;
	if (groups.fw === '年度' && !PUBLIC_MONEY.test(text.slice(...sentenceAround(text, from, to))))
		return undefined;
	const school = groups.fw!.startsWith('学') ? { school: true as const } : {};
	return { from, to, value: { type: 'fiscal', year: first + 1, word: match[0], ...school } };
};

/** Words of a sports season, in either script (normalized to Simplified). */
const SPORTS = /赛季|球季|季后赛|常规赛|例行赛|开季|开幕战|联赛|球队|战绩|主场|客场|[胜败]/;

/**
 * `本季` is this season in a sentence of sports without figures of business, this quarter elsewhere; the halves
 * of a season (`上半季`) are times of it, but `上半季冠军` is a title.
 */
const buildThisQuarter: Build = (groups, match, text) => {
	const from = match.index;
	const to = from + match[0].length;
	const word = groups.tq!;
	if (word === '报告期内') return { from, to, value: { type: 'thisQuarter', word, report: true } };
	const sentence = text.slice(...sentenceAround(text, from, to));
	// `本赛季`, `这个赛季` say the season in so many words.
	const sports = /赛季|球季/.test(word) || (SPORTS.test(sentence) && !BUSINESS.test(sentence));
	if (word.endsWith('半季')) {
		if (!sports || /^ ?冠军/.test(text.slice(to, to + 3))) return undefined;
		return { from, to, value: { type: 'sportsSeason', offset: 0, word } };
	}
	// `上季`, `下赛季`: a season counted from the one under way; in business `上季` is a quarter, left to the baselines.
	const counted = /^[上下]/.exec(word);
	if (counted) {
		if (!sports) return undefined;
		// `此前效力于葡超球队，上赛季打进14球`: the season before of a player's former club, in a league whose calendar
		// the story does not give, is no time.
		if (counted[0] === '上' && FORMER_CLUB.test(sentence)) return undefined;
		return { from, to, value: { type: 'sportsSeason', offset: counted[0] === '上' ? -1 : 1, word } };
	}
	return {
		from,
		to,
		value: sports ? { type: 'sportsSeason', offset: 0, word } : { type: 'thisQuarter', word }
	};
};

/** A player's former club (`此前效力于`, `上一站`, `前东家`). */
const FORMER_CLUB = /此前效力|曾效力|上一站|前东家|前東家/;

/** `2024-25赛季`: the season from the autumn of its first year into its second (the years must follow each other). */
const buildSeasonPair: Build = (groups, match) => {
	const first = Number(groups.s1);
	const second = Number(groups.s2);
	if ((groups.s2!.length === 2 ? (first + 1) % 100 : first + 1) !== second) return undefined;
	return {
		from: match.index,
		to: match.index + match[0].length,
		value: { type: 'sportsSeason', offset: 0, word: match[0], first }
	};
};

/** Words of a company's or an economy's figures, in either script: a quarter beside them is a quarter of the year. */
const BUSINESS =
	/营收|營收|营业额|營業額|净利|淨利|纯益|純益|获利|獲利|盈利|毛利|财报|財報|业绩|每股|EPS|出货|出貨|营运|營運|收益|销售|銷售|订单|訂單|经济|增长率/;

/** `第四季度是消费电子的传统旺季`: what a part of the year is like every year, no time. */
const EVERY_YEARS_KIND =
	/^ ?(?:一向|向来|向來|历来|歷來|通常|往往|一般|历年|歷年)?(?:都)?(?:是|为|為)[^，。；,;]{0,12}?(?:旺季|淡季|高峰|低谷)/;

const buildBareYearPart: Build = (groups, match, text) => {
	const from = match.index;
	const to = from + match[0].length;
	if (groups.yp!.includes('季') && EVERY_YEARS_KIND.test(text.slice(to, to + 24))) return undefined;
	// `年初至今，股价累计上涨35%`: the year to date, the span of a figure so far, as `年内` is, no event.
	if (groups.yp === '年初' && text.startsWith('至今', to)) return undefined;
	// `第三季`, `前三季` with neither `度` nor `于` before: a quarter in business news, a series' season elsewhere.
	if (BARE_QUARTER.test(groups.yp!) && !/[于在至到]$/.test(text.slice(from - 1, from))) {
		if (!BUSINESS.test(text.slice(...sentenceAround(text, from, to)))) return undefined;
	}
	// `三季度` without `第`: a quarter in a list of quarters (`一季度、二季度和三季度`) or in business news.
	const listed =
		LISTED_BEFORE.test(text.slice(Math.max(0, from - 6), from)) || LISTED_AFTER.test(text.slice(to, to + 6));
	if (/^.季度$/.test(groups.yp!) && !listed) {
		if (!BUSINESS.test(text.slice(...sentenceAround(text, from, to)))) return undefined;
	}
	return { from, to, value: { type: 'date', part: yearPart(groups.yp!) } };
};
const BARE_QUARTER = /^(?:第|前).季$/;
const LISTED_BEFORE = /[一二三四]季度 ?[、和及与] ?$/;
const LISTED_AFTER = /^ ?[、和及与] ?[一二三四]季度/;

/** `公司Q3营收`: `Q3` beside words of business is a quarter of the year, as `第三季度` is; elsewhere a name. */
const buildQQuarter: Build = (groups, match, text) => {
	const from = match.index;
	const to = from + match[0].length;
	if (!BUSINESS.test(text.slice(...sentenceAround(text, from, to)))) return undefined;
	return { from, to, value: { type: 'date', part: { ...yearPart(`${groups.qn}季`), word: match[0] } } };
};

/**
 * `春节元素`, `中秋月饼`, `春节档`: a festival naming a kind of thing, not a day. Anything else after it (a verb,
 * a name: `中秋节赏月`, `大年初三赤口`) leaves it the festival.
 */
const ATTRIBUTIVE =
	/^(?:元素|月饼|粽子|汤圆|礼盒|礼品|礼物|礼包|档|文化|习俗|民俗|风俗|传统|气氛|氛围|特色|主题|市场|消费|经济|营销|促销|食品|商品|用品|装饰|祝福|红包|对联|春联|歌曲|电影|节目|特辑|套餐|限定|系列|灯笼|灯谜|美食|故事|贺卡|贺岁|联欢|晚会|游戏|专题|特刊|版|款|图|照|妆|服)/;

const buildHoliday: Build = (groups, match, text) => {
	const to = match.index + match[0].length;
	if (ATTRIBUTIVE.test(text.slice(to, to + 2))) return undefined;
	return { from: match.index, to, value: { type: 'holiday', name: groups.hol! } };
};

/**
 * `needs` is what any match must contain; a text without it skips the rule (one cheap scan instead
 * of trying a pattern with optional prefixes at every position). `anchors`: characters every match holds
 * (`anchored.ts`), for the patterns the engine would otherwise try at every position of the text.
 */
function rule(source: string, build: Build, { needs, anchors }: { needs?: RegExp; anchors?: string } = {}) {
	return {
		regex: new RegExp(source, 'g'),
		sticky: new RegExp(source, 'y'),
		build,
		needs,
		anchor: anchors === undefined ? undefined : anchor(source, anchors)
	};
}

/** What every festival's name holds: `节` or, for those written without it, their last character or `年`. */
export const HOLIDAY_ANCHORS = '节旦午夕秋庆年夜至归';

const YEAR_LED = rule(P.NOT_AFTER_NUMBER + P.YEAR_LED, buildCalendar, { needs: /年/, anchors: '年' });
/**
 * `判处有期徒刑3年10月`, `两年6月`: a month right after a count of years no year could be (one figure, or words)
 * is the rest of a length of time. A year of two or four figures (`2019年8月`) is read with its month first.
 */
const NOT_AFTER_YEARS = `(?<!(?:^|[^\\d〇零一二三四五六七八九十])[\\d两一二三四五六七八九十]年 ?)`;
const MONTH_LED = rule(P.NOT_AFTER_NUMBER + NOT_AFTER_YEARS + P.MONTH_LED, buildCalendar, {
	needs: /月/,
	anchors: '月'
});
export const RULES = [
	YEAR_LED,
	MONTH_LED,
	rule(P.DAY_ONLY, buildDayOnly, { needs: /[日号]/ }),
	rule(P.MONTH_RANGE, buildMonthRange, { needs: /月/, anchors: '月' }),
	rule(P.NOT_IN_FIGURE + P.NUMERIC_YMD, buildNumeric, { needs: /\d[-/. ]\d/ }),
	rule(P.NOT_IN_FIGURE + P.NUMERIC_SMALL, buildNumeric, { needs: /\d[-/.]\d/ }),
	rule(P.RELATIVE_DAY, buildRelativeDay),
	rule(P.SOLO_DAY, buildSoloDay, { needs: /[昨今明]/ }),
	rule(P.BRACKET_DAY, buildBracketDay, { needs: /\(\d/ }),
	rule(P.ANCHORED_DAY, buildAnchoredDay, {
		needs: /当[日天晚夜]|同日|同一天|次日|翌日|隔[天日]|第二天|前一[天日晚]/
	}),
	rule(P.ANCHORED_MONTH, buildAnchoredMonth, { needs: /[次翌同]月/, anchors: '月' }),
	rule(P.CN_DAY_ONLY, buildChineseDay, { needs: /[十廿卅]/ }),
	rule(P.ERA_PERIOD, buildEraPeriod, { needs: /年间|时期/ }),
	rule(P.DYNASTY_AGE, buildDynasty, { needs: /[隋唐宋元明清][代朝]/ }),
	rule(P.JAPANESE_RULE, buildJapaneseRule, { needs: /日[治据據占佔]时/ }),
	rule(P.MONTH_PAIR, buildMonthPair, { needs: /月/ }),
	rule(P.NUMERIC_YM, buildNumeric, { needs: /\d[-/]\d/ }),
	rule(P.NUMERIC_MD, buildMonthDay, { needs: /\d\/\d/ }),
	rule(P.ROC_NUMERIC, buildRocNumeric, { needs: /1[01]\d[./]\d/ }),
	rule(P.ROC_BARE, buildRocBare, { needs: /民国/, anchors: '年' }),
	rule(P.BARE_YEAR, buildBareYear, { needs: /\d{4}/ }),
	rule(P.FISCAL, buildFiscal, { needs: /财/, anchors: '财' }),
	rule(P.FISCAL_PAIR, buildFiscalPair, { needs: /年度|财年|学年/ }),
	rule(P.THIS_QUARTER, buildThisQuarter, { needs: /[本上下]季|半季|[本上下][赛球]季|个赛季/, anchors: '季' }),
	rule(P.REPORT_PERIOD, buildThisQuarter, { needs: /报告期内/ }),
	rule(P.SEASON_PAIR, buildSeasonPair, { needs: /\d ?[赛球]季/, anchors: '季' }),
	rule(P.DECADE, buildDecade, { needs: /年代/, anchors: '代' }),
	rule(P.CENTURY_ONLY, buildCentury, { needs: /世纪/, anchors: '纪' }),
	rule(P.PLAN, buildPlan, { needs: /五["”」]?(?:规划|计划)?[期时末初开收]/ }),
	rule(P.SPAN, buildSpan, { anchors: '月期拜周年天日' }),
	rule(P.RECENT, buildRecent),
	rule(P.WEEK, buildWeek, { needs: /星期|礼拜|周/, anchors: '期拜周' }),
	rule(P.BARE_YEAR_PART, buildBareYearPart, { needs: /半年|年[初底末]|季|个月/, anchors: '年季月' }),
	rule(P.Q_QUARTER, buildQQuarter, { needs: /Q[1-4]/ }),
	rule(P.HOLIDAY_ONLY, buildHoliday, {
		needs: /节|元旦|除夕|大年|年初|新年|农历年|端午|七夕|中秋|国庆|平安夜|[冬夏]至|回归纪念日/,
		anchors: HOLIDAY_ANCHORS
	})
];

/** The end of a range: a full date, or the parts that differ from its start (`至21日`, `到2018`), or a festival. */
const RANGE_ENDS = [
	rule(P.NUMERIC_YMD, buildNumeric),
	rule(P.NUMERIC_SMALL, buildNumeric),
	rule(P.ROC_NUMERIC, buildRocNumeric),
	// The end of a range, after its dash (`4/2-4/6`).
	rule(P.SLASH_MD, buildMonthDay),
	YEAR_LED,
	MONTH_LED,
	rule(`(?<d>${P.DAY.slice('(?<d>'.length, P.DAY.indexOf(')(?<ds>'))}) ?(?<ds>[日号])`, buildCalendarDay),
	// `民國100年至110年間`: the Republic's second year, 民國 said once for both.
	rule('(?<roc>1[01]\\d) ?年(?![\\d〇零一二三四五六七八九十度代级])', buildRocBare),
	rule(`(?<by>1[5-9]\\d\\d|20\\d\\d|2100)(?!\\d)`, buildBareYear),
	// `年初一至年初三`, `除夕至元宵节`: festivals joined are the days between them.
	rule(P.HOLIDAY_ONLY, buildHoliday)
];

function buildCalendarDay(groups: Groups, match: RegExpExecArray): Mention | undefined {
	const day = numberOf(groups.d!.replace(/^初/, ''));
	return day === undefined
		? undefined
		: { from: match.index, to: match.index + match[0].length, value: { type: 'date', day } };
}

function matchAt(rules: typeof RULES, text: string, facts: TextFacts, at: number): Mention | undefined {
	for (const { sticky, build } of rules) {
		sticky.lastIndex = at;
		const match = sticky.exec(text);
		if (match && match[0]) {
			const mention = build(match.groups ?? {}, match, text, facts);
			if (mention) return mention;
		}
	}
	return undefined;
}

const isCalendar = (value: Temporal) =>
	value.type === 'date' || value.type === 'holiday' || value.type === 'day';

/** `《中国互联网发展报告2025》`: a date inside a title is part of a name. */
function titleRanges(text: string): [number, number][] {
	return [...text.matchAll(/《[^《》\r\n]*》/g)].map((match) => [match.index, match.index + match[0].length]);
}

/** Candidate matches of every rule, leftmost longest first, without overlaps. */
function atoms(text: string, facts: TextFacts): Mention[] {
	const candidates: Mention[] = [];
	for (const { regex, sticky, build, needs, anchor } of RULES) {
		if (needs && !needs.test(text)) continue;
		for (const match of anchor ? anchoredMatches(text, sticky, anchor) : text.matchAll(regex)) {
			if (!match[0]) continue;
			const mention = build(match.groups ?? {}, match, text, facts);
			if (mention && mention.to > mention.from) candidates.push(mention);
		}
	}
	candidates.sort((a, b) => a.from - b.from || b.to - a.to);
	const titles = titleRanges(text);
	const chosen: Mention[] = [];
	let end = 0;
	let title = 0;
	for (const mention of candidates) {
		if (mention.from < end) continue;
		while (title < titles.length && titles[title]![1] <= mention.from) title++;
		const [from, to] = titles[title] ?? [Infinity, Infinity];
		if (mention.from >= from && mention.to <= to) continue;
		chosen.push(mention);
		end = mention.to;
	}
	return chosen;
}

const OPEN_AFTER = /^(?:以来|至今|起|开始|以后)/;
/**
 * `自6月30日开始，8月29日结束`: the next clause closes what began, so it is no open range but two days (the
 * convention for `自…起` is an open range only when nothing closes it).
 */
const CLOSED_NEXT =
	/^ ?[，,] ?(?:[\d〇零一二三四五六七八九十]{1,4}年)?(?:[\d一二三四五六七八九十]{1,2}月)?[\d一二三四五六七八九十廿卅]{1,3}[日号] ?(?:结束|止|截止|闭幕)/;
const HEDGE_AFTER = /^ ?(?:前后|左右)/;
const HEDGE_BEFORE = /(?:大约|大概|约)$/;
const BETWEEN_LINK = / ?(?:与|和) ?/y;
const RANGE_LINK = new RegExp(P.RANGE_LINK, 'y');
/** `自1月21日起至2月10日止`: the start said with `起`, the end with `至` and `止`, one range. */
const STARTS_LINK = / ?起 ?(?:至|到) ?/y;

/** Joins atoms into ranges, open ranges and hedged dates. */
function combine(text: string, facts: TextFacts, list: Mention[]): Mention[] {
	const out: Mention[] = [];
	for (let i = 0; i < list.length; i++) {
		let mention = list[i]!;
		const century = centuryRange(text, mention, list[i + 1]) ?? shortCenturyRange(text, mention);
		const days = century
			? undefined
			: (dayRange(text, mention, list[i + 1]) ?? weekdayRange(text, mention, list[i + 1]));
		if (century) mention = century;
		else if (days) mention = days;
		else if (isCalendar(mention.value) || mention.value.type === 'decade') {
			// `10/4（六）至10/19（日）`: a weekday may restate the start before the link.
			const joined =
				joinRange(text, facts, withWeekday(text, mention)) ?? nextDay(text, mention, list[i + 1]);
			if (joined) mention = joined;
			else mention = openOrHedged(text, withBetween(text, withWeekday(text, mention)));
		}
		while (i + 1 < list.length && list[i + 1]!.from < mention.to) i++;
		if (namesDays(mention, list[i + 1])) mention = { ...mention, to: list[++i]!.to };
		out.push(mention);
	}
	return out;
}

const isSolarDay = (value: Temporal) =>
	isSolarDate(value) && value.type === 'date' && value.day !== undefined;

/**
 * `5月1日至5日劳动节假期`, `10月1日国庆节`: a festival right after solar days only names them, one quote with
 * them (a lunar day and its festival, `正月十五元宵节`, are merged before).
 */
function namesDays(days: Mention, next: Mention | undefined): boolean {
	if (next?.value.type !== 'holiday' || next.from !== days.to) return false;
	const { value } = days;
	return value.type === 'range' ? isSolarDay(value.from) && isSolarDay(value.to) : isSolarDay(value);
}

/**
 * `農曆新年期間（2月16日至18日）`, `春节假期（2月16日）`, `中秋連假（10月4日至6日）` (Taiwan's long weekend): a festival
 * whose days the brackets then give is one event with them, those days (in the festival's year), as `元宵節（2月12日）`
 * is. `下星期一至星期三（9日至11日）`, `本周末（25日至26日）`: weekdays or a weekend restated by their days are one event
 * too, the weekdays kept, as `本周五（4日）` is (read here, once the ranges are joined).
 */
function namedInBrackets(text: string, list: Mention[]): Mention[] {
	const out: Mention[] = [];
	for (let i = 0; i < list.length; i++) {
		const [named, days] = [list[i]!, list[i + 1]];
		const close = days && /^ ?\)/.exec(text.slice(days.to, days.to + 2));
		const gap = days && text.slice(named.to, days.from);
		const lunarClose =
			days && isLunarDay(days.value) && LUNAR_RANGE_CLOSE.exec(text.slice(days.to, days.to + 8));
		const { value } = named;
		if (
			value.type === 'holiday' &&
			close &&
			(isCalendar(days.value) || days.value.type === 'range') &&
			/^(?:期间|假期|连假|黄金周) ?\( ?$/.test(gap!)
		) {
			const inYear =
				days.value.type === 'range'
					? { ...days.value, from: festivalsYear(value, days.value.from) }
					: festivalsYear(value, days.value);
			out.push({ ...days, from: named.from, to: days.to + close[0].length, value: inYear });
			i++;
		} else if (
			((value.type === 'range' && value.from.type === 'week') || (value.type === 'week' && value.weekend)) &&
			close &&
			days.value.type === 'range' &&
			isCalendar(days.value.from) &&
			/^ ?\( ?$/.test(gap!)
		) {
			out.push({ ...named, to: days.to + close[0].length });
			i++;
		} else if (
			value.type === 'week' &&
			value.weekday === undefined &&
			close &&
			days.value.type === 'range' &&
			isSolarDate(days.value.from) &&
			/^ ?\( ?$/.test(gap!)
		) {
			// `上星期（十一月二十三日至二十九日）`: a week restated by its days (Hong Kong's, Sunday to Saturday) is those days.
			out.push({ ...days, from: named.from, to: days.to + close[0].length });
			i++;
		} else if (value.type === 'range' && isSolarDate(value.from) && lunarClose && /^ ?\( ?$/.test(gap!)) {
			// `2月13日至15日（腊月廿六至廿八）`: solar days restated by their lunar days are those solar days.
			out.push({ ...named, to: days!.to + lunarClose[0].length });
			i++;
		} else out.push(withNumberedBreak(text, named));
	}
	return out;
}

/** `228連假（2月27日至3月1日）`: a long weekend Taiwan names by its date, its days in the brackets after it. */
const NUMBERED_BREAK = /\d{2,4}(?:连假|长假) ?\( ?$/;

function withNumberedBreak(text: string, days: Mention): Mention {
	const close = /^ ?\)/.exec(text.slice(days.to, days.to + 2));
	const name = close && NUMBERED_BREAK.exec(text.slice(Math.max(0, days.from - 10), days.from));
	return name ? { ...days, from: days.from - name[0].length, to: days.to + close[0].length } : days;
}

/** `九世纪至十九世纪`, `从12世纪到18世纪`: two centuries joined are one span of years. */
function centuryRange(text: string, start: Mention, end: Mention | undefined): Mention | undefined {
	if (start.value.type !== 'century' || end?.value.type !== 'century') return undefined;
	RANGE_LINK.lastIndex = start.to;
	if (!RANGE_LINK.exec(text) || RANGE_LINK.lastIndex !== end.from) return undefined;
	const from = /[从自]$/.test(text.slice(start.from - 1, start.from)) ? start.from - 1 : start.from;
	return { from, to: end.to, value: { type: 'range', from: start.value, to: end.value } };
}

/**
 * `九至十九世纪`, `12到18世纪`: the first century of a range said by its number alone, the word 世纪 said once for
 * both; not a count or an ordinal before it (`第9至19世纪` is no such range).
 */
const SHORT_CENTURY_START = new RegExp(
	`(?<![\\d〇零一二三四五六七八九十百千第])(?<from>[从自]?)(?<n>\\d{1,2}|[一二]?十[一二三四五六七八九]?|[一二三四五六七八九])${P.RANGE_LINK}$`
);

function shortCenturyRange(text: string, end: Mention): Mention | undefined {
	const last = end.value;
	if (last.type !== 'century' || typeof last.century !== 'number' || last.part) return undefined;
	const start = SHORT_CENTURY_START.exec(text.slice(Math.max(0, end.from - 8), end.from));
	const first = start ? (numberOf(start.groups!.n!) ?? Number(start.groups!.n)) : undefined;
	if (first === undefined || !(first < last.century)) return undefined;
	return {
		from: end.from - start![0].length,
		to: end.to,
		value: { type: 'range', from: { type: 'century', century: first }, to: last }
	};
}

/** Times of a day a forecast names (`今天夜间`, `明天白天`). */
const TIME_OF_DAY = '(?:夜间|夜里|白天|上午|下午|中午|晚上|晚间|凌晨|早晨|早上|傍晚)';
const DAYS_LINK = new RegExp(`^${TIME_OF_DAY}? ?(?:到|至) ?$`);
const TIME_OF_DAY_AFTER = new RegExp(`^${TIME_OF_DAY}`);

/**
 * `今天夜间到明天白天`, `今晚至明天上午`: two days counted from publication joined by 到 or 至, with the times of
 * day a forecast gives them, are one span.
 */
function dayRange(text: string, start: Mention, end: Mention | undefined): Mention | undefined {
	if (start.value.type !== 'day' || end?.value.type !== 'day' || end.value.offset <= start.value.offset)
		return undefined;
	if (!DAYS_LINK.test(text.slice(start.to, end.from))) return undefined;
	const to = end.to + (TIME_OF_DAY_AFTER.exec(text.slice(end.to, end.to + 2))?.[0].length ?? 0);
	return { from: start.from, to, value: { type: 'range', from: start.value, to: end.value } };
}

const WEEKDAYS_LINK = new RegExp(`^${P.RANGE_LINK}$`);

/**
 * `下星期一至星期三`, `本周二到周四`: two weekdays joined are the days between them, in the week the first names (the
 * second, without a word of its own, is in that week).
 */
function weekdayRange(text: string, start: Mention, end: Mention | undefined): Mention | undefined {
	const [first, last] = [start.value, end?.value];
	if (first.type !== 'week' || first.weekday === undefined || last?.type !== 'week') return undefined;
	if (last.weekday === undefined || !/^(?:星期|礼拜|周)/.test(last.word)) return undefined;
	if (last.weekday <= first.weekday || !WEEKDAYS_LINK.test(text.slice(start.to, end!.from))) return undefined;
	const to = { ...last, offset: first.offset };
	return { from: start.from, to: end!.to, value: { type: 'range', from: first, to } };
}

/**
 * `5月16日、17日舉行`, `12月6日和7日（星期六和星期日）`: a day and the next one listed after it are one event over two
 * days, with the weekdays that restate them; days further apart (`11月8日、15日两个周六`) stay two.
 */
function nextDay(text: string, start: Mention, next: Mention | undefined): Mention | undefined {
	const first = start.value;
	const second = next?.value;
	if (first.type !== 'date' || first.day === undefined || first.month === undefined || first.lunar)
		return undefined;
	if (second?.type !== 'date' || second.day !== first.day + 1 || second.month || second.year)
		return undefined;
	if (!/^ ?[、和及与與] ?$/.test(text.slice(start.to, next!.from))) return undefined;
	return {
		from: start.from,
		to: withWeekday(text, next!).to,
		value: { type: 'range', from: first, to: second }
	};
}

const OPENING_BY = /(?<![理自经經缘緣来來藉借])由$/;

function joinRange(text: string, facts: TextFacts, start: Mention): Mention | undefined {
	for (const [link, closing] of [
		[RANGE_LINK, /^(?:之间|期间|间|止)?/],
		[BETWEEN_LINK, /^ ?(?:之间|间)/],
		[STARTS_LINK, /^止?/]
	] as const) {
		link.lastIndex = start.to;
		if (!link.exec(text)) continue;
		const found = matchAt(RANGE_ENDS, text, facts, link.lastIndex);
		if (!found || !isCalendar(found.value) || !isCalendar(start.value)) continue;
		const end = withWeekday(text, found);
		const close = closing.exec(text.slice(end.to));
		if (!close) continue;
		let from = start.from;
		const to = end.to + close[0].length;
		const before = text.slice(Math.max(0, from - 1), from);
		if (before === '从' || before === '自' || (before === '在' && close[0].includes('之间'))) from--;
		// Hong Kong and Macau open a range with 由 (`由今日起至六月十一日止`), not the 由 of another word (`理由`).
		else if (OPENING_BY.test(text.slice(Math.max(0, from - 2), from))) from--;
		return { from, to, value: { type: 'range', from: start.value, to: end.value } };
	}
	// `2010年之后2018年之前`
	if (text.startsWith('之后', start.to)) {
		const end = matchAt(RANGE_ENDS, text, facts, start.to + 2);
		if (end && isCalendar(end.value) && text.startsWith('之前', end.to))
			return { from: start.from, to: end.to + 2, value: { type: 'range', from: start.value, to: end.value } };
	}
	return undefined;
}

/**
 * `10月12号，星期一`, `11月11日（周二）`, `昨日（星期二）`, `10/4（六）` (one character, as Taiwan's listings write it),
 * `12月6日至7日（星期六、星期日）`: the weekday only restates the day, so it belongs to its span; after a day word only
 * in brackets, where it can restate nothing else.
 */
const BRACKETED_WEEKDAY = '(?:(?:星期|礼拜|周)[一二三四五六日天1-7]|[一二三四五六日])';
const WEEKDAY_AFTER = new RegExp(
	`^(?:[（(]${BRACKETED_WEEKDAY}(?: ?[、,，至到和及与與-] ?${BRACKETED_WEEKDAY})*[）)]|[，, ]?(?:星期|礼拜|周)[一二三四五六日天1-7])`
);

/** One weekday, alone or in brackets (`（六）`, `，星期一`), not two (`（星期六、星期日）`). */
const ONE_WEEKDAY = /^[，, ]?[（(]?(?:星期|礼拜|周)?([一二三四五六日天1-7])[）)]?$/;

function withWeekday(text: string, mention: Mention): Mention {
	const { value } = mention;
	const dayWord = value.type === 'day';
	if (!dayWord && (value.type !== 'date' || value.day === undefined)) return mention;
	const weekday = WEEKDAY_AFTER.exec(text.slice(mention.to, mention.to + 16));
	if (!weekday || (dayWord && !/^[（(].*[）)]$/.test(weekday[0]))) return mention;
	const to = mention.to + weekday[0].length;
	// One weekday beside a day is kept: of the years the day may be in, it fits one (`2019年…。3月8日（六）`: 2025).
	const one = value.type === 'date' && ONE_WEEKDAY.exec(weekday[0]);
	return one
		? { ...mention, to, value: { ...value, weekday: WEEKDAYS[one[1]!] ?? Number(one[1]) } }
		: { ...mention, to };
}

/**
 * `2023年8月间`, `113年3月間`: 间 after one month (or day) belongs to it, as after a span (`3月至5月间`); not the
 * start of another word (`间隔`, `间断`).
 */
function withBetween(text: string, mention: Mention): Mention {
	if (mention.value.type !== 'date' || mention.value.month === undefined) return mention;
	return /^间(?![隔断距歇])/.test(text.slice(mention.to, mention.to + 2))
		? { ...mention, to: mention.to + 1 }
		: mention;
}

function openOrHedged(text: string, mention: Mention): Mention {
	const before = text.slice(Math.max(0, mention.from - 1), mention.from);
	const open = OPEN_AFTER.exec(text.slice(mention.to, mention.to + 2));
	const introduced = before === '自' || before === '从';
	const closed = open?.[0] === '开始' && CLOSED_NEXT.test(text.slice(mention.to + 2, mention.to + 20));
	if (open && !closed && (introduced || open[0] === '以来' || open[0] === '至今'))
		return {
			from: introduced ? mention.from - 1 : mention.from,
			to: mention.to + open[0].length,
			value: { type: 'open', from: mention.value }
		};
	const hedge = HEDGE_AFTER.exec(text.slice(mention.to, mention.to + 3));
	if (hedge) return { ...mention, to: mention.to + hedge[0].length, approximate: true };
	const lead = HEDGE_BEFORE.exec(text.slice(Math.max(0, mention.from - 2), mention.from));
	if (lead) return { ...mention, from: mention.from - lead[0].length, approximate: true };
	return mention;
}

type DateValue = Extract<Temporal, { type: 'date' }>;

const isYearOnly = (value: Temporal): value is DateValue =>
	value.type === 'date' && value.year !== undefined && !value.month && value.day === undefined && !value.part;
const isMonthOnly = (value: Temporal): value is DateValue =>
	value.type === 'date' && !value.year && value.month !== undefined && value.day === undefined;
const isLunarDay = (value: Temporal) =>
	value.type === 'holiday' || (value.type === 'date' && Boolean(value.lunar) && value.day !== undefined);
const isSolarDate = (value: Temporal) => value.type === 'date' && !value.lunar;

/**
 * Neighbours that say one thing: `1978年九十月间` (a year and its months), `民国四十五年（1956年）` and
 * `元宵节（2月12日）` (a date restated in brackets: the solar date is kept over a festival or a lunar day),
 * `正月十五元宵节` (a lunar day and its festival), `中秋节当晚` (a day and `当天`), `本周五（4日）` (a weekday and its
 * day, the weekday kept), `民国十二年（1923年）春` (a part of the year after its restatement).
 */
const CLOSE_AFTER = /^(?:[，, ]?(?:星期|礼拜|周)[一二三四五六日天1-7])? ?\)/;

/** `至廿八）`: the close of lunar days in brackets that restate solar ones (`（腊月廿六至廿八）`). */
const LUNAR_RANGE_CLOSE =
	/^(?: ?[至到-] ?(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十|廿[一二三四五六七八九]?|三十|卅))? ?\)/;

function merged(text: string, first: Mention, second: Mention): Mention | undefined {
	const [a, b] = [first.value, second.value];
	const gap = text.slice(first.to, second.from);
	if (gap === '' || gap === ' ') {
		const span = { from: first.from, to: second.to };
		if (isYearOnly(a) && b.type === 'range' && isMonthOnly(b.from) && isMonthOnly(b.to))
			return { ...span, value: { type: 'range', from: { ...b.from, year: a.year! }, to: b.to } };
		if (isLunarDay(a) && b.type === 'holiday') return { ...span, value: a };
		if (isCalendar(a) && b.type === 'anchored' && b.offset === 0) return { ...span, value: a };
		return undefined;
	}
	// `明日（2月8日，星期日）`: a weekday after the restated day, inside the brackets, restates it too.
	const close = CLOSE_AFTER.exec(text.slice(second.to, second.to + 8));
	const weekday = a.type === 'week' && a.weekday !== undefined;
	// `翌日（即五月二十七日）`: the bracket may say `即` (that is) before the day it restates, and a day counted from
	// another (`翌日`, `次日`) keeps the day the bracket writes out.
	const counted = a.type === 'anchored';
	if (!/^ ?\( ?(?:即 ?)?$/.test(gap) || !close || !(isCalendar(a) || weekday || counted) || !isCalendar(b))
		return undefined;
	const to = second.to + close[0].length;
	// `昨日（27日）`: the day word counts from publication, and the day in brackets only restates it (read alone, the
	// day would take the month the sentence last stated: `2023/24學年…昨日（27日）`).
	const value = counted
		? b
		: !weekday && a.type !== 'day' && !isSolarDate(a) && isSolarDate(b)
			? withLunarDay(a, festivalsYear(a, b))
			: a;
	const part = isYearOnly(value) && PART_AFTER_BRACKET.exec(text.slice(to, to + 4));
	if (part && isYearOnly(value))
		return { from: first.from, to: to + part[0].length, value: { ...value, part: yearPart(part[0]) } };
	return { from: first.from, to, value };
}

const PART_AFTER_BRACKET = new RegExp(`^(?:${P.YEAR_PART})`);

/**
 * `今年除夕（2月16日）`: the solar date kept over a festival is in the year the festival's words gave it (a festival's
 * year is the Gregorian year its day falls in), not in the year the story last stated.
 */
function festivalsYear(festival: Temporal, date: Temporal): Temporal {
	if (festival.type !== 'holiday' || !festival.year || date.type !== 'date' || date.year) return date;
	return { ...date, year: festival.year };
}

/**
 * `農曆臘月初六（1月24日）`: a lunar day restated by a solar day without a year keeps the lunar day beside it, so the
 * solar day's year is one the lunar day falls on it in, not only the year the story last stated.
 */
function withLunarDay(lunar: Temporal, solar: Temporal): Temporal {
	if (lunar.type !== 'date' || !lunar.lunar || lunar.year || lunar.day === undefined) return solar;
	if (lunar.month?.kind !== 'number' || solar.type !== 'date' || solar.year) return solar;
	return { ...solar, lunarDay: { month: lunar.month.value, day: lunar.day } };
}

function restated(text: string, list: Mention[]): Mention[] {
	const out: Mention[] = [];
	for (let i = 0; i < list.length; i++) {
		let mention = list[i]!;
		// `元旦（1月1日）当天`: what one neighbour restates, the next may restate again.
		for (let next = list[i + 1]; next && next.from - mention.to <= 2; next = list[i + 1]) {
			const both = merged(text, mention, next);
			if (!both) break;
			mention = both;
			i++;
		}
		if (namesItsDay(text, mention, list[i + 1])) continue;
		out.push(mention);
		// `生於民國23年農曆8月15日，適逢中秋`: a festival the day coincides with restates it, no event of its own; so
		// does the lunar day a festival falls on (`今年冬至適逢農曆十一月初二`) and the festival a day is
		// (`明年2月17日就是大年初一`).
		const next = list[i + 1];
		if (
			next &&
			isLunarDay(next.value) &&
			(isDay(mention.value) || mention.value.type === 'holiday') &&
			COINCIDES.test(text.slice(mention.to, next.from))
		)
			i++;
	}
	return out;
}

/**
 * `冬至21日深夜交節`, `「冬至」將於本週日（21日）到來`: a festival named without a year, whose day the words right
 * after it give, is what happens on that day, no event of its own (`今年冬至21日` keeps both: its year is stated).
 */
function namesItsDay(text: string, festival: Mention, next: Mention | undefined): boolean {
	if (festival.value.type !== 'holiday' || festival.value.year || !next) return false;
	const day = next.value;
	const isDayWord = isDay(day) || (day.type === 'week' && day.weekday !== undefined) || day.type === 'day';
	return isDayWord && FESTIVAL_THEN_DAY.test(text.slice(festival.to, next.from));
}

const FESTIVAL_THEN_DAY = /^[」』"”]? ?(?:[将將](?:[于於在])?|[于於在])?$/;

/**
 * `，適逢`, `开放，恰逢`, `正值`, `就是`: the festival (or lunar day) after, in the same sentence, names the day
 * just stated.
 */
const COINCIDES = /^[^。；;!?！？]{0,8}(?:[适適恰正][逢值]|[时時]值|[就即正]是)$/;

const isDay = (value: Temporal) => value.type === 'date' && value.day !== undefined;

/** `将于3月`, `预计12月`, `將於明年`, `訂為12月18日`: a word of the future or of a schedule shortly before, in the same clause. */
const AHEAD_BEFORE =
	/(?:将(?![近军领士])|预计|预定|计划|拟|定于|[订訂定][为在于]|即将|有望|准备|[可须需应][于在])[^,，。；;:：!?！？]{0,4}$/;

/** `延到1月中旬才盛开`, `推迟至3月`, `拖到年底`: put off until then, after what the sentence stated. */
const DELAYED_BEFORE = /(?:[延拖]|推[迟遲]|[顺順]延|延[后後迟遲])[到至]$/;

/** `至明年6月`, `截至10月底`, `到2025年`: a date that closes a period (a range's own end is joined to it, not here). */
const CLOSES_BEFORE = /(?:至|(?<![来回等])到|截止)$/;

/**
 * `直到8月下旬才归队`, `直至6月才完成`: not until then did it happen, a time of its own, not the close of a period
 * (`展期直到3月`).
 */
const AT_LAST = /^直[到至][^,，。；;]*?才/;
/**
 * `直至2022年退休`, `直到1998年关闭`: the date is when the state ended, by the verb after it, a time of its own the story
 * goes on from (`次年` is the year after), not the close of a period.
 */
const UNTIL = /直[到至]$/;
const ENDED_THEN =
	/^ ?(?:退休|离任|卸任|离职|调离|去世|逝世|病逝|辞世|关闭|关停|停业|歇业|结业|倒闭|停产|停办|解散|撤销|拆除)/;

/**
 * `须在明年3月31日前换照`, `6月底前核销`: a deadline closes a period from now; not `前往`, `前夕`, `前一天` (a day
 * before it), `前后` (about then), nor `前三季度` (a part of the year).
 */
const DEADLINE_AFTER = /^前(?![往进進来來去夕后後一两兩三四五六七八九十几幾\d年月日天])/;

/**
 * `馆方将于开幕前一晚，即1月15日举行预展，并在3月中旬推出…`: a sentence that opens with a plan (`将于`, `预计`) speaks
 * of what is ahead in its later clauses too, until it tells of something done (`已`, `曾`, `了`).
 */
const AHEAD_IN_SENTENCE = /(?:将于|预计|计划于|定于|拟于|[可须需应]于)[^。!?;\n]{0,60}$/;
const DONE = /已|曾|了/;
/** `而9月已完成`: the clause of the date itself tells of something done. */
const DONE_AFTER = /^[^,，。;!?]{0,6}(?:已|曾)/;

/**
 * `将于下月发布1—10月经济数据`, `将公布10月份进出口统计数据`: the period figures measure, over when they come out, so not
 * ahead however the sentence looks.
 */
const MEASURED_AFTER = /^(?:份)?的?[^,，。；;:：!?！？\s]{0,8}?(?:数据|统计|报表)/;

/**
 * `另据了解，5月1日劳动节当晚，乐队将在音乐节加演一场`: a date that opens its clause, then who will do something then. Not when
 * the words between tell of something said or done (`12月5日，公司宣布将于…`: the date is the saying).
 */
const AHEAD_AFTER = /^[^,，。；;]{0,3}[,，] ?([^,，。；;:：!?！？\s]{1,8}?)将(?![近军领士])/;
const SAID_OR_DONE = /表示|宣布|称|说|指出|透露|介绍|公布|通知|决定|同意|获悉|已|曾|了/;

/** `聖誕節及元旦將推出節日套餐`: a date, or dates joined, right before `将`. */
const AHEAD_RIGHT_AFTER = /^(?:[及和与、][^,，。；;]{1,6}?)?将(?![近军领士])/;

function aheadAfter(text: string, mention: Mention): boolean {
	if (AHEAD_RIGHT_AFTER.test(text.slice(mention.to, mention.to + 8))) return true;
	if (!CLAUSE_OPENS.test(text.slice(Math.max(0, mention.from - 2), mention.from))) return false;
	const subject = AHEAD_AFTER.exec(text.slice(mention.to, mention.to + 12))?.[1];
	return subject !== undefined && !SAID_OR_DONE.test(subject);
}

/**
 * `農場提醒，3月中旬起進入山區的遊客應注意…`: advice given now is for a time ahead; not advice given before
 * (`此前提醒，中秋节赏月宜…`), which may be of a day now past.
 */
const ADVICE_BEFORE = /(?<!此前|之前|早前|曾|已)(?:提醒|呼吁|建议|提示)[^,，。；;!?！？]{0,6}[,，:：] ?$/;

/** What the words around a mention say of it: that it looks ahead, that it closes a period (`至…`, `…前`). */
function markWordsBefore(text: string, list: Mention[]): Mention[] {
	for (const mention of list) {
		const plan = AHEAD_IN_SENTENCE.exec(text.slice(Math.max(0, mention.from - 64), mention.from));
		if (
			(AHEAD_BEFORE.test(text.slice(Math.max(0, mention.from - 8), mention.from)) ||
				aheadAfter(text, mention) ||
				ADVICE_BEFORE.test(text.slice(Math.max(0, mention.from - 12), mention.from)) ||
				(plan && !DONE.test(plan[0]) && !DONE_AFTER.test(text.slice(mention.to, mention.to + 8)))) &&
			!MEASURED_AFTER.test(text.slice(mention.to, mention.to + 14))
		)
			mention.ahead = true;
		// What was put off until a date still closes the wait: it moves no year of the story.
		if (DELAYED_BEFORE.test(text.slice(Math.max(0, mention.from - 4), mention.from))) mention.delayed = true;
		if (
			(CLOSES_BEFORE.test(text.slice(Math.max(0, mention.from - 2), mention.from)) &&
				!AT_LAST.test(text.slice(Math.max(0, mention.from - 2), mention.to + 8)) &&
				!(
					UNTIL.test(text.slice(Math.max(0, mention.from - 2), mention.from)) &&
					ENDED_THEN.test(text.slice(mention.to, mention.to + 3))
				)) ||
			DEADLINE_AFTER.test(text.slice(mention.to, mention.to + 2))
		)
			mention.closes = true;
		// `民國102年施行的二代健保`: a year in a clause that describes a thing tells when it began, in passing; it
		// gives no year to the dates after it.
		if (
			isYearOnly(mention.value) &&
			DESCRIBES_AFTER.test(text.slice(mention.to, mention.to + 6)) &&
			CLAUSE_OPENS.test(text.slice(Math.max(0, mention.from - 2), mention.from))
		)
			mention.aside = true;
	}
	return list;
}

/** `…年施行的`, `…年开通的`: a verb of one to four characters and `的` after a year. */
const DESCRIBES_AFTER = /^[^\s\d,，。；;:：!?！？、()的]{1,4}的/;
/** The year opens its clause (`；民國102年`, `，在2019年`). */
const CLAUSE_OPENS = /(?:^|[,，。；;：:!?！？])(?:于|於|在)?$/;

/**
 * Every date expression of `text`, in order, with spans into it. No expression crosses a line, so a
 * whole article can be read in one pass (one pass per rule is what keeps extraction linear and fast).
 */
export function recognize(text: string): Mention[] {
	return recognizeNormalized(normalize(text));
}

/**
 * `财年自每年4月1日起至次年3月31日止`, `每月15日闭馆`: dates of a rule that holds every year or month, in the clause
 * after `每年`, `每月`, are no time.
 */
const EVERY_BEFORE = /每(?:年|个?月)[^,，。；;:：!?！？\n]{0,16}$/;

/**
 * `俗諺說「冬至在月頭，欲寒在年兜」`: a saying speaks of every year, and so do its gloss (`意思是冬至若落在農曆月初，
 * 最冷的天氣要到年底才會出現`) and what the almanac records (`農民曆也記載，冬至過後便進入「數九寒天」`) for a date
 * without a year of its own.
 */
const SAYING_BEFORE = /(?:俗[谚諺话話语語]|[谚諺][语語]|老[话話]|民[谚諺])[^「“"。]{0,4}[「“"][^」”"]*$/;
const GLOSS_BEFORE =
	/(?:意思是|意思就是|意指|意即|(?:[农農]民[历曆]|[黄黃][历曆]|通[书書])[^,，。]{0,3}(?:[记記][载載]|[写寫]|[说說]))[^。；;!?！？\n]*$/;
const ofNoYear = (value: Temporal) => (value.type === 'holiday' || value.type === 'date') && !value.year;
/** `流感季節一般在一月至三月出現`: what usually happens then happens every year. */
const HABIT_BEFORE = /(?:一般|通常|往往|向来|历来|多半)[^,，。；;:：!?！？]{0,8}$/;
const ofEveryYear = (normal: string, mention: Mention) => {
	const before = normal.slice(Math.max(0, mention.from - 40), mention.from);
	const { value } = mention;
	const yearless = value.type === 'range' ? ofNoYear(value.from) && ofNoYear(value.to) : ofNoYear(value);
	return (
		SAYING_BEFORE.test(before) ||
		(ofNoYear(value) && GLOSS_BEFORE.test(before)) ||
		(yearless && HABIT_BEFORE.test(before))
	);
};

/**
 * What only a text of Taiwan or Hong Kong means as a date, so only one in Traditional characters: a year of the
 * Republic written without `民国` (`113年8月`, `自110年起`, `114.10.11`, `114/12/11`) as the whole of a mention's start, and
 * `日治時期` (in a Simplified text it may be Qingdao's or Dalian's, of other years).
 */
const TRADITIONAL_ONLY = /^(?:[从自]? ?1[01]\d ?(?:年|[./]\d)|日[治据據占佔]时)/;

/**
 * `recognize` on text already normalized. `republic: false` for a text in Simplified characters: only Taiwan
 * counts years by the Republic without saying so, and it writes Traditional; in a Simplified text `110年左右`
 * and `114年3个月` are counts of years (`TRADITIONAL_ONLY`).
 */
export function recognizeNormalized(normal: string, { republic = true } = {}): Mention[] {
	const facts = factsOf(normal);
	const mentions = namedInBrackets(normal, combine(normal, facts, restated(normal, atoms(normal, facts))));
	return markWordsBefore(
		normal,
		mentions.filter(
			(mention) =>
				!yearNamesThing(normal, mention.to) &&
				!EVERY_BEFORE.test(normal.slice(Math.max(0, mention.from - 20), mention.from)) &&
				!ofEveryYear(normal, mention) &&
				(republic || !TRADITIONAL_ONLY.test(normal.slice(mention.from, mention.to)))
		)
	);
}
