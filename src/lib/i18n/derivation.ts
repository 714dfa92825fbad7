/**
 * An event's derivation (`model/derivation.ts`) in the reader's language. The source's own words
 * (`今年`, `last year`, a festival's name) are quoted as written; everything else is said in the
 * interface's language, so a Chinese card or CSV holds no English sentence. Pure and small: dates are
 * written by `dates.ts`, which uses no date library.
 */
import type { Derivation, DerivationStep, StepOf } from '$lib/model/derivation';
import type { Language } from '$lib/model/schema';
import { formatPartialDate } from './dates';

type Unit = StepOf<'before-publication'>['unit'];
type Phrases = { [R in DerivationStep['rule']]: (step: StepOf<R>) => string };

interface Wording {
	join: string;
	phrases: Phrases;
	/** What a phrase becomes once built: the script, the quotation marks. */
	finish: (phrase: string) => string;
}

/** A date as the card writes it elsewhere (`dates.ts`): the derivation names the same day the same way. */
const zhDate = (iso: string) => formatPartialDate(iso, 'zh-Hant');
const enDate = (iso: string) => formatPartialDate(iso, 'en');

const signed = (n: number, unit: (n: number) => string, before: string, after: string) =>
	n === 0 ? '' : `${n < 0 ? before : after}${unit(Math.abs(n))}`;

/** Source words inside a Chinese phrase are marked, so that turning the phrase Simplified leaves them be. */
const OPEN = '\ue000';
const CLOSE = '\ue001';
const q = (words: string) => `${OPEN}${words}${CLOSE}`;
const pub = (day: string) => `發表日期${zhDate(day)}`;
const ZH_UNITS: Record<Unit, string> = { year: '年', month: '個月', week: '週', day: '天' };

