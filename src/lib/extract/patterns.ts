/**
 * The shapes of date expressions, as regular-expression sources over normalized text (`normalize.ts`:
 * ASCII digits, Simplified characters). Each source names its groups so `recognize.ts` can read them.
 * Alternatives are ordered longest first, because the first alternative that fits wins.
 */

/**
 * Reign eras still met in prose, with the Gregorian years of their first (`元年`) and last years; Japan's too, as
 * Taiwan's local histories date the years of Japanese rule (`昭和10年`, `大正年間`).
 */
export const ERAS: Record<string, [first: number, last: number]> = {
	民国: [1912, 1949],
	平成: [1989, 2019],
	昭和: [1926, 1989],
	大正: [1912, 1926],
	明治: [1868, 1912],
	宣统: [1909, 1911],
	光绪: [1875, 1908],
	同治: [1862, 1874],
	咸丰: [1851, 1861],
	道光: [1821, 1850],
	嘉庆: [1796, 1820],
	乾隆: [1736, 1795],
	雍正: [1723, 1735],
	康熙: [1662, 1722],
	顺治: [1644, 1661],
	崇祯: [1628, 1644],
	万历: [1573, 1620],
	嘉靖: [1522, 1566],
	永乐: [1403, 1424],
	洪武: [1368, 1398],
	天宝: [742, 756],
	开元: [713, 741],
	神龙: [705, 707],
	贞观: [627, 649]
};

/** Dynasties named as an age (`清代`, `唐朝`), with the Gregorian years of their first and last years. */
export const DYNASTIES: Record<string, [first: number, last: number]> = {
	隋: [581, 618],
	唐: [618, 907],
	宋: [960, 1279],
	元: [1271, 1368],
	明: [1368, 1644],
	清: [1644, 1911]
};

const CN_DIGIT = '〇零一二三四五六七八九';
/** Not inside a longer number, Arabic or Chinese. */
export const NOT_AFTER_NUMBER = `(?<![\\d${CN_DIGIT}十百千万两])`;

/** Not preceded by what would make the numbers part of a longer figure (a version, an address, a phone number). */
export const NOT_IN_FIGURE = `(?<![\\d.\\-/])(?<!\\d:)`;
const ERA = Object.keys(ERAS).join('|');
/**
 * The dynasty may name itself before its era (`清光绪`), and belongs to the expression; the Republic has none, so
 * `明`, `清` before `民国` end a name (`陈志明民国78年`).
 */
const DYNASTY = `(?:[清明唐] ?(?!民国))?`;
/**
 * A year as written before `年`; relative words (`去年`), eras (`民国113年`) and, before a month, years of the
 * Republic as written in Taiwan (`113年8月`: a three-digit year is never Gregorian in news), and such a year
 * hedged (`110年前後`), opening a period (`自111年起`), before a part of itself (`115年底`, `116年初`, `113年上半年`) or naming a year's
 * top ten (`113年十大新聞`, as a year in review does); a relative year may restate its number in brackets, as
 * Taiwan's press releases do (`去(113)年`).
 */
export const YEAR = `(?:(?<y>\\d{4}|\\d{2}|[${CN_DIGIT}]{3,4}|[〇零][${CN_DIGIT}]|[两二一]千[${CN_DIGIT}十]*)|(?<roc>1[01]\\d)(?= ?年 ?(?:(?:1[0-2]|0?[1-9]) ?月|前后|左右|起|底|初(?![步次期级始中等建创一二三四五六七八九十])|末(?!期)|[上下]半年|第[一二三四]季|十大))|${DYNASTY}(?<era>${ERA})(?<en>元|\\d{1,3}|[一二三四五六七八九十][一二三四五六七八九十百零〇]{0,4})|(?<ry>大前|大后|今|去|明|前|后|本|同|次|翌|当|(?<![每相])隔(?= ?年 ?(?:\\d|[一二三四五六七八九十正腊冬春夏秋底初中]|[,，]|[上下]半年)))(?: ?\\((?:\\d{4}|1[01]\\d)\\))?) ?年`;

