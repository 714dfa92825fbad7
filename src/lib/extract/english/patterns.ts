/**
 * The shapes of English date expressions, as regular-expression sources with named groups that
 * `recognize.ts` reads. Month and weekday names are matched capitalized only (`march` and `may` are verbs);
 * the words around them take either case at a sentence's start (`Last year`, `last year`). Spans leave
 * out a leading `the` and prepositions (`in 2015` → `2015`), as the Chinese spans leave out `在`.
 */

/** `[Ll]ast`: a word as it may open a sentence. */
const either = (word: string) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;
const words = (...list: string[]) => `(?:${list.map(either).join('|')})`;

export const MONTHS: Record<string, number> = {
	january: 1,
	jan: 1,
	february: 2,
	feb: 2,
	march: 3,
	mar: 3,
	april: 4,
	apr: 4,
	may: 5,
	june: 6,
	jun: 6,
	july: 7,
	jul: 7,
	august: 8,
	aug: 8,
	september: 9,
	sept: 9,
	sep: 9,
	october: 10,
	oct: 10,
	november: 11,
	nov: 11,
	december: 12,
	dec: 12
};

export const WEEKDAYS: Record<string, number> = {
	monday: 1,
	tuesday: 2,
	wednesday: 3,
	thursday: 4,
	friday: 5,
	saturday: 6,
	sunday: 7
};

export const NUMBERS: Record<string, number> = {
	a: 1,
	an: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	fifteen: 15,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50
};

export const ORDINALS: Record<string, number> = {
	first: 1,
	second: 2,
	third: 3,
	fourth: 4,
	fifth: 5,
	sixth: 6,
	seventh: 7,
	eighth: 8,
	ninth: 9,
	tenth: 10,
	eleventh: 11,
	twelfth: 12,
	thirteenth: 13,
	fourteenth: 14,
	fifteenth: 15,
	sixteenth: 16,
	seventeenth: 17,
	eighteenth: 18,
	nineteenth: 19,
	twentieth: 20,
	'twenty-first': 21
};

const capitalized = (list: string[]) => list.map((name) => name[0]!.toUpperCase() + name.slice(1));
const byLength = (list: string[]) => [...list].sort((a, b) => b.length - a.length);

/** Names that abbreviate a longer one (`Nov`, `Sept`): only these take a dot (after `May` or `June` it ends the sentence). */
const ABBREVIATED = capitalized(
	Object.keys(MONTHS).filter((name) =>
		Object.keys(MONTHS).some((full) => full.length > name.length && full.startsWith(name))
	)
);
/** `November`, `Nov.`, `Sept`. */
const MONTH = `(?<mon>${byLength(capitalized(Object.keys(MONTHS))).join('|')})\\b(?:(?<=\\b(?:${ABBREVIATED.join('|')}))\\.)?`;
const MONTH_2 = MONTH.replace('?<mon>', '?<mon2>');
const DAY = `(?<d>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\d:.,]\\d|\\s?%)\\b`;
const DAY_2 = DAY.replace('?<d>', '?<d2>');
/** A year is four digits from 1500 to 2100, never inside a longer figure (`1,2015`, `2015.5`, `$2015`). */
const YEAR = `(?<![\\d,.$£€¥]|[A-Za-z]-)(?<y>1[5-9]\\d\\d|20\\d\\d|2100)(?![\\d]|,\\d|\\.\\d|%)`;
const YEAR_AFTER = `(?:,? ${YEAR})`;
/** A year joined by a hyphen to a word of the pattern itself (`mid-2024`), which `YEAR` alone refuses. */
const YEAR_HYPHENED = YEAR.replace('|[A-Za-z]-', '');
const NUMBER = `(?<n>\\d{1,3}|${words(...byLength(Object.keys(NUMBERS)))}|a few|several|a couple of)`;
const UNIT = `(?<u>years?|months?|fortnights?|weeks?|days?|decades?)`;
const SEASON = `(?<season>spring|summer|autumn|fall|winter)`;
/** `Sunday night into Monday`: a night that runs into the next day joins the two days. */
const LINK = `(?<link>\\s?[-–—]\\s?| to | through | until | till | and | (?:night |evening )?into )`;