/** The phrases in Traditional characters; Simplified is the same with `SIMPLIFIED` applied. */
const ZH_HANT: Phrases = {
	explicit: ({ date }) => `原文寫明${zhDate(date)}`,
	'two-digit-year': ({ digits, year }) => `兩位數年份${q(digits)}讀作${year}年`,
	'relative-year': ({ word, year, base }) => `${q(word)}即${year}年，以發表年份${base}年推算`,
	'counted-year': ({ word, year, quote }) => `${q(word)}即${year}年，從前文的${q(quote)}算起`,
	'stated-year': ({ year, quote }) => `年份${year}年取自前文的${q(quote)}`,
	'restated-year': ({ year, quote }) => `年份${year}年取自正文的${q(quote)}`,
	'sentence-year': ({ year, quote }) => `年份${year}年取自同一句的${q(quote)}`,
	'period-year': ({ year, quote }) => `在同一句${q(quote)}為止的期間內，即${year}年`,
	'section-year': ({ year, quote }) => `年份${year}年取自所屬小標題${q(quote)}`,
	'again-year': ({ year, quote }) => `再次發生於同一句${q(quote)}之後，即${year}年`,
	'delayed-year': ({ year, quote }) => `延後到同一句${q(quote)}之後，即${year}年`,
	'lunar-year': ({ year, within }) => `${within}年內的這一天屬於農曆${year}年`,
	'stated-month': ({ month }) => `月份${zhDate(month)}取自前文的日期`,
	'counted-month': ({ word, offset, month }) =>
		`${q(word)}即${zhDate(month)}，${offset ? `前文所說月份的${offset < 0 ? '前' : '後'}${Math.abs(offset)}個月` : '與前文所說月份同月'}`,
	'sentence-month': ({ month, quote }) => `月份${zhDate(month)}取自同一句的${q(quote)}`,
	'publication-year': ({ year, published, ahead }) =>
		`年份${year}年取${ahead ? `${pub(published)}當天或之後最早` : `最接近${pub(published)}`}者`,
	'publication-month': ({ month, published, ahead }) =>
		`月份${zhDate(month)}取${ahead ? `${pub(published)}當天或之後最早` : `最接近${pub(published)}`}者`,
	'nearest-weekday': ({ word, direction, published, weekLater }) =>
		`${q(word)}取${pub(published)}當天或${direction === 'past' ? '之前' : '之後'}最近的一天${weekLater ? '再過一週' : ''}`,
	'relative-month': ({ word, month, published }) => `${q(word)}即${zhDate(month)}，以${pub(published)}推算`,
	'relative-day': ({ word, offset, published }) =>
		`${q(word)}即${pub(published)}${signed(offset, (n) => `${n}天`, '之前', '之後')}`,
	'written-day': ({ day, date }) => `文中寫明的${day}日即${zhDate(date)}`,
	'counted-day': ({ word, offset, quote, from }) =>
		`${q(word)}即前文${q(quote)}所說的${zhDate(from)}${signed(offset, (n) => `${n}天`, '之前', '之後')}`,
	'counted-week': ({ word, offset, quote, from }) =>
		`${q(word)}在前文${q(quote)}所說的${zhDate(from)}所在那一週${signed(offset, (n) => `${n}週`, '之前', '之後')}`,
	dateline: ({ quote, date }) => `電頭${q(quote)}：以發稿日${zhDate(date)}為發表日期`,
	'relative-week': ({ word, offset, published }) =>
		`${q(word)}在${pub(published)}所在那一週${signed(offset, (n) => `${n}週`, '之前', '之後')}`,
	'year-part': ({ word, year }) => `${year}年的${q(word)}`,
	'month-part': ({ word, month }) => `${zhDate(month)}的${q(word)}`,
	'lunar-month': ({ month, year }) => `${year}年農曆${month}月`,
	'lunar-date': ({ month, day, year, date }) => `${year}年農曆${month}月${day}日即${zhDate(date)}`,
	'years-after': ({ count, quote }) => `前文的${q(quote)}之後${count}年`,
	'before-publication': ({ count, unit, published }) => `${pub(published)}之前${count}${ZH_UNITS[unit]}`,
	'after-publication': ({ count, unit, published }) => `${pub(published)}之後${count}${ZH_UNITS[unit]}`,
	'around-publication': ({ count, unit, direction, published }) =>
		`${pub(published)}${direction === 'up-to' ? '之前' : '之後'}的${count}${ZH_UNITS[unit]}`,
	decade: ({ start, latest, part }) =>
		`${start}年起的十年${latest ? `（${latest === 'publication' ? '發表前' : '2000年前'}最近的一個）` : ''}${part ? `的${q(part)}` : ''}`,
	century: ({ start, part }) => `${start}年起的一百年${part ? `的${q(part)}` : ''}`,
	'five-year-plan': ({ plan, start, part }) =>
		`第${plan}個五年規劃，${start}年至${start + 4}年${part ? `的${q(part)}` : ''}`,
	'relative-season': ({ word, start, published, calendar }) =>
		`${q(word)}即${calendar ? `${start}年` : `${start}年至${start + 1}年`}的賽季，從${pub(published)}時的賽季推算`,
	'this-quarter': ({ word, quote, published }) =>
		quote ? `${q(word)}即前文的${q(quote)}` : `${q(word)}即${pub(published ?? '')}所在的季度`,
	'fiscal-year': ({ word, year, start }) => `${q(word)}屬${year}財年，自${zhDate(start)}起`,
	'school-year': ({ word, start }) => `${q(word)}即自${zhDate(start)}起至翌年8月的學年`,
	'recent-years': ({ base }) => `近年，取發表年份${base}年之前的三年`,
	'nearest-holiday': ({ name, published, ahead }) =>
		`${ahead ? `${pub(published)}當天或之後最早` : `最接近${pub(published)}`}的${q(name)}`,
	holiday: ({ name, year, date, lunar }) =>
		`${year}年的${q(name)}是${zhDate(date)}${lunar ? '（依農曆換算）' : ''}`,
	open: () => '自那時起至今',
	approximate: () => '文中說的是約略的時間',
	'as-written': () => '文中所寫',
	edition: ({ ordinal, ties, every }) =>
		`${q(ordinal)}由${ties.map((tie) => `${q(tie.ordinal)}＝${tie.year}年`).join('、')}推算：每${every === 1 ? '' : ` ${every} `}年一屆`,
	merged: ({ quotes }) => `編者併入了${quotes.map(q).join('、')}`,
	curated: ({ note }) => (note ? `編者補充：${q(note)}` : '編者補充'),
	renamed: () => '標題經編者修改',
	redated: () => '日期經編者修改',
	relinked: ({ quote }) => `編者改連到別的字句（原為${q(quote)}）`,
	timelinejs: ({ date }) => `取自 TimelineJS 的日期${zhDate(date)}`,
	note: ({ text }) => `附註：${q(text)}`
};