/**
 * `光绪年间`, `民国时期`: the whole reign as a range of years. The builder takes in the dynasty before it
 * (`清光绪年间`): a pattern opening with an optional part is tried at every position, one opening with the
 * era's name is not.
 */
/**
 * `清代`, `唐朝`: a dynasty as an age; not `代`, `朝` of another word (`明代表`, `明朝向东`: tomorrow represents, faces)
 * nor a price (`10元代金`).
 */
export const DYNASTY_AGE = `${NOT_AFTER_NUMBER}(?<dy>[隋唐宋元明清])(?:代|朝)(?![表理言替价购工驾办金向着])`;
export const ERA_PERIOD = `(?<era>${ERA})(?:年间|时期)`;
/** `日治時期`, `日據時期`, `日佔時期`: the years of Japanese rule, named by the rule (`recognize.ts` tells where). */
export const JAPANESE_RULE = `日(?<jr>治|[据據]|[占佔])(?:时期|时代)`;

/** A month: a number, a lunar name (`正月`, `腊月`) or relative to publication (`上个月`). */
export const MONTH = `(?<lm>农历 ?)?(?:(?<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]|正|腊|冬)|(?<rm>这个|上个|下个|本|上|下)) ?月(?<mf>份)?(?![亮光球饼薪费租票度])`;

/** A day of the month, with `日`/`号` or (Chinese numerals, lunar `初一`) without. */
export const DAY = `(?<d>[12]\\d|3[01]|0?[1-9]|初[一二三四五六七八九十]|[二三]十[一二三四五六七八九]?|十[一二三四五六七八九]?|廿[一二三四五六七八九]?|[一二三四五六七八九])(?<ds> ?[日号])?`;

/** `前10个月`: in figures, the first months of the year (`前两个月` in words may be a while ago, and is left). */
export const FIRST_MONTHS = `前(?:1[01]|[2-9])个月`;
/**
 * `本年首10个月`, `今年首十個月`: the first months of a year named before them, as Hong Kong and Macau write them, in
 * figures or in words (`首6个月` alone is a count).
 */
const FIRST_MONTHS_OF_YEAR = `首(?:1[01]|[2-9]|十一?|[二两三四五六七八九])个月`;
/** Its last and first day, after a year (`2024最后一天`, `2025年的第一天`). */
export const YEAR_END_DAY = `的?(?:最后一[天日]|第一天)`;
/** Parts of a year after `年`: halves, quarters, seasons, its start and end (`年初三` is a day of the new year). */
/**
 * A season named by its character alone (`1923年春，`), where no word goes on from it (`春节`, `冬奥会`, `夏至`), or
 * where the clause goes on with what happened then (`1937年秋曾遭战火`, `1958年冬开始动工`).
 */
const SEASON_ALONE = `[春夏秋冬](?=[,，。、;；:：)\\s]|$|曾|起|时|间|以来|开始|就|便|才|又|即|正式|首次|被|遭)`;
/** Parts of a year after `年`: halves (`2025年半年度报告`: the first half, which a half-year report covers), quarters
 * (`第三季度`, and `第三季`, `首季` as Hong Kong and Taiwan write them), seasons, its start and end (`年初三` is a day
 * of the new year). */
export const YEAR_PART = `上半年|下半年|半年度|年中(?!国)|初(?![步次期级始中等一二三四五六七八九十])|底|末(?!期)|第?[一二三四1-4]季度|第[一二三四1-4]季|首季度?|前[二三两2-3]季度|${FIRST_MONTHS}|${FIRST_MONTHS_OF_YEAR}|[春夏秋冬][天季](?!度)|${SEASON_ALONE}|${YEAR_END_DAY}`;
/** Parts of a month after `月`; `中` alone (`下月中`, `6月中才`) where no word goes on from it (`6月中国…`). */
export const MONTH_PART = `上中旬|中下旬|上旬|中旬|下旬|初(?![步次期级始中等])|底|末(?!期)|中(?=[,，。;；、]|$|才|起|前|后|以前|以后|开始|将|举行|举办|完成|左右|至|到|投入|推出|上线|公布|发布)`;

