/**
 * What a count is, so that it is never read as a date. A number followed by a measure word or unit
 * (`86个`, `300家`, `2000元`, `15%`) counts things; a number of years followed by words of duration
 * (`5000年历史`, `长达1000年`) measures time rather than naming a year. Idioms such as `千年水乡` and
 * `百年变局` never reach these rules: a year is four digits or digit-by-digit numerals (`patterns.ts`),
 * and `千年`/`百年` are neither.
 */
import { setThen } from './baselines';

/** Measure words and units that make the number before them a count. */
const MEASURE =
	'个名人家件项次位元角分吨斤克米里台辆座所只条种份批款户口股支架艘页篇本部首场期套张双对层栋间倍版' +
	'亿万千百多余几%‰$¥￥€£';

export function countFollows(text: string, at: number): boolean {
	const next = text[at] === ' ' ? text[at + 1] : text[at];
	return next !== undefined && MEASURE.includes(next);
}

const DURATION_AFTER = /^(?:之久|历史|的历史|光阴|时间|多|余|有余|左右的)/;
const DURATION_BEFORE = /(?:长达|历时|历经|经过|用了|花了|超过|逾|耗时|持续|将近)\s?$/;

/** `5000年历史`, `长达1000年`: the years are an amount of time; not `超过2021年创下的纪录`, the year a record was set. */
export function yearsAreDuration(text: string, from: number, to: number): boolean {
	return (
		DURATION_AFTER.test(text.slice(to, to + 4)) ||
		(DURATION_BEFORE.test(text.slice(Math.max(0, from - 4), from)) && !setThen(text, to))
	);
}

/** What may follow a day: times of day, links of a range, particles. */
const AFTER_DAY = /^[晚早上下午凌夜中起至到前后当的在是举开召发将由与和及电讯称报,，。、;；:：)）\s]/u;

/**
 * `3号线`, `1号文件`, `3日游`: a numbered thing, not a day. `号` numbers many things, so after it only
 * what may follow a day keeps it a day; `日` names a day unless a noun of the few it numbers follows.
 */
export function dayNamesThing(text: string, at: number, suffix: string): boolean {
	const next = text.slice(at, at + 1);
	// `“隼鸟2号”`, `「神舟5号」`: a number closing a name in quotation marks names a craft or a ship.
	if (suffix === '号' && /^[”’」』]/.test(next)) return true;
	if (suffix === '号') return next !== '' && /^\p{Script=Han}/u.test(next) && !AFTER_DAY.test(next);
	return /^[线楼院机位件台床门口路坑栋层室馆厅游]/.test(next);
}

/**
 * `2025—2026年度流感疫苗`, `2024年度报告`: a year with `度` before a noun names what it qualifies (a campaign, a
 * report), not a time; `2024年度，营收…` stands alone and is a time. `2026年考研`, `2026年研考`,
 * `2026年硕士研究生招生考试`: a postgraduate entrance exam is named by the year of admission, and taken the December
 * before (`高考` is taken in the year it is named by, and stays a time).
 */
const NAMED_BY_YEAR = /^(?:度\p{Script=Han}|考研|研考|(?:全国)?(?:硕士|博士)?研究生(?:招生|入学))/u;

export function yearNamesThing(text: string, to: number): boolean {
	return text[to - 1] === '年' && NAMED_BY_YEAR.test(text.slice(to, to + 10));
}

/** `第3日`, `每5日`, `近3日`: an ordinal or a count of days. */
export function dayIsCounted(text: string, from: number): boolean {
	return /[第每前后近数几这那个]$/.test(text.slice(Math.max(0, from - 1), from));
}