/** `November 19, 2014`, `Nov. 19`, `November 19th`. */
export const MONTH_DAY = `\\b${MONTH} ${DAY}${YEAR_AFTER}?`;
/** `19 Nov 2014`, `19th of November`. */
export const DAY_MONTH = `\\b${DAY} (?:of )?${MONTH}${YEAR_AFTER}?`;
/** `November 20 to 22`, `Nov. 20-22, 2014`, `November 30 to December 2`. */
export const MONTH_DAY_RANGE = `\\b(?<from>(?:${words('between')} |${words('from')} )?)${MONTH} ${DAY}${LINK}(?:${MONTH_2} )?${DAY_2}${YEAR_AFTER}?`;
/** `20 to 22 November 2014`. */
export const DAY_RANGE_MONTH = `\\b(?<from>(?:${words('between')} |${words('from')} )?)${DAY}${LINK}${DAY_2} ${MONTH}${YEAR_AFTER}?`;
/** `November 2014`, `Nov. 2014`, `March of 2020`, `November last year`. */
export const MONTH_YEAR = `\\b${MONTH}(?:,? | of )(?:${YEAR}|(?<ry>last|this|next) year\\b)`;
/** `next October`, `last March`: the first such month after publication, or the latest before it. */
export const ADJACENT_MONTH = `\\b(?<am>${words('last', 'next')}) ${MONTH}(?! \\d)(?!,? \\d{4})`;
/**
 * A month alone where a word before it says it is one: `in May`, `since March`, `scheduled for June`; after `for`, not
 * one that owns something (`support for May's deal` is a person's); before a figure with a decimal point (`from June to
 * August 1.4 degrees above`) it is read, as no day follows.
 */
export const MONTH_ALONE = `(?<=\\b${words('in', 'since', 'until', 'by', 'from', 'through', 'to', 'of', 'for', 'during', 'before', 'after', 'between', 'and', 'till', 'last', 'this', 'next')} )(?!(?<=\\b[Ff]or )[A-Z][a-z]+['’]s\\b)${MONTH}(?! \\d+(?![.,]\\d))`;
/**
 * `retail sales figures for September`, `the data for the third quarter`: the period figures measure, which has
 * ended when they are out or due (`are due on Tuesday` looks ahead, the month does not).
 */
export const MEASURED_BEFORE =
	/\b(?:figures|data|numbers|statistics|sales|results|earnings|payrolls|output|readings?|reports?) for (?:the )?$/i;
/**
 * `its record of 8,650, set on July 22`: a clause opened by a past participle that reads as a present (`set`, `hit`,
 * `cut`) and a word of time tells what was done; the participles in -ed are in `PAST` already.
 */
export const PARTICIPLE_OPENS =
	/^\s*(?:set|hit|cut|put|shut|cast|spread)\s(?:on|in|at|during|last|earlier)\b/;
/**
 * A month alone as the subject of a clause (`said January had so far been colder`, `February was the wettest`), not
 * after a capitalized word (`Theresa May was`).
 */
export const MONTH_SUBJECT = `(?<![A-Z][\\w'’.-]* )\\b${MONTH}(?= (?:has|had|was|is|will|saw|brought)\\b)`;
/** `early November`, `mid-November 2014`, `the end of March`, `the second half of October`. */
export const MONTH_PART = `\\b(?<mp>${words('early', 'late', 'mid', 'end of', 'beginning of', 'start of', 'middle of', 'first half of', 'second half of')})[- ]${MONTH}${YEAR_AFTER}?`;
/** `that February`: the month of the year the text last stated, as `that year` is that year. */
export const THAT_MONTH = `\\b[Tt]hat ${MONTH}(?! \\d)(?!,? \\d{4})`;
/**
 * `during the Second World War`, `in World War I`: the years a world war lasted, after a word that makes it a time
 * (`a World War II bomber` names a kind of plane; `after the war` is a time after it, which the text leaves open).
 */