/**
 * `2026财年`, `2026财年第三财季`, `第三财季`, `前三财季`, `上半财年`: a company's fiscal year, named by a number, and its
 * parts (`fiscal.ts`).
 */
export const FISCAL = `(?<![\\d${CN_DIGIT}])(?:(?<fy>\\d{4}) ?财(?:政)?年度? ?(?<fp>第[一二三四1-4](?:财季|季度?)|前[二三两2-3](?:财季|季度?)|[上下]半年)?|(?<fq>第[一二三四1-4]财季|前[二三两2-3]财季|[上下]半财年))`;

/**
 * `2026-27财政年度`, `2025/26财年`, `2025-26年度`: a fiscal year named by the two calendar years it straddles
 * (`2023/24学年`: a school year);
 * `下个财政年度`, `本财政年度`: one counted from the year under way.
 */
export const FISCAL_PAIR = `(?<![\\d.\\-/])(?<f1>\\d{4}) ?[-—–－/] ?(?<f2>\\d{2}|\\d{4}) ?(?<fw>财政年度|财年|学年度?|年度)|(?<fr>本|今个|下个|上个|下一个?|上一个?)(?:财政年度|财年)(?![第前上下首])`;

/**
 * `本季`, `本季度`: this quarter in business news, this season in sports news; `上半季`, `下半季`: a season's halves;
 * `上季`, `下赛季`: the season before or after, in sports news (`上季度` is a quarter, left to the baselines).
 */
export const THIS_QUARTER = `(?<tq>本季度|本赛季|本球季|这个赛季|[上下]个赛季|[上下][赛球]季|本季|[上下]半季|(?<!马)[上下]季(?!度))`;

/** `报告期内`: within the period a company's report covers (`quarters.ts`). */
export const REPORT_PERIOD = `(?<tq>报告期内)`;

/** `2024-25赛季`, `2023/24球季`: a sports season named by the two years it straddles. */
export const SEASON_PAIR = `(?<![\\d.\\-/])(?<s1>\\d{4}) ?[-—–－/] ?(?<s2>\\d{2}|\\d{4}) ?(?:赛季|球季)`;

/** Festivals (`calendar.ts` knows their dates); `农历年` as Taiwan names the new year's days (`農曆年前`), not a year
 * of the calendar (`农历年份`). */
export const HOLIDAY = `元旦|农历春节|春节|元宵节|清明节|五一劳动节|五一国际劳动节|劳动节|青年节|儿童节|端午节|端午|七夕节|七夕|中秋节|中秋|重阳节|国庆节|国庆(?=[连假黄][假期金])|除夕|大年三十|大?年初[一二三四五六七八九十]|农历新年|农历年(?![份度历初底中末内间])|中元节|冬至|夏至|腊八节|妇女节|植树节|建党节|建军节|教师节|平安夜|圣诞节|情人节|愚人节|澳门回归纪念日|香港回归纪念日`;

