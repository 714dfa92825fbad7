/**
 * The shapes of date expressions, as regular-expression sources over normalized text (`normalize.ts`:
 * ASCII digits, Simplified characters). Each source names its groups so `recognize.ts` can read them.
 * Alternatives are ordered longest first, because the first alternative that fits wins.
 */

/** Reign eras still met in prose, with the Gregorian year of their first year (`元年`). */
export const ERAS: Record<string, number> = {
	民国: 1912,
	宣统: 1909,
	光绪: 1875,
	同治: 1862,
	咸丰: 1851,
	道光: 1821,
	嘉庆: 1796,
	乾隆: 1736,
	雍正: 1723,
	康熙: 1662,
	顺治: 1644,
	崇祯: 1628,
	万历: 1573,
	嘉靖: 1522,
	永乐: 1403,
	洪武: 1368,
	天宝: 742,
	开元: 713,
	神龙: 705,
	贞观: 627
};

const CN_DIGIT = '〇零一二三四五六七八九';
/** Not inside a longer number, Arabic or Chinese. */
export const NOT_AFTER_NUMBER = `(?<![\\d${CN_DIGIT}十百千万两])`;

/** Not preceded by what would make the numbers part of a longer figure (a version, an address, a phone number). */
export const NOT_IN_FIGURE = `(?<![\\d.\\-/])(?<!\\d:)`;
const ERA = Object.keys(ERAS).join('|');
/** A year as written before `年`; relative words (`去年`) and eras included. */
export const YEAR = `(?:(?<y>\\d{4}|\\d{2}|[${CN_DIGIT}]{3,4}|[〇零][${CN_DIGIT}]|[两二一]千[${CN_DIGIT}十]*)|(?<era>${ERA})(?<en>元|\\d{1,2}|[一二三四五六七八九十]{1,3})|(?<ry>大前|大后|今|去|明|前|后|本|同|次|翌)) ?年`;

/** A month: a number, a lunar name (`正月`, `腊月`) or relative to publication (`上个月`). */
export const MONTH = `(?<lm>农历 ?)?(?:(?<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]|正|腊|冬)|(?<rm>这个|上个|下个|本|上|下)) ?月(?<mf>份)?(?![亮光球饼薪费租票度])`;

/** A day of the month, with `日`/`号` or (Chinese numerals, lunar `初一`) without. */
export const DAY = `(?<d>[12]\\d|3[01]|0?[1-9]|初[一二三四五六七八九十]|[二三]十[一二三四五六七八九]?|十[一二三四五六七八九]?|廿[一二三四五六七八九]?|[一二三四五六七八九])(?<ds> ?[日号])?`;

/** Parts of a year after `年`: halves, quarters, seasons, its start and end. */
export const YEAR_PART = `上半年|下半年|初(?![步次期级始中等])|底|末(?!期)|第?[一二三四1-4]季度|前[二三两2-3]季度|[春夏秋冬][天季](?!度)`;
/** Parts of a month after `月`. */
export const MONTH_PART = `上旬|中旬|下旬|初(?![步次期级始中等])|底|末(?!期)`;

/** Festivals (`calendar.ts` knows their dates). */
export const HOLIDAY = `元旦|春节|元宵节|清明节|五一劳动节|五一国际劳动节|劳动节|青年节|儿童节|端午节|端午|七夕节|七夕|中秋节|中秋|重阳节|国庆节|除夕|大年三十|大年初[一二三四五六七八九十]|腊八节|妇女节|植树节|建党节|建军节|教师节|平安夜|圣诞节|情人节|愚人节`;

/** `2014年`, `二〇一四年十一月十九日`, `去年5月`, `2015年农历正月初一`, `2025年底`, `今年春节`. */
export const YEAR_LED = `(?<lp>农历 ?)?${YEAR}(?: ?(?:${MONTH}(?: ?${DAY}| ?(?<mp>${MONTH_PART}))?|(?<yp>${YEAR_PART})|(?<hol>${HOLIDAY})))?`;
/** `11月19日`, `三月初一`, `本月十日`, `10月底`. */
export const MONTH_LED = `${MONTH}(?: ?${DAY}| ?(?<mp>${MONTH_PART}))?`;
/** `19日` standing alone (the month comes from the text or the publication date). */
export const DAY_ONLY = `(?<![\\d.\\-/:月日号])(?<d>[12]\\d|3[01]|0?[1-9]) ?(?<ds>[日号])`;
/** `上半年`, `年底`, `第一季度` without a year (the year comes from the text). */
export const BARE_YEAR_PART = `(?<![${CN_DIGIT}十\\d每今去明前后本同次翌当])(?<yp>上半年|下半年|年初(?![步次期级始中等])|年底|年末(?!期)|第[一二三四]季度|前[二三两]季度)`;