export const WORLD_WAR = `(?<=\\b${words('during', 'in', 'throughout', 'through')} (?:the )?)(?<war>(?:First|Second) World War|World War (?:One|Two|II|I|1|2)|Great War)\\b`;
/** `2014-11-19`, `11/19/2014`. */
export const NUMERIC = `(?<![\\d./-])(?:(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2})|(?<um>\\d{1,2})/(?<ud>\\d{1,2})/(?<uy>\\d{4}))(?![\\d/.-]\\d)`;
/** `2015`, when no unit follows (`2000 guests` is a count: `counts.ts`). */
export const BARE_YEAR = YEAR;
/** `last year`, `this month`, `next week`, `this weekend`. */
export const RELATIVE = `(?<![Tt]he )\\b(?<dir>${words('last', 'this', 'next')}) (?<ru>year|month|week|weekend|season)\\b`;
/** `the following week`, `the previous week`: the week before or after the last day stated. */
export const CONTEXT_WEEK = `(?<=\\b[Tt]he )(?<cw>following|previous) week(?<we>end)?\\b`;
/**
 * `the following month`, `the previous month`, `the same month`: counted from the last month stated (`the next month`
 * is left: `over the next month` is a length of time from now).
 */
export const CONTEXT_MONTH = `(?<=\\b[Tt]he )(?<cm>following|previous|same) month\\b`;
/** `the following day`, `the next day`, `the previous day`: the day after or before the last day stated. */
export const CONTEXT_DAY = `(?<=\\b[Tt]he )(?<cd>following|next|previous) day\\b`;
/** `that year`, `the same year`, `the following year`, `the previous year`, `a year later`. */
export const CONTEXT_YEAR = `\\b(?:(?:${words('that')}|(?<=\\b[Tt]he )(?<cw>same|following|previous|next)) year\\b|(?<later>[Aa] year (?:later|earlier))\\b)`;
/** `over the weekend`, `at the weekend`: the nearest one. */
/**
 * `the following spring`, `the previous winter`: a season of the year after (before) the one the text stated;
 * `that summer`, `the same summer`: of that year.
 */
export const CONTEXT_SEASON = `(?:(?<=\\b[Tt]he )(?<cw>following|next|previous|same)|\\b[Tt]hat) ${SEASON}\\b(?! of\\b)`;
/** Nouns that make a holiday's name a kind of thing (`Christmas tree`, `Easter eggs`, `Black Friday deals`). */
const NAME_GOES_ON =
	'(?:trees?|eggs?|bunny|card|cards|costumes?|decorations?|lights|markets?|shopping|shoppers|sales?|deals|lunch|dinners?|present|presents|gifts?|carols?|songs?|movies?|films?|holidays?|break|season|weekend|period|rush|party|parties|special|message|address|services?|bonus)\\b';
/**
 * `Christmas Day`, `New Year’s Day`, `Easter`, `Black Friday`, `Thanksgiving` (`calendar.ts` knows their days), with a
 * year after them or not (`Easter 2025`); not inside a longer name (`Easter Island`, `Christmas tree`, `Halloween
 * costumes`: a noun after the name makes it a kind of thing; `Christmas holidays` is a period, and left).
 */
export const HOLIDAY = `\\b(?<hol>Christmas (?:Day|Eve)|Christmas|Boxing Day|New Year[’']s (?:Day|Eve)|Valentine[’']s Day|Halloween|Easter (?:Sunday|Monday)|Easter|Good Friday|Thanksgiving(?: Day)?|Black Friday)(?:,? (?<hy>1[5-9]\\d\\d|20\\d\\d))?\\b(?! (?:Island|${NAME_GOES_ON}))`;

export const THE_WEEKEND = `(?<=\\b(?:over|at|during|on) the )weekend\\b`;
/** `yesterday`, `the day before yesterday`, `tonight`, `this morning`. */
export const RELATIVE_DAY = `\\b(?<rd>${words('day before yesterday', 'day after tomorrow', 'yesterday', 'today', 'tomorrow', 'tonight', 'this morning', 'this afternoon', 'this evening', 'last night')})\\b(?!['’]s)`;
/**
 * `Tuesday`, `last Tuesday`, `next Friday` (not `Mondays`, a habit), `Monday week` (a week after the coming
 * Monday); `Wed., Dec. 10`, `Tues., Jan. 6`: a weekday abbreviated with its dot, as fixture lists and listings write it, only before a month and day (`Sun.` alone is as
 * often a newspaper).
 */