/** `2014年`, `二〇一四年十一月十九日`, `去年5月`, `2015年农历正月初一`, `2025年底`, `今年春节`. */
export const YEAR_LED = `(?<lp>农历 ?)?${YEAR}(?: ?(?:${MONTH}(?: ?${DAY}| ?(?<mp>${MONTH_PART}))?|(?<yp>${YEAR_PART})|(?<hol>${HOLIDAY})))?`;
/** `11月19日`, `三月初一`, `本月十日`, `10月底`. */
export const MONTH_LED = `${MONTH}(?: ?${DAY}| ?(?<mp>${MONTH_PART}))?`;
/** `19日` standing alone (the month comes from the text or the publication date). */
export const DAY_ONLY = `(?<![\\d.\\-/:月日号])(?<d>[12]\\d|3[01]|0?[1-9]) ?(?<ds>[日号])`;
/**
 * `上半年`, `年底`, `第一季度` without a year (the year comes from the text); not `岁末年初`, the turn of the year, nor the end of `上年末` (last year's, a baseline in results).
 * `第三季`, `前三季` and `首季`, as Hong Kong and Taiwan write quarters, name a series' season too (`这部剧第三季`):
 * the first two are read after `于`/`在` or beside words of business (`recognize.ts`), `首季` where a clause opens
 * with it (`；首季业务平稳`), never after a name; `第一季度` and `首季度` say quarter anywhere.
 * Without `第`, a quarter is read in a list of quarters (`一季度、二季度和三季度`) or beside words of business
 * (`recognize.ts`): alone it may be every year's (`四季度是传统旺季`).
 */
export const BARE_YEAR_PART = `(?<![${CN_DIGIT}十\\d每今去明前后本同次翌当末岁上])(?<yp>上半年|下半年|年初(?![步次期级始中等一二三四五六七八九十])|年底|年末(?!期)|第[一二三四]季度|第[一二三四]季(?![中里内的度])|前[二三两]季(?![中里内的度])|首季度|(?<=^|[于在至到,;。:、 ])首季(?![中里内的])|前[二三两]季度|[一二三四]季度|${FIRST_MONTHS})`;

/** `Q3`, `Q4`: a quarter as results write it, without a year. */
export const Q_QUARTER = `(?<![A-Za-z\\d])Q(?<qn>[1-4])(?![A-Za-z\\d])`;

const MONTH_NUMBER = `1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]`;
/** `九十月间`, `七八月份`: two neighbouring months in Chinese numerals sharing one `月`. */
export const MONTH_PAIR = `${NOT_AFTER_NUMBER}(?<p1>十一|[一二三四五六七八九十])(?<p2>十二|十一|[二三四五六七八九十]) ?月(?:间|份)?(?![亮光球饼薪费租票度])`;

/** `1-10月`, `1至10月`: months sharing one `月`. */
export const MONTH_RANGE = `${NOT_AFTER_NUMBER}(?<m1>${MONTH_NUMBER}) ?(?:-|—|–|－|~|至|到) ?(?<m2>${MONTH_NUMBER}) ?月(?:份)?`;

/** `2010-01-29`, `2010/01/29`, `2010.01.29`, `2010 01 29` (a dash may follow: it opens a range). */
export const NUMERIC_YMD = `(?<ny>\\d{4})(?:(?<ns>[-/.])(?<nm>\\d{1,2})\\k<ns>(?<nd>\\d{1,2})| (?<nm2>\\d{2}) (?<nd2>\\d{2}))(?![\\d:]|[./]\\d)`;
/** `13.5.2015`, `1/2/2020`, `3-7-2017`, `27-7-3`: three small numbers, order told by their sizes. */
export const NUMERIC_SMALL = `(?<a>\\d{1,2})(?<s>[-/.])(?<b>\\d{1,2})\\k<s>(?<c>\\d{4}|\\d{1,2})(?![\\d:]|[./]\\d)`;
/** `2025-11`, `2025/11`. */
export const NUMERIC_YM = `${NOT_IN_FIGURE}(?<ny>\\d{4})[-/](?<nm>\\d{1,2})(?![\\d:]|[.\\-/]\\d)`;
/**
 * `12/1`: month and day with a slash only (a dash or dot reads as a score or a decimal); a dash after it may open a
 * range to another (`4/2-4/6`).
 */
export const SLASH_MD = `(?<a>\\d{1,2})\\/(?<b>\\d{1,2})(?![\\d:%]|[./]\\d|-(?!\\d{1,2}\\/\\d)\\d)`;
export const NUMERIC_MD = `${NOT_IN_FIGURE}${SLASH_MD}`;
/**
 * `103年` after `民國89年` in its sentence: a year of the Republic with no word after it that `YEAR` needs (`年底`,
 * a month), read only when the sentence has counted by the Republic already (`110年歷史` alone is a count).
 */