const MONTH_NUMBER = `1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]`;
/** `1-10月`, `1至10月`: months sharing one `月`. */
export const MONTH_RANGE = `${NOT_AFTER_NUMBER}(?<m1>${MONTH_NUMBER}) ?(?:-|—|–|－|~|至|到) ?(?<m2>${MONTH_NUMBER}) ?月(?:份)?`;

/** `2010-01-29`, `2010/01/29`, `2010.01.29`, `2010 01 29` (a dash may follow: it opens a range). */
export const NUMERIC_YMD = `(?<ny>\\d{4})(?:(?<ns>[-/.])(?<nm>\\d{1,2})\\k<ns>(?<nd>\\d{1,2})| (?<nm2>\\d{2}) (?<nd2>\\d{2}))(?![\\d:]|[./]\\d)`;
/** `13.5.2015`, `1/2/2020`, `3-7-2017`, `27-7-3`: three small numbers, order told by their sizes. */
export const NUMERIC_SMALL = `(?<a>\\d{1,2})(?<s>[-/.])(?<b>\\d{1,2})\\k<s>(?<c>\\d{4}|\\d{1,2})(?![\\d:]|[./]\\d)`;
/** `2025-11`, `2025/11`. */
export const NUMERIC_YM = `${NOT_IN_FIGURE}(?<ny>\\d{4})[-/](?<nm>\\d{1,2})(?![\\d:]|[.\\-/]\\d)`;
/** `12/1`: month and day with a slash only (a dash or dot reads as a score or a decimal). */
export const NUMERIC_MD = `${NOT_IN_FIGURE}(?<a>\\d{1,2})\\/(?<b>\\d{1,2})(?![\\d:%]|[.\\-/]\\d)`;
/** `2018` standing alone: a year only in a plausible range and when no unit follows (`count.ts`). */
export const BARE_YEAR = `(?<![\\dA-Za-z.\\-/第])(?<!\\d:)(?<by>1[5-9]\\d\\d|20\\d\\d|2100)(?![\\dA-Za-z.%:/])`;

const CENTURY = `(?:(?<crel>上|本|下)世纪|(?<cn>\\d{1,2}|[一二]?十[一二三四五六七八九]?|[一二三四五六七八九])世纪)`;
/** `上世纪90年代`, `九十年代`, `2020年代`, `八十年代末`. */
export const DECADE = `${NOT_AFTER_NUMBER}(?:${CENTURY} ?)?(?<dec>\\d{3}0|\\d0|[${CN_DIGIT}]{3}[〇零]|[一二三四五六七八九]十) ?年代(?<dp>初期|中期|后期|末期|初|末)?`;
/** `19世纪`, `上世纪`. */
export const CENTURY_ONLY = `${NOT_AFTER_NUMBER}${CENTURY}`;

/**
 * `过去十年`, `近三年`, `前1周`, `上2个月`, `十年过去了`, `三年前`: a count of units tied to a direction.
 * Without the direction it is a duration or a count (`十年`, `五年规划`) and no date.
 */
export const SPAN = `${NOT_AFTER_NUMBER}(?<sd>过去的?|最近|未来的?|今后|近|前|后|上|下|这)? ?(?<sn>\\d{1,3}|[两一二三四五六七八九十百千]+) ?(?<su>个多?月|个?星期|个?礼拜|周|年|天|日|月)(?<st>过去了|以来|以前|以后|之前|之后|前|后|来)?`;

/** `近日`, `最近`, `近年`: recent, with no date to give (years are kept as an approximate range). */
/** `昨天`, `今日`, `大后天`, `昨晚`. */
export const RELATIVE_DAY = `(?<rd>大前|大后|今|昨|明|前|后)(?:天|日)|(?<rn>今|昨|明)(?:晨|早|晚|夜)`;

export const RECENT = `(?<rc>近日|日前|近期|最近|近来|近些年|近几年|近年来|近年|这些年|这几年)`;

/** `上周一`, `星期三`, `下周末`, `这个星期一`. */
export const WEEK = `(?<wp>上上个?|下下个?|上一个|下一个|上个|下个|这个|本|上|下|这|最后一个的?)?(?<wu>星期|礼拜|周)(?<wd>[一二三四五六日天1-7]|末)?`;

/** Festivals without a year (the year comes from the text or the publication date). */
export const HOLIDAY_ONLY = `(?<hol>${HOLIDAY})`;

/** Between two dates of a range. */
export const RANGE_LINK = ` ?(?:至|到|-|—|–|~|－) ?`;