export const WEEKDAY = `\\b(?:(?<wp>${words('last', 'next', 'this')}) )?(?:(?<wd>${capitalized(Object.keys(WEEKDAYS)).join('|')})\\b(?!s)(?<ww> week\\b(?!['’]))?|(?<wa>Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\\.(?=,? [A-Z][a-z]{2,8}\\.? \\d))`;
/** `two years ago`, `a decade ago`, `a century ago`, `ten years later`, `three years on`. */
export const SPAN_AGO = `\\b${NUMBER} ${UNIT.replace('decades?', 'decades?|centur(?:y|ies)')} (?<sd>ago|later|on)\\b`;
/** `the past five years`, `the last decade`, `the next three months`. */
export const SPAN_AROUND = `(?<=\\b[Tt]he )(?<sw>past|last|next|coming|previous) (?:${NUMBER} )?${UNIT}(?!\\w)(?! of\\b)`;
/** `the 1990s`, `the early 2010s`, `the '90s`, `mid-1990s`. */
export const DECADE = `\\b(?:(?<dp>${words('early', 'mid', 'late')})[- ]|(?<de>${words('end', 'beginning', 'start')}) of the )?(?:(?<dec>1[5-9]\\d0|20\\d0)|['’](?<short>\\d0))s\\b`;
/** `the 19th century`, `the nineteenth century`, `the early 20th century`, `this century`. */
export const CENTURY = `\\b(?:(?<cp>${words('early', 'mid', 'late')})[- ])?(?:(?<cn>\\d{1,2})(?:st|nd|rd|th)|(?<cw>${byLength(Object.keys(ORDINALS)).join('|')})|(?<cr>${words('this', 'last')})) century\\b`;
/** `early 2010`, `the autumn of 2025`, `spring 2024`, `the end of last year`. */
export const YEAR_PART = `\\b(?<yp>${words('early', 'late', 'mid', 'end of', 'beginning of', 'start of', 'first half of', 'second half of', 'first quarter of', 'second quarter of', 'third quarter of', 'fourth quarter of', 'spring of', 'summer of', 'autumn of', 'fall of', 'winter of', 'spring', 'summer', 'autumn', 'fall', 'winter')})[- ](?:${YEAR_HYPHENED}|(?<ry>last|this|next) year\\b)`;
/** `the April-June quarter`, `the July–September quarter`: a quarter named by its first and last months. */
export const MONTHS_QUARTER = `\\b${MONTH}[-–—]${MONTH_2} quarter\\b`;
/** `Q3 2024`. */
export const QUARTER = `\\b(?<q>Q[1-4]) ${YEAR}`;
/**
 * `the fiscal third quarter`, `fiscal 2026`, `fiscal year 2026`, `the third quarter of fiscal 2027`: a company's or a
 * government's fiscal year and its quarters (`fiscal.ts`).
 */
export const FISCAL = `\\b(?:(?<fqo>${words('first', 'second', 'third', 'fourth')}) quarter of )?[Ff](?:iscal|inancial) (?:(?<fq>${words('first', 'second', 'third', 'fourth')}) quarter\\b|(?:year )?(?<fy>\\d{4})\\b)`;
/**
 * `the 2025-26 financial year`, `fiscal year 2025-26`, `FY30`, `FY2026`: a financial year named by the two calendar
 * years it straddles, or by the one it ends in (`fiscal.ts` says which month it opens).
 */
export const FISCAL_PAIR = `\\b(?:(?<fp1>\\d{4})[-–](?<fp2>\\d{2}) (?:[Ff]inancial|[Ff]iscal) year|(?:[Ff]inancial|[Ff]iscal) year (?<fp3>\\d{4})[-–](?<fp4>\\d{2}))\\b|\\bFY ?(?<fys>\\d{2}|\\d{4})\\b(?![-–/.]\\d)`;
/**
 * `the fourth quarter`, `the first half of the year`, `third-quarter profits`: a part of the year the text speaks
 * of, without a number.
 * A quarter or a half alone is also a period of play (`scored in the fourth quarter`, `the first half`): a
 * quarter is read only beside words of business (`BUSINESS`), a half only as `of the year`; `the end of the year`
 * (`beginning`, `start`) is this year's, as `this year` is.
 */
