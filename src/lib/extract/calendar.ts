/**
 * Calendar arithmetic for resolution: days in UTC, the Chinese lunisolar calendar through the runtime's
 * own ICU data (`Intl.DateTimeFormat('zh-u-ca-chinese')`, present in Node and every browser), and the
 * dates of festivals.
 */
import { DAY_MS } from '../model/dates';
import { isCalendarDay } from '../model/days';
import { positional } from './numerals';

export interface Day {
	year: number;
	month: number;
	day: number;
}

export function toUtc(date: Day): Date {
	const utc = new Date(Date.UTC(2000, date.month - 1, date.day));
	utc.setUTCFullYear(date.year);
	return utc;
}

export function fromUtc(date: Date): Day {
	return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(date: Day, days: number): Day {
	return fromUtc(new Date(toUtc(date).getTime() + days * DAY_MS));
}

export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
	const index = year * 12 + (month - 1) + months;
	return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function daysInMonth(year: number, month: number): number {
	return fromUtc(new Date(toUtc({ year, month: month + 1, day: 1 }).getTime() - DAY_MS)).day;
}

export function isValidDay(date: Day): boolean {
	return isCalendarDay(date.year, date.month, date.day);
}

/** 1 = Monday … 7 = Sunday, as Chinese weeks count. */
export function weekday(date: Day): number {
	return ((toUtc(date).getUTCDay() + 6) % 7) + 1;
}

const chineseFormat = new Intl.DateTimeFormat('zh-u-ca-chinese', {
	timeZone: 'UTC',
	year: 'numeric',
	month: 'numeric',
	day: 'numeric'
});
const LUNAR_MONTH_NAMES: Record<string, number> = { 正: 1, 冬: 11, 腊: 12 };

/** The lunar month and day of a Gregorian day, with the Gregorian year its lunar year began in. */
function lunarOf(date: Date): { year: number; month: number; leap: boolean; day: number } {
	const parts = chineseFormat.formatToParts(date);
	const value = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
	const monthName = value('month').replace(/月$/, '');
	const leap = monthName.startsWith('闰');
	const bare = leap ? monthName.slice(1) : monthName;
	const month = LUNAR_MONTH_NAMES[bare] ?? positional(bare) ?? Number(bare);
	return { year: Number(value('relatedYear') || value('year')), month, leap, day: Number(value('day')) };
}

/** Lunar new year of each Gregorian year, computed once each (resolution is pure; this only caches). */
const newYearCache = new Map<number, Day>();

function lunarNewYear(year: number): Day {
	const cached = newYearCache.get(year);
	if (cached) return cached;
	// The new year falls between January 21 and February 20.
	let found: Day = { year, month: 1, day: 21 };
	for (let offset = 0; offset < 32; offset++) {
		const candidate = addDays({ year, month: 1, day: 20 }, offset);
		const lunar = lunarOf(toUtc(candidate));
		if (lunar.month === 1 && lunar.day === 1 && !lunar.leap) {
			found = candidate;
			break;
		}
	}
	newYearCache.set(year, found);
	return found;
}

/**
 * The Gregorian day of lunar `month`/`day` in the lunar year that begins in Gregorian `year`
 * (non-leap month), or undefined when that lunar month has no such day.
 */
export function fromLunar(year: number, month: number, day: number): Day | undefined {
	if (month < 1 || month > 12 || day < 1 || day > 30) return undefined;
	const key = (year * 13 + month) * 31 + day;
	if (!lunarCache.has(key)) lunarCache.set(key, walkToLunar(year, month, day));
	return lunarCache.get(key);
}

/**
 * Each lunar day asked for, once: every festival and year word of an article asks again, and each walk
 * formats a dozen days in the Chinese calendar (a third of an article's extraction time before this).
 */
const lunarCache = new Map<number, Day | undefined>();

function walkToLunar(year: number, month: number, day: number): Day | undefined {
	let cursor = lunarNewYear(year);
	// Walk month starts: each lunar month is 29 or 30 days.
	for (let guard = 0; guard < 14; guard++) {
		const lunar = lunarOf(toUtc(cursor));
		if (lunar.month === month && !lunar.leap) {
			const target = addDays(cursor, day - 1);
			const check = lunarOf(toUtc(target));
			return check.month === month && check.day === day && !check.leap ? target : undefined;
		}
		cursor = addDays(cursor, 29);
		if (lunarOf(toUtc(cursor)).day !== 1) cursor = addDays(cursor, 1);
	}
	return undefined;
}

/** Lunar new year's eve: the day before the new year, whether the twelfth month has 29 or 30 days. */
export function lunarNewYearsEve(year: number): Day {
	return addDays(lunarNewYear(year), -1);
}

/**
 * A solar term's day in its month, from the standard approximation for 1900–2099: `[month, C for the 20th
 * century, C for the 21st]`. Qingming is April 4 or 5 (or 6), the winter solstice December 21 or 22.
 */
type SolarTerm = [month: number, c20: number, c21: number];

function solarTerm(year: number, [month, c20, c21]: SolarTerm): Day {
	const y = year % 100;
	return { year, month, day: Math.floor(y * 0.2422 + (year >= 2000 ? c21 : c20)) - Math.floor(y / 4) };
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
function easter(year: number): Day {
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
	const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const n = h + l - 7 * m + 114;
	return { year, month: Math.floor(n / 31), day: (n % 31) + 1 };
}

/** The `nth` given weekday (1 = Monday) of a month. */
function nthWeekday(year: number, month: number, day: number, nth: number): Day {
	const first = weekday({ year, month, day: 1 });
	return { year, month, day: 1 + ((day - first + 7) % 7) + 7 * (nth - 1) };
}

type HolidayRule =
	| { solar: [number, number] }
	| { lunar: [number, number] }
	| { eve: true }
	| { term: SolarTerm }
	| { easter: number }
	| { nth: [month: number, weekday: number, nth: number]; after?: number };

const HOLIDAYS: Record<string, HolidayRule> = {
	元旦: { solar: [1, 1] },
	情人节: { solar: [2, 14] },
	妇女节: { solar: [3, 8] },
	植树节: { solar: [3, 12] },
	愚人节: { solar: [4, 1] },
	劳动节: { solar: [5, 1] },
	五一劳动节: { solar: [5, 1] },
	五一国际劳动节: { solar: [5, 1] },
	青年节: { solar: [5, 4] },
	儿童节: { solar: [6, 1] },
	建党节: { solar: [7, 1] },
	建军节: { solar: [8, 1] },
	教师节: { solar: [9, 10] },
	国庆节: { solar: [10, 1] },
	国庆: { solar: [10, 1] },
	平安夜: { solar: [12, 24] },
	// Named with the place: `回归纪念日` alone is 1 July in Hong Kong and 20 December in Macau.
	澳门回归纪念日: { solar: [12, 20] },
	香港回归纪念日: { solar: [7, 1] },
	圣诞节: { solar: [12, 25] },
	春节: { lunar: [1, 1] },
	农历春节: { lunar: [1, 1] },
	农历新年: { lunar: [1, 1] },
	农历年: { lunar: [1, 1] },
	元宵节: { lunar: [1, 15] },
	端午节: { lunar: [5, 5] },
	端午: { lunar: [5, 5] },
	七夕节: { lunar: [7, 7] },
	七夕: { lunar: [7, 7] },
	中元节: { lunar: [7, 15] },
	中秋节: { lunar: [8, 15] },
	中秋: { lunar: [8, 15] },
	重阳节: { lunar: [9, 9] },
	腊八节: { lunar: [12, 8] },
	除夕: { eve: true },
	大年三十: { eve: true },
	清明节: { term: [4, 5.59, 4.81] },
	夏至: { term: [6, 21.93, 21.37] },
	冬至: { term: [12, 22.6, 21.94] },
	// English names, as the text writes them (the apostrophe straightened).
	'Christmas Day': { solar: [12, 25] },
	Christmas: { solar: [12, 25] },
	'Christmas Eve': { solar: [12, 24] },
	'Boxing Day': { solar: [12, 26] },
	"New Year's Day": { solar: [1, 1] },
	"New Year's Eve": { solar: [12, 31] },
	"Valentine's Day": { solar: [2, 14] },
	Halloween: { solar: [10, 31] },
	Easter: { easter: 0 },
	'Easter Sunday': { easter: 0 },
	'Good Friday': { easter: -2 },
	'Easter Monday': { easter: 1 },
	// The fourth Thursday of November, as the United States keeps it; Black Friday is the day after.
	Thanksgiving: { nth: [11, 4, 4] },
	'Thanksgiving Day': { nth: [11, 4, 4] },
	'Black Friday': { nth: [11, 4, 4], after: 1 }
};

/** The day of a festival in a Gregorian year; `大年初N` is the N-th day of the lunar year. */
export function holidayDay(name: string, year: number): { day: Day; lunar: boolean } | undefined {
	const nthDay = /^大?年初(.)$/.exec(name);
	if (nthDay) {
		const n = positional(nthDay[1]!);
		const day = n === undefined ? undefined : fromLunar(year, 1, n);
		return day && { day, lunar: true };
	}
	const rule = HOLIDAYS[name.replace('’', "'")];
	if (!rule) return undefined;
	if ('easter' in rule) return { day: addDays(easter(year), rule.easter), lunar: false };
	if ('nth' in rule) return { day: addDays(nthWeekday(year, ...rule.nth), rule.after ?? 0), lunar: false };
	if ('solar' in rule) return { day: { year, month: rule.solar[0], day: rule.solar[1] }, lunar: false };
	if ('eve' in rule) return { day: lunarNewYearsEve(year), lunar: true };
	if ('term' in rule) return { day: solarTerm(year, rule.term), lunar: false };
	const day = fromLunar(year, rule.lunar[0], rule.lunar[1]);
	return day && { day, lunar: true };
}
