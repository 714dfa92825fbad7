import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '$lib/extract';
import { normalize } from '$lib/extract/normalize';
import type { DerivationStep, StepOf } from '$lib/model/derivation';
import { ArticleMetaSchema } from '$lib/model/schema';
import { validateWith } from '$lib/model/validate';
import { describeDerivation, describeStep } from './derivation';

const published = '2025-11-11';
/** One step of every rule: the record's type makes a new rule without a sample fail to compile. */
const SAMPLES: { [R in DerivationStep['rule']]: StepOf<R> } = {
	explicit: { rule: 'explicit', date: '2014-11-19' },
	'two-digit-year': { rule: 'two-digit-year', digits: '07', year: 2007 },
	'relative-year': { rule: 'relative-year', word: '今年', year: 2025, base: 2025 },
	'counted-year': { rule: 'counted-year', word: '次年', year: 2016, quote: '2015年' },
	'stated-year': { rule: 'stated-year', year: 2014, quote: '2014年' },
	'restated-year': { rule: 'restated-year', year: 2026, quote: '今年11月22日' },
	'sentence-year': { rule: 'sentence-year', year: 2024, quote: '去年' },
	'period-year': { rule: 'period-year', year: 2025, quote: '明年6月' },
	'section-year': { rule: 'section-year', year: 2023, quote: '4月' },
	'lunar-year': { rule: 'lunar-year', year: 2023, within: 2024 },
	'stated-month': { rule: 'stated-month', month: '2014-11' },
	'again-year': { rule: 'again-year', year: 2025, quote: '2024 holiday season' },
	'delayed-year': { rule: 'delayed-year', year: 2025, quote: '去年冬至前後' },
	'counted-month': { rule: 'counted-month', word: '次月', offset: 1, month: '2003-12' },
	'sentence-month': { rule: 'sentence-month', month: '2014-11', quote: '11月3日' },
	'publication-year': { rule: 'publication-year', year: 2025, published },
	'publication-month': { rule: 'publication-month', month: '2025-11', published },
	'relative-month': { rule: 'relative-month', word: '上月', month: '2025-10', published },
	'relative-day': { rule: 'relative-day', word: '昨天', offset: -1, published },
	'written-day': { rule: 'written-day', day: 16, date: '2025-11-16' },
	'counted-day': { rule: 'counted-day', word: '次日', offset: 1, quote: '5月8日', from: '2025-05-08' },
	'counted-week': {
		rule: 'counted-week',
		word: 'following week',
		offset: 1,
		quote: '28 January',
		from: '2025-01-28'
	},
	dateline: { rule: 'dateline', quote: '新华社上海11月10日电', date: '2025-11-10' },
	'nearest-weekday': { rule: 'nearest-weekday', word: 'Tuesday', direction: 'past', published },
	'relative-week': { rule: 'relative-week', word: '下周三', offset: 1, published },
	'year-part': { rule: 'year-part', word: '上半年', year: 2025 },
	'month-part': { rule: 'month-part', word: '上旬', month: '2025-11' },
	'lunar-month': { rule: 'lunar-month', month: 8, year: 2025 },
	'lunar-date': { rule: 'lunar-date', month: 8, day: 15, year: 2025, date: '2025-10-06' },
	'years-after': { rule: 'years-after', count: 10, quote: '2015年' },
	'before-publication': { rule: 'before-publication', count: 3, unit: 'year', published },
	'after-publication': { rule: 'after-publication', count: 2, unit: 'year', published },
	'around-publication': {
		rule: 'around-publication',
		count: 2,
		unit: 'week',
		direction: 'after',
		published
	},
	decade: { rule: 'decade', start: 1990, latest: 'publication', part: '末' },
	century: { rule: 'century', start: 1800 },
	'five-year-plan': { rule: 'five-year-plan', plan: 14, start: 2021, part: '末' },
	'relative-season': { rule: 'relative-season', word: 'last season', start: 2024, published },
	'fiscal-year': { rule: 'fiscal-year', word: '第三财季', year: 2026, start: '2025-04' },
	'school-year': { rule: 'school-year', word: '2023/24学年', start: '2023-09' },
	'this-quarter': { rule: 'this-quarter', word: '本季度', quote: '第三财季' },
	'recent-years': { rule: 'recent-years', base: 2025 },
	'nearest-holiday': { rule: 'nearest-holiday', name: '春节', published },
	holiday: { rule: 'holiday', name: '中秋节', year: 2025, date: '2025-10-06', lunar: true },
	open: { rule: 'open' },
	approximate: { rule: 'approximate' },
	'as-written': { rule: 'as-written' },
	edition: {
		rule: 'edition',
		ordinal: '第五届',
		ties: [
			{ ordinal: '第二届', year: 2015 },
			{ ordinal: '第十二届', year: 2025 }
		],
		every: 1
	},
	merged: { rule: 'merged', quotes: ['2014年'] },
	curated: { rule: 'curated' },
	renamed: { rule: 'renamed' },
	redated: { rule: 'redated' },
	relinked: { rule: 'relinked', quote: '2014年' },
	timelinejs: { rule: 'timelinejs', date: '2014-11' },
	note: { rule: 'note', text: '編者所記' }
};