export const BARE_YEAR_PART = `(?<=\\b[Tt]he )(?:(?<yp>${words('first half', 'second half', 'first quarter', 'second quarter', 'third quarter', 'fourth quarter')}) of the year\\b|(?<ye>${words('end', 'beginning', 'start')}) of the year\\b|(?<bq>${words('first', 'second', 'third', 'fourth')}) quarter\\b(?! of\\b))|\\b(?<bq2>${words('first', 'second', 'third', 'fourth')})-quarter\\b(?! of\\b)`;
/** Words of a company's or an economy's figures: a quarter beside them is a quarter of the year. */
export const BUSINESS =
	/\b(?:sales|revenues?|profits?|earnings|income|turnover|margins?|results|growth|economy|GDP|output|orders|shipments|deliveries|exports|imports|inflation|prices|dividends?|percent|per cent|fiscal)\b|[$£€%]/i;
/**
 * `in the spring`, `during the summer`, `over the summer`, `in autumn`: a season of the year the text is in, as a month
 * alone is.
 */
export const THE_SEASON = `(?<=\\b(?:${words('in', 'during', 'over', 'throughout', 'by', 'since', 'until', 'through')} the|${words('in')}) )${SEASON}\\b(?! of\\b)`;
/** `this spring`, `last autumn`, `next winter`. */
/** `the 2024 holiday season`: the weeks from Thanksgiving to New Year, as shops count them (November and December). */
export const HOLIDAY_SEASON = `\\b(?<y>1[5-9]\\d\\d|20\\d\\d) holiday season\\b`;
export const THIS_SEASON = `\\b(?<this>${words('this', 'last', 'next')}) ${SEASON}\\b`;
/** `earlier this year`, `later this month`. */
export const WITHIN = `\\b(?<within>${words('earlier', 'later')}) this (?<wu>year|month|week)\\b`;
/** `year to date`, `year-to-date`: this year so far, as `今年以来`. */
export const YEAR_TO_DATE = `\\b[Yy]ear[- ]to[- ]date\\b`;
/** `this quarter`: the quarter the text last named, else publication's, as `本季度` (`quarters.ts`). */
export const THIS_QUARTER = `\\b[Tt]his quarter\\b`;
/** `in recent years`: the three years before publication, as `近年`. */
export const RECENT_YEARS = `\\b(?<=\\b[Ii]n )recent years\\b`;
/** Words that mean some time near publication without saying when: listed, never dated. */
export const VAGUE = `\\b(?:${words('recently', 'lately', 'the other day', 'in recent days', 'in recent weeks', 'in recent months')})\\b`;

/** What joins two dates into a range, and what opens or hedges one. */
export const RANGE_LINK = LINK;
/** `since 2014`, `from March`, `since the summer` (group 1: the word that opens the range). */
export const SINCE_BEFORE = /([Ss]ince|[Ff]rom) (?:the )?$/;
/**
 * `the week ended Friday`, `the week ending October 10`: a week named by its last day; `the week of March 9`, `the week
 * beginning Monday`: by its first (group 2). The span leaves out `the`.
 */
export const WEEK_ENDED_BEFORE = /\b[Tt]he (week (?:ended |ending |(of |beginning |starting )))$/;
/**
 * `since January 18th, when they beat Oakley`, `the wettest month since 2014, when the river burst its banks`: a clause
 * that tells what happened on the date before it (so no open range, and no record's baseline).
 */
export const WHEN_AFTER = /^, when\b/;
/**
 * `may resit them from`, `can be renewed from`: what is allowed from a date runs on from then, ahead of publication,
 * whatever the clause told before (`Students who failed … may resit them from mid-January`). A plan `from September
 * 1` without such a verb stays the day (the fixtures' convention), and `slipped from December 2024` is no start.
 */