export const ROC_BARE = `${NOT_AFTER_NUMBER}(?<roc>1[01]\\d) ?年(?![\\d${CN_DIGIT}十度代间级])`;

/**
 * `114.10.11`, `114/12/11`: a date of the Republic with dots, as Taiwan's listings write it, or slashes, as a listed
 * company's notices do (read in Traditional text only).
 */
export const ROC_NUMERIC = `(?<![\\d./])(?<roc>1[01]\\d)(?<rs>[./])(?<nm>1[0-2]|0?[1-9])\\k<rs>(?<nd>[12]\\d|3[01]|0?[1-9])(?![\\d./]|-\\d)`;
/**
 * `2018` standing alone: a year only in a plausible range and when no unit follows (`count.ts`: not `2025版`, an
 * edition named by its year); not the thousands of a count (`1万2000宗`).
 */
export const BARE_YEAR = `(?<![\\dA-Za-z.\\-/第万亿])(?<!\\d:)(?<by>1[5-9]\\d\\d|20\\d\\d|2100)(?<yp>${YEAR_END_DAY})?(?![\\dA-Za-z.%/]|:\\d)`;

const CENTURY = `(?:(?<crel>上|本|下)世纪|(?<cn>\\d{1,2}|[一二]?十[一二三四五六七八九]?|[一二三四五六七八九])世纪)`;
/**
 * `上世纪90年代`, `九十年代`, `2020年代`, `八十年代末`, `民国六十年代` (the Republic's 60th to 69th years); two decades
 * sharing one `年代` (`五六十年代`, `民国五、六十年代`, `50、60年代`) from the first to the last.
 */
export const DECADE = `${NOT_AFTER_NUMBER}(?:${CENTURY} ?|(?<roce>民国) ?)?(?:(?<dec0>[一二三四五六七八九])(?:十 ?)?、? ?|(?<dec0a>[1-9]0) ?、 ?)?(?<dec>\\d{3}0|\\d0|[${CN_DIGIT}]{3}[〇零]|[一二三四五六七八九]十) ?年代(?<dp>初期|中期|后期|末期|初|末)?`;
/** `19世纪`, `上世纪`, `本世纪初`, `19世纪下半叶`. */
export const CENTURY_ONLY = `${NOT_AFTER_NUMBER}${CENTURY}(?<cp>初期|初|中叶|中期|末期|末|上半叶|下半叶)?`;

/**
 * `过去十年`, `近三年`, `前1周`, `上2个月`, `十年过去了`, `三年前`: a count of units tied to a direction.
 * Without the direction it is a duration or a count (`十年`, `五年规划`) and no date; `加上` is plus (`加上10月上旬…`).
 */
export const SPAN = `${NOT_AFTER_NUMBER}(?<sd>过去的?|最近|未来的?|今后|近|前|后|(?<!加)上|下|这)? ?(?<sn>\\d{1,3}|[两一二三四五六七八九十百千]+) ?(?<su>个多?月|个?星期|个?礼拜|周|年|天|日|月)(?<st>过去了|以来|以前|以后|之前|之后|前|后|来)?`;

/**
 * `昨天`, `今日`, `大后天`, `昨晚`, `昨午` (not `明日之星`, a rising star); `今明两天`, today and tomorrow; `即日起`, from
 * today (`即日` alone is another word's: `即日可达`).
 */
export const RELATIVE_DAY = `(?<tt>今明两[天日])|(?<rd>大前|大后|今|昨|明|前|后|即(?=日起))(?:天|日)(?!之星)|(?<rn>今|昨|明)(?:晨|早|午|晚|夜)`;

/**
 * `昨`, `今`, `明` alone before a verb or a time of day (`市府昨宣布`, `门票今起发售`, `明将出战`), as news in
 * Taiwan writes them; what comes before is checked by the builder (`说明将` is no tomorrow).
 */