/** What is left once the source's own words, quoted, are taken out. */
const unquoted = (text: string) => text.replace(/「[^」]*」|“[^”]*”/g, '');
const LATIN = /[A-Za-z]/;
const HAN = /\p{Script=Han}/u;
const HAN_ALL = /\p{Script=Han}/gu;
/** The product name is a name in every language. */
const NAMES = /TimelineJS/g;

function articles() {
	const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
	const fixtures = join(import.meta.dirname, '../extract/fixtures');
	const data = join(import.meta.dirname, '../../../data');
	return [
		...readdirSync(fixtures)
			.filter((file) => file.endsWith('.txt'))
			.map((file) => extractArticle(read(fixtures, file), { published })),
		...readdirSync(data)
			.filter((file) => file.endsWith('.txt'))
			.map((file) => {
				const meta = validateWith(
					ArticleMetaSchema,
					JSON.parse(read(data, file.replace(/\.txt$/, '.meta.json')))
				);
				return extractArticle(read(data, file), meta.ok ? { meta: meta.data } : {});
			})
	];
}

describe('derivations in the reader’s language', () => {
	const steps = Object.values(SAMPLES) as DerivationStep[];

	it('says no English under a Chinese interface, for every rule', () => {
		for (const lang of ['zh-Hant', 'zh-Hans'] as const)
			for (const step of steps)
				expect(unquoted(describeStep(step, lang)).replace(NAMES, ''), step.rule).not.toMatch(LATIN);
	});

	it('says no Chinese under English, except the source’s words in quotation marks', () => {
		for (const step of steps.filter((step) => step.rule !== 'note'))
			expect(unquoted(describeStep(step, 'en')), step.rule).not.toMatch(HAN);
	});

	it('writes Simplified in Simplified characters and leaves the quoted source words alone', () => {
		for (const step of steps)
			for (const char of unquoted(describeStep(step, 'zh-Hans')).match(HAN_ALL) ?? [])
				expect(normalize(char), `${step.rule}: ${char}`).toBe(char);
		expect(describeStep(SAMPLES['lunar-month'], 'zh-Hans')).toBe('2025年农历8月');
		expect(describeStep(SAMPLES['lunar-month'], 'zh-Hant')).toBe('2025年農曆8月');
		const quoted = { rule: 'relative-year', word: '後年', year: 2027, base: 2025 } as const;
		expect(describeStep(quoted, 'zh-Hans')).toContain('「後年」');
		expect(describeStep(quoted, 'zh-Hans')).toContain('发表');
	});

	it('words each step of a derivation in order', () => {
		expect(describeDerivation([SAMPLES.explicit, SAMPLES.open], 'en')).toBe(
			'written November 19, 2014; from then on, still running'
		);
		expect(describeDerivation([SAMPLES.explicit, SAMPLES.open], 'zh-Hant')).toBe(
			'原文寫明2014年11月19日；自那時起至今'
		);
	});

	it('holds for every event the extractor finds in the seed, the fixtures and data/', () => {
		const events = articles().flatMap((data) => data.events);
		expect(events.length).toBeGreaterThan(30);
		for (const event of events) {
			for (const lang of ['zh-Hant', 'zh-Hans'] as const)
				expect(unquoted(describeDerivation(event.derivation, lang)), event.quote).not.toMatch(LATIN);
			expect(unquoted(describeDerivation(event.derivation, 'en')), event.quote).not.toMatch(HAN);
		}
	});
});