export const ALLOWED_FROM_BEFORE = /\b(?:may|can|must)(?: [\w'’-]+){1,4} from $/;
export const ONWARD_AFTER = /^ (?:onwards?|on)\b(?! (?:the|a|an) )/;
export const HEDGE_BEFORE =
	/(?:[Aa]round|[Aa]bout|[Cc]irca|c\.|[Aa]pproximately|[Rr]oughly|[Ss]ome time around) $/;
export const HEDGE_AFTER = /^ or so\b/;
/**
 * `up 15 percent on last year`, `compared with the same quarter of 2023`, `61 percent since January`, `colder than
 * the average for 1991 to 2020`, `from $9 million in the same period last year`, `doubled since 2022` (a multiple
 * of that year's figure): a baseline, not an event.
 */
export const BASELINE_BEFORE =
	/(?:(?:compared (?:with|to)|than(?: in| during| for| on)?|versus|vs\.?|(?:percent|per cent|%) (?:on|over|from|since)) (?:the same [a-z]+ (?:of|in|last) |the average (?:for|of|in) )?|\bthe same (?:period|quarter|month|week|half|season|time) (?:of |in )?|\b(?:doubled|tripled|trebled|quadrupled|halved) since )$/i;
/**
 * `moved the race from October to May`, `switched it from June to September`: months a yearly event moves between
 * are places in every year's calendar, not times.
 */
export const MOVED_BEFORE =
	/\b(?:mov|switch|shift|chang|brought|bring|push)(?:e|es|ed|ing)?\b(?: (?:it|them|the [a-z]+|its [a-z]+))? (?:from )?$/i;
/**
 * `the highest annual total since 2016`, `its best year since 2019`: a record measured over the years since, a
 * baseline as `2018年以来单季最高` is, not a time something happened (`the largest since the ground was rebuilt in
 * 2009` dates the rebuilding, and `first win since January 18th, when…` the win before).
 */
export const RECORD_SINCE_BEFORE =
	/\b(?:best|worst|highest|lowest|biggest|largest|smallest|strongest|weakest|steepest|sharpest|deepest|longest|fastest|slowest|heaviest|greatest|warmest|coldest|hottest|wettest|driest|busiest|quietest|most|fewest|least)\b(?: [\w'’-]+){0,3} since $/i;
/** `usually finished by mid-October`, `normally held in July`: when something is done as a rule, no event. */
export const HABIT_BEFORE =
	/\b(?:usually|normally|typically|generally|traditionally|customarily)\b(?: [\w'’-]+){0,3} (?:by|in|on|until) $/i;
/** `until June 30, 2026`, `through March 2027`: a date that closes a period. */
export const CLOSES_BEFORE = /\b(?:until|till|through) $/;
/** `their only defeat before Christmas`, `the first snow before December`: the day bounds a count, no event. */
export const COUNT_BOUND_BEFORE = /\b(?:only|first|sole|lone)\b(?: [\w'’-]+){0,3} before $/i;
/** `below the 1981-2010 average`, `the 1991-2020 normal`: a range of years as the reference figures are measured against. */
export const REFERENCE_AFTER = /^ (?:average|mean|norms?|normals?|baseline|climatology)\b/i;
/** `treated the early twentieth century as a quiet baseline`: a period the figures are measured against. */
export const BASELINE_AFTER = /^ as (?:a|the) (?:[a-z]+ )?(?:baseline|benchmark|reference)\b/i;
/**
 * `whose fiscal year ends on January 31`, `The company's fiscal year begins on July 1`, `its fiscal year 2026 budget,
 * which runs through June 30`: the day a year of accounts ends or begins, every year; `so the quarter runs from October through December`: the months that define a
 * quarter of it. Neither is an event.
 */
export const FISCAL_BOUND_BEFORE =
	/(?:(?:fiscal|financial) (?:year(?: \d{4})?|\d{4})(?: budgets?| plans?| accounts)?,? (?:which |that )?(?:(?:ends|ended|closes|closed|begins|began|starts|started) on|runs (?:to|through|until|till)) |\bquarter (?:runs|covers|spans) (?:from )?)$/i;
/**
 * Verbs that say a clause speaks of the past: auxiliaries, past forms news uses most, and regular past
 * forms (`opened`), not words that only end in `ed` (`need`, `hundred`).
 */
export const PAST =
	/\b(?:was|were|had|did|said|told|took|began|met|won|lost|went|came|gave|made|left|fell|rose|became|saw|sold|found|brought|built|led|spent|struck|wrote|ran|paid|kept|held|stood|grew|taught|thought|bought|sent|felt|knew|wound|drove|flew|spoke|chose|broke)\b|\b(?!(?:ne|spe|fe|se|bre|exce|proce|succe|inde|hundr|sh)ed\b)[a-z]{2,}ed\b/;
/**
 * `that the council introduced on Monday`, `imposed last Tuesday`: a verb in the past right before the day, after no
 * word that makes it a participle of what is ahead or passive (`will be closed on Monday`, `has been moved to`), and not
 * a word of a schedule (`results expected on Friday will show`).
 */
export const PAST_VERB_BEFORE = new RegExp(
	`\\b(?!(?:be|been|being|is|are|was|were|am|get|gets|got)\\b)[a-z]+ (?!(?:expected|scheduled|planned|slated|due)\\b)(?:${PAST.source}) (?:on |last )?$`
);
/** `and again on Black Friday`, `again in March`: a time that comes again after one its sentence stated. */
export const AGAIN_BEFORE = /\bagain (?:on |in |at |during |over )?$/;
/** Verbs of the present that tell a state or a habit, neither past nor ahead. */
export const PRESENT = /\b(?:is|are|am|has|have|do|does|can|may|must|says|say|remains|stays)\b/;
/**
 * A scheduled event told in the present tense, as news tells what is ahead (`The pool reopens on Saturday`,
 * `before the council votes on October 8`, `Tickets go on sale on Thursday`, `which runs until February 28`, `The
 * theatre is closed on Christmas Day`),
 * where no verb of the past shares its clause; plurals only of verbs and phrases no noun reads as (`the vote`, `the
 * start`), so `Carvers begin work Friday`, `Both lanes reopen Monday`, `Viewings begin on Thursday`; `meet`, `play` and
 * `face`, which are nouns too (`a swim meet`, `the play opens`), only after sides that play (`The teams meet again on
 * Jan. 24`).
 */
const SCHEDULE_PRESENT =
	'(?:re)?(?:opens|closes|begins|starts|ends|hosts|launches|resumes|returns|premieres|debuts|arrives|departs|votes|meets|kicks? off|takes? place|go(?:es)? on sale|runs? (?:until|till|through)|(?:is|are) (?:closed|open|shut))';
export const SCHEDULED = new RegExp(
	`\\b${SCHEDULE_PRESENT}\\b|\\b(?:begin|reopen|resume|arrive)\\b|\\b(?:they|teams|sides|clubs|two|both) (?:meet|play|face)\\b`
);
/**
 * `will go on sale on Friday, three weeks after unveiling it in late October`: a count of time after what was done
 * then reaches back before the plan, to a date that is past.
 */
export const COUNTED_BACK_BEFORE = /\b(?:days?|weeks?|months?|years?) after [a-z]+ing\b[^.;]{0,40}$/;

/**
 * A scheduled verb of the present right before the date, with at most its preposition between (`runs until 10
 * January`); not a bare verb, which may be reported from the past (`said the site would reopen in June`).
 */
export const SCHEDULED_BEFORE = new RegExp(`\\b${SCHEDULE_PRESENT} (?:on |from |in |at )?$`);

/**
 * Words that say a clause speaks of the future (`figures are due on Tuesday`), `could` and `would` among them (`snow could fall from Saturday`,
 * `said trucks would work on Saturday`: in news, reported plans; `said more rain was likely from Sunday`, a forecast), but
 * not `would have` (what did not happen),
 * nor `plan` as a thing (`approved a £40 million plan on Tuesday`: after an article, a possessive or an amount).
 */
export const FUTURE =
	/\b(?<!\b(?:was|were|had|been) )(?:will|shall|is to|are to|(?<!\b(?:a|an|the|its|their|his|her|our|this|that|whose|million|billion|new) )plans?|planned|intends?|expects?|expected|scheduled|due to|(?:is|are) due (?:on|in|by|out)|is set to|are set to|going to|upcoming|(?:could|would|should|might)(?! have\b)|(?:is|are|was|were) likely (?=to (?!have\b)|from\b|on\b|by\b|until\b|over\b))\b/i;
