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
	'stated-month': { rule: 'stated-month', month: '2014-11' },
	'publication-year': { rule: 'publication-year', year: 2025, published },
	'publication-month': { rule: 'publication-month', month: '2025-11', published },
	'relative-month': { rule: 'relative-month', word: '上月', month: '2025-10', published },
	'relative-day': { rule: 'relative-day', word: '昨天', offset: -1, published },
	'nearest-weekday': { rule: 'nearest-weekday', word: 'Tuesday', direction: 'past', published },
	'relative-week': { rule: 'relative-week', word: '下周三', offset: 1, published },
	'year-part': { rule: 'year-part', word: '上半年', year: 2025 },
	'month-part': { rule: 'month-part', word: '上旬', month: '2025-11' },
	'lunar-month': { rule: 'lunar-month', month: 8, year: 2025 },
	'lunar-date': { rule: 'lunar-date', month: 8, day: 15, year: 2025, date: '2025-10-06' },
	'years-after': { rule: 'years-after', count: 10, quote: '2015年' },
	'before-publication': { rule: 'before-publication', count: 3, unit: 'year', published },
	'around-publication': {
		rule: 'around-publication',
		count: 2,
		unit: 'week',
		direction: 'after',
		published
	},
	decade: { rule: 'decade', start: 1990, latest: 'publication', part: '末' },
	century: { rule: 'century', start: 1800 },
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