/** Every Traditional character the phrases above use that Simplified writes otherwise. */
const SIMPLIFIED: Record<string, string> = Object.fromEntries(
	'寫写兩两數数讀读發发從从個个週周後后農农曆历換换說说約约時时屆届編编併并補补註注當当間间屬属標标題题內内這这於于電电頭头為为經经連连別别規规劃划賽赛財财學学'
		.match(/../g)!
		.map((pair) => [pair[0], pair[1]])
);

function toSimplified(phrase: string): string {
	let out = '';
	let quoted = false;
	for (const char of phrase) {
		if (char === OPEN || char === CLOSE) quoted = char === OPEN;
		out += quoted ? char : (SIMPLIFIED[char] ?? char);
	}
	return out;
}

const zhQuotes = (phrase: string) => phrase.replaceAll(OPEN, '「').replaceAll(CLOSE, '」');

const WORDING: Record<Language, Wording> = {
	'zh-Hant': { join: '；', phrases: ZH_HANT, finish: zhQuotes },
	'zh-Hans': { join: '；', phrases: ZH_HANT, finish: (phrase) => zhQuotes(toSimplified(phrase)) },
	en: {
		join: '; ',
		finish: (phrase) => phrase,
		phrases: {
			explicit: ({ date }) => `written ${enDate(date)}`,
			'two-digit-year': ({ digits, year }) => `the two-digit year “${digits}” read as ${year}`,
			'relative-year': ({ word, year, base }) => `“${word}” = ${year}, from the publication year ${base}`,
			'counted-year': ({ word, year, quote }) => `“${word}” = ${year}, counted from “${quote}” before it`,
			'stated-year': ({ year, quote }) => `the year ${year} from “${quote}” before it`,
			'restated-year': ({ year, quote }) => `the year ${year} from “${quote}” in the story`,
			'sentence-year': ({ year, quote }) => `the year ${year} from “${quote}” in the same sentence`,
			'period-year': ({ year, quote }) => `within the period up to “${quote}” in the same sentence: ${year}`,
			'section-year': ({ year, quote }) => `the year ${year} from the section heading “${quote}”`,
			'again-year': ({ year, quote }) => `again after “${quote}” in the same sentence: ${year}`,
			'delayed-year': ({ year, quote }) => `put off until after “${quote}” in the same sentence: ${year}`,
			'lunar-year': ({ year, within }) => `within ${within}, the lunar year that began in ${year}`,
			'stated-month': ({ month }) => `the month ${enDate(month)} from the date before it`,
			'counted-month': ({ word, offset, month }) =>
				`“${word}” = ${enDate(month)}, ${Math.abs(offset)} month${Math.abs(offset) === 1 ? '' : 's'} ${offset < 0 ? 'before' : 'after'} the month stated before it`,
			'sentence-month': ({ month, quote }) =>
				`the month ${enDate(month)} from “${quote}” in the same sentence`,
			'publication-year': ({ year, published, ahead }) =>
				`the year ${year}, ${ahead ? 'the first on or after' : 'nearest'} the publication date ${enDate(published)}`,
			'publication-month': ({ month, published, ahead }) =>
				`the month ${enDate(month)}, ${ahead ? 'the first on or after' : 'nearest'} the publication date ${enDate(published)}`,
			'nearest-weekday': ({ word, direction, published, weekLater }) =>
				`“${word}”, ${weekLater ? 'a week after ' : ''}the nearest such day on or ${direction === 'past' ? 'before' : 'after'} the publication date ${enDate(published)}`,
			'relative-month': ({ word, month, published }) =>
				`“${word}” = ${enDate(month)}, from the publication date ${enDate(published)}`,
			'relative-day': ({ word, offset, published }) =>
				`“${word}” = the publication date ${enDate(published)}${signed(offset, (n) => ` ${n} day${n === 1 ? '' : 's'}`, ' −', ' +')}`,
			'written-day': ({ day, date }) => `the day written, ${day}, is ${enDate(date)}`,
			'counted-day': ({ word, offset, quote, from }) => {
				const days = Math.abs(offset);
				const shift = offset ? `${days} day${days === 1 ? '' : 's'} ${offset < 0 ? 'before' : 'after'} ` : '';
				return `“${word}” = ${shift}${enDate(from)}, the day “${quote}” stated before it`;
			},
			'counted-week': ({ word, offset, quote, from }) =>
				`“${word}”, in the week of ${enDate(from)}, the day “${quote}” stated before it${signed(offset, (n) => ` ${n} week${n === 1 ? '' : 's'}`, ' −', ' +')}`,
			dateline: ({ quote, date }) =>
				`the dateline “${quote}”: the filing date ${enDate(date)} taken as the publication date`,
			'relative-week': ({ word, offset, published }) =>
				`“${word}”, in the week of the publication date ${enDate(published)}${signed(offset, (n) => ` ${n} week${n === 1 ? '' : 's'}`, ' −', ' +')}`,
			'year-part': ({ word, year }) => `“${word}” of ${year}`,
			'month-part': ({ word, month }) => `“${word}” of ${enDate(month)}`,
			'lunar-month': ({ month, year }) => `lunar month ${month} of ${year}`,
			'lunar-date': ({ month, day, year, date }) => `lunar ${month}/${day} of ${year} = ${enDate(date)}`,
			'years-after': ({ count, quote }) =>
				`${count} year${count === 1 ? '' : 's'} after “${quote}” before it`,
			'before-publication': ({ count, unit, published }) =>
				`${count} ${unit}${count === 1 ? '' : 's'} before the publication date ${enDate(published)}`,
			'after-publication': ({ count, unit, published }) =>
				`${count} ${unit}${count === 1 ? '' : 's'} after the publication date ${enDate(published)}, as said in a quotation`,
			'around-publication': ({ count, unit, direction, published }) =>
				`the ${count} ${unit}${count === 1 ? '' : 's'} ${direction === 'up-to' ? 'up to' : 'after'} the publication date ${enDate(published)}`,
			decade: ({ start, latest, part }) =>
				`the decade from ${start}${latest ? `, the latest before ${latest === 'publication' ? 'publication' : '2000'}` : ''}${part ? `, “${part}”` : ''}`,
			century: ({ start, part }) => `the hundred years from ${start}${part ? `, “${part}”` : ''}`,
			'five-year-plan': ({ plan, start, part }) =>
				`the ${plan}${plan === 2 ? 'nd' : plan === 3 ? 'rd' : plan === 1 ? 'st' : 'th'} five-year plan, ${start} to ${start + 4}${part ? `, “${part}”` : ''}`,
			'relative-season': ({ word, start, published, calendar }) =>
				`“${word}” = the ${calendar ? start : `${start}–${start + 1}`} season, counted from the one at the publication date ${enDate(published)}`,
			'this-quarter': ({ word, quote, published }) =>
				quote
					? `“${word}” = “${quote}” before it`
					: `“${word}” = the quarter of the publication date ${enDate(published ?? '')}`,
			'fiscal-year': ({ word, year, start }) =>
				`“${word}” of the fiscal year ${year}, which began in ${enDate(start)}`,
			'school-year': ({ word, start }) =>
				`“${word}” = the school year from ${enDate(start)} to the next August`,
			'recent-years': ({ base }) => `recent years, taken as the three before the publication year ${base}`,
			'nearest-holiday': ({ name, published, ahead }) =>
				`the “${name}” ${ahead ? 'first on or after' : 'nearest'} the publication date ${enDate(published)}`,
			holiday: ({ name, year, date, lunar }) =>
				`“${name}” of ${year} = ${enDate(date)}${lunar ? ' (lunar calendar)' : ''}`,
			open: () => 'from then on, still running',
			approximate: () => 'the text gives it as approximate',
			'as-written': () => 'as written',
			edition: ({ ordinal, ties, every }) =>
				`“${ordinal}” dated from ${ties.map((tie) => `“${tie.ordinal}” = ${tie.year}`).join(' and ')}: one edition every ${every === 1 ? 'year' : `${every} years`}`,
			merged: ({ quotes }) => `merged by an editor with ${quotes.map((words) => `“${words}”`).join(', ')}`,
			curated: ({ note }) => (note ? `added by an editor: ${note}` : 'added by an editor'),
			renamed: () => 'title changed by an editor',
			redated: () => 'date changed by an editor',
			relinked: ({ quote }) => `linked by an editor to other words (before: “${quote}”)`,
			timelinejs: ({ date }) => `from a TimelineJS date, ${enDate(date)}`,
			note: ({ text }) => `note: ${text}`
		}
	}
};

/** One step in `lang`. */
export function describeStep(step: DerivationStep, lang: Language): string {
	const wording = WORDING[lang];
	const phrase = wording.phrases[step.rule] as (step: DerivationStep) => string;
	return wording.finish(phrase(step));
}

/** The whole derivation in `lang`, one sentence. */
export function describeDerivation(derivation: Derivation, lang: Language): string {
	return derivation.map((step) => describeStep(step, lang)).join(WORDING[lang].join);
}