describe('the rules that place a Chinese date by its sentence, section, calendar and day', () => {
	/** Every rule below, worded in the three languages. */
	const WORDED: [DerivationStep, string, string, string][] = [
		[
			SAMPLES['sentence-year'],
			'年份2024年取自同一句的「去年」',
			'年份2024年取自同一句的「去年」',
			'the year 2024 from “去年” in the same sentence'
		],
		[
			SAMPLES['section-year'],
			'年份2023年取自所屬小標題「4月」',
			'年份2023年取自所属小标题「4月」',
			'the year 2023 from the section heading “4月”'
		],
		[
			SAMPLES['lunar-year'],
			'2024年內的這一天屬於農曆2023年',
			'2024年内的这一天属于农历2023年',
			'within 2024, the lunar year that began in 2023'
		],
		[
			SAMPLES['sentence-month'],
			'月份2014年11月取自同一句的「11月3日」',
			'月份2014年11月取自同一句的「11月3日」',
			'the month November 2014 from “11月3日” in the same sentence'
		],
		[
			SAMPLES['written-day'],
			'文中寫明的16日即2025年11月16日',
			'文中写明的16日即2025年11月16日',
			'the day written, 16, is November 16, 2025'
		],
		[
			SAMPLES['counted-day'],
			'「次日」即前文「5月8日」所說的2025年5月8日之後1天',
			'「次日」即前文「5月8日」所说的2025年5月8日之后1天',
			'“次日” = 1 day after May 8, 2025, the day “5月8日” stated before it'
		],
		[
			SAMPLES.dateline,
			'電頭「新华社上海11月10日电」：以發稿日2025年11月10日為發表日期',
			'电头「新华社上海11月10日电」：以发稿日2025年11月10日为发表日期',
			'the dateline “新华社上海11月10日电”: the filing date November 10, 2025 taken as the publication date'
		],
		[
			{ ...SAMPLES['publication-year'], ahead: true },
			'年份2025年取發表日期2025年11月11日當天或之後最早者',
			'年份2025年取发表日期2025年11月11日当天或之后最早者',
			'the year 2025, the first on or after the publication date November 11, 2025'
		],
		[
			{ ...SAMPLES['nearest-holiday'], ahead: true },
			'發表日期2025年11月11日當天或之後最早的「春节」',
			'发表日期2025年11月11日当天或之后最早的「春节」',
			'the “春节” first on or after the publication date November 11, 2025'
		]
	];

	it('are worded in zh-Hant, zh-Hans and en', () => {
		for (const [step, hant, hans, en] of WORDED) {
			expect(describeStep(step, 'zh-Hant'), step.rule).toBe(hant);
			expect(describeStep(step, 'zh-Hans'), step.rule).toBe(hans);
			expect(describeStep(step, 'en'), step.rule).toBe(en);
		}
	});

	/** The derivation of the event quoted `quote` in an article of a title and `lines`. */
	function derivationOf(published: string, quote: string, ...lines: string[]) {
		const data = extractArticle(['标题', ...lines].join('\n'), { published });
		const event = data.events.find((e) => e.quote === quote);
		expect(event, quote).toBeDefined();
		return event!.derivation;
	}

	it('are the steps the extractor writes', () => {
		expect(derivationOf('2025-03-01', '9月3日', '2019年，公司成立。', '去年，书市于9月3日闭幕。')).toEqual([
			{ rule: 'sentence-year', year: 2024, quote: '去年' }
		]);
		expect(
			derivationOf(
				'2024-12-31',
				'4月28日',
				'2024，城市记忆。',
				'【4月】老街开街。工程二○二二年九月启动。4月28日，老街重新开放。'
			)
		).toEqual([{ rule: 'section-year', year: 2024, quote: '4月' }]);
		expect(
			derivationOf('2024-03-01', '腊月二十三', '2024年1月，老街办年货节；腊月二十三那天人最多。')
		).toEqual([
			{ rule: 'stated-year', year: 2024, quote: '2024年1月' },
			{ rule: 'lunar-year', year: 2023, within: 2024 },
			{ rule: 'lunar-date', month: 12, day: 23, year: 2023, date: '2024-02-02' }
		]);
		expect(derivationOf('2025-06-01', '20日', '今年5月，展会开幕，20日闭幕。')).toEqual([
			{ rule: 'sentence-month', month: '2025-05', quote: '今年5月' }
		]);
		expect(derivationOf('2024-03-13', '昨（11）日', '衛生局昨（11）日指出，疫苗開放預約。')).toEqual([
			{ rule: 'relative-day', word: '昨(11)日', offset: -1, published: '2024-03-13' },
			{ rule: 'written-day', day: 11, date: '2024-03-11' }
		]);
		expect(derivationOf('2023-12-28', '次日', '展会5月20日开幕，次日观众破万。')).toEqual([
			{ rule: 'counted-day', word: '次日', offset: 1, quote: '5月20日', from: '2023-05-20' }
		]);
		expect(derivationOf('2025-11-11', '今天', '新华社杭州11月10日电 今天，新馆开放。')).toEqual([
			{ rule: 'dateline', quote: '11月10日', date: '2025-11-10' },
			{ rule: 'relative-day', word: '今天', offset: 0, published: '2025-11-10' }
		]);
		expect(derivationOf('2024-11-20', '25日', '新馆将于25日开放。')).toEqual([
			{ rule: 'publication-month', month: '2024-11', published: '2024-11-20', ahead: true }
		]);
	});

	it('look ahead alike whether a Chinese word or an English future says so', () => {
		const ahead = [{ rule: 'publication-year', year: 2025, published: '2024-11-20', ahead: true }];
		expect(derivationOf('2024-11-20', '3月', '新馆将于3月开放。')).toEqual(ahead);
		const english = extractArticle('Library\nThe new library will open in March.', {
			published: '2024-11-20'
		});
		expect(english.article.language).toBe('en');
		expect(english.events.map((event) => event.derivation)).toEqual([ahead]);
		expect(derivationOf('2024-11-20', '3月', '新馆3月开放。')).toEqual([
			{ rule: 'publication-year', year: 2024, published: '2024-11-20' }
		]);
	});
});
