/**
 * A date that figures are compared with is a baseline, not an event: `比去年同期`, `比上月回落`, `较上月`,
 * `环比上月`, `与上月持平`, `与9月份相比`, `由上月持平转为下降`, `超过去年全年`, `2019年以来最多`, `是2020年底的4倍`, `本月最低温纪录`, `…止年度之比较数字`, `(2024年:每股10仙)`. Reads normalized text around the date's span.
 */

/** Comparing words right before the date (`已超过2024年全年的数量`, `已超越去年全年`, `高于去年`). */
const COMPARED_WITH = /(?:比|较|较之|比起|相比|环比|同比|对比|超过|超越|超出|高于|低于|多于|少于|不及)\s?$/;
/**
 * `超过2021年创下的纪录`: what the figure passes was set then, a thing that happened in that year, not the year
 * compared with (nor, after `超过`, a count of years: `counts.ts`).
 */
const SET_THEN_AFTER = /^\s?(?:所|时)?(?:创下|创造|写下|录得|刷新)/;

/** The date is when something the sentence passes was set (`超过2021年创下的纪录`). */
export const setThen = (text: string, to: number) => SET_THEN_AFTER.test(text.slice(to, to + 4));
/** `与上月持平`, `同9月份相比`: a link before, a word of comparison after. */
const LINKED_BEFORE = /(?:与|同|和|跟)\s?$/;
const COMPARISON_AFTER = /^\s?(?:基本|大致|大体|大抵)?(?:持平|相比|相当|相同|一致|比较|对比)/;
/** `由上月持平转为下降`: the figure moved from the baseline's to the new one. */
const FROM_BEFORE = /由\s?$/;
const TURNED_AFTER = /^[^，,。；;]{0,12}转为/;
/** `去年同期`, `上年同期水平`. */
const SAME_PERIOD_AFTER = /^\s?同期/;
/**
 * `为2019年以来最多`, `2018年以来单季最高`: a record measured over the years since (per year, quarter, month…),
 * not something that happened then.
 */
const RECORD_AFTER = /^\s?(?:单?[年季月周日]度?|同期|历年)?(?:最[多高低大少快慢强弱好差]|新高|新低)/;

/** `是2020年底的4倍多`, `为去年的两倍`: a figure as a multiple of the baseline's. */
const MULTIPLE_BEFORE = /(?:是|为|相当于)\s?$/;
const MULTIPLE_AFTER = /^\s?的\s?(?:[\d.]+|[一二两三四五六七八九十百]+)\s?(?:多)?倍/;
/** `本月最低温纪录`, `今年最高纪录`: a record of that kind of period, not something that happened in it. */
const RECORD_OF_PERIOD_AFTER = /^\s?的?最[多高低大少][^，,。；;]{0,4}[纪记][录錄]/;

/**
 * `截至2024年12月31日止年度之比较数字`: the period a results announcement's comparative figures are for, beside the
 * one reported.
 */
const COMPARATIVE_AFTER = /^\s?(?:止(?:年度|期间|[年季月]))?[之的]?比较(?:数字|数据|金额|资料)/;
/** `(二零二四年:每股港币10仙)`: the year before's figure in brackets after this year's. */
const BRACKET_BEFORE = /\(\s?$/;
const FIGURE_AFTER = /^\s?:/;

/** `9年來再度`, `30年来首次`: a count of years up to now that a first or a return is measured over. */
const FIRST_AGAIN_AFTER = /^\s?(?:再度|再次|首度|首次|第一次|头一回)/;

export const isRecordSince = (text: string, from: number, to: number): boolean =>
	/\d年来$|[一二两三四五六七八九十]年来$/.test(text.slice(from, to)) &&
	FIRST_AGAIN_AFTER.test(text.slice(to, to + 4));

export function isBaseline(text: string, from: number, to: number): boolean {
	const before = text.slice(Math.max(0, from - 3), from);
	const after = text.slice(to, to + 16);
	return (
		(COMPARED_WITH.test(before) && !setThen(text, to)) ||
		SAME_PERIOD_AFTER.test(after) ||
		(text.endsWith('以来', to) && RECORD_AFTER.test(after)) ||
		RECORD_OF_PERIOD_AFTER.test(after) ||
		COMPARATIVE_AFTER.test(after) ||
		(BRACKET_BEFORE.test(before) && FIGURE_AFTER.test(after)) ||
		(MULTIPLE_BEFORE.test(before) && MULTIPLE_AFTER.test(after)) ||
		(LINKED_BEFORE.test(before) && COMPARISON_AFTER.test(after)) ||
		(FROM_BEFORE.test(before) && TURNED_AFTER.test(after))
	);
}