export const SOLO_DAY = `(?<sw>昨|今|明)(?=起(?![源来身床草飞义码点初])|晨|早上|晚上|晚间|上午|下午|中午|凌晨|傍晚|深夜|午后|(?:将|再|又|仍|也|已|正式|首度|首次)?(?:宣布|表示|指出|公布|发布|收报|收市|收盘|举行|举办|召开|开幕|闭幕|登场|开打|开赛|开跑|出炉|出席|抵达|启程|赴|访|生效|实施|上路|开放|开工|动工|完工|落幕|揭晓|迎来|进行|展开|会见|接见|拜会|视察|参加|主持|签署|通过|决定|上映|起飞|出发|透露|强调|完成|宣誓|就职|投票|开票|登记|公告|宣判|发表|停班|停课|停止上班|放假|休市|说|称|在|于|与|和|到)|将)`;

/** `昨(16)日`, `今(3)日`, `明(27)日`, `今(26)晚`, `(30)日`: the word and, in brackets, the day of the month. */
export const BRACKET_DAY = `(?<bw>昨|今|明|前|本月)? ?\\((?<bd>[12]\\d|3[01]|0?[1-9])\\) ?(?:日|晚|晨|早|夜)`;

/** `当天`, `次日`, `翌日` (Taiwan's `隔天`), `同日`: a day counted from the last day the text stated. */
export const ANCHORED_DAY = `(?<![相担充适妥应正恰便稳得上每])(?<aw>当日|当天|当晚|当夜|同日|同一天|次日|翌日|隔天|隔日|第二天|前一[天日晚](?= ?\\())(?!而语)`;

/**
 * `次月`, `翌月`, `同月`: a month counted from the last month the text stated; not before a day or `份` (`同月15日` is
 * read with its day), nor after a number.
 */
export const ANCHORED_MONTH = `(?<![\\d${CN_DIGIT}十每])(?<am>次|翌|同)月(?![\\d${CN_DIGIT}十廿卅份])`;

/** `十日`, `二十日`, `廿三日`: a day in Chinese numerals (one digit alone, `五日`, reads as five days). */
export const CN_DAY_ONLY = `(?<![${CN_DIGIT}十百千万两廿卅初月日号第每前后近数几这那个上下本当同次翌昨今明\\d])(?<d>[二三]十[一二三四五六七八九]?|十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?) ?(?<ds>日)(?!内|之内|以内|之后|以后|后|间|来|左右|游|谈|余|多|制|元)`;

/**
 * `“十四五”期间`, `十三五时期`, `“十五五”末`, `「十四五」规划期间`: the years of a five-year plan, by its number before `五`,
 * with a word of its time after it (the plan's name alone, `“十四五”规划`, is a document).
 */
export const PLAN = `(?<![\\d${CN_DIGIT}十第])[“"「]?(?<plan>十[一二三四五六七八九]|[一二三四五六七八九])五[”"」]?(?:规划|计划)?(?<pp>期间|时期|末期|末|初期|初|开局之年|收官之年)`;

/** `近日`, `最近`, `近年`: recent, with no date to give (years are kept as an approximate range). */
export const RECENT = `(?<rc>近日|日前|近期|最近|近来|近些年|近几年|近年来|近年|这些年|这几年)`;

/** `上周一`, `星期三`, `下周末`, `这个星期一`. */
export const WEEK = `(?<wp>上上个?|下下个?|上一个|下一个|上个|下个|这个|本|上|下|这|最后一个的?)?(?<wu>星期|礼拜|周)(?<wd>[一二三四五六日天1-7]|末)?`;

/** Festivals without a year (the year comes from the text or the publication date). */
export const HOLIDAY_ONLY = `(?<hol>${HOLIDAY})`;

/** Between two dates of a range. */
export const RANGE_LINK = ` ?(?:至|到|-|—|–|~|－) ?`;
