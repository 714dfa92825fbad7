/**
 * Property tests: on any text, extraction never throws, every span lies inside its paragraph with its
 * quote, every data set of text the boundary accepts validates, and the paragraphs are the source's
 * non-empty lines, unaltered; an event's title is never blank.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textProblems } from '../model/text';
import { validateDataset } from '../model/validate';
import { eventTitle } from './event-title';
import { extractArticle } from './index';
import { normalize } from './normalize';

/** Pieces that make date-like text likely, so random articles reach every rule. */
const PIECES = [
	'2014年',
	'11月',
	'19日',
	'至',
	'到',
	'-',
	'/',
	'自',
	'以來',
	'以来',
	'年代',
	'上半年',
	'年底',
	'今年',
	'去年',
	'十年過去了',
	'第十二屆',
	'首届',
	'春节',
	'中秋',
	'國慶節',
	'《',
	'》',
	'倡議',
	'论坛',
	'二〇一四',
	'十',
	'号',
	'前后',
	'约',
	'近日',
	'上周一',
	'，',
	'。',
	'\n',
	' ',
	'０',
	'9',
	'千年',
	'86個',
	'%',
	'農曆',
	'正月初一',
	'世纪'
];
const piece = fc.oneof(
	fc.constantFrom(...PIECES),
	fc.string({ maxLength: 3 }),
	fc.string({ unit: 'binary', maxLength: 2 })
);
const article = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));
const published = fc.option(
	fc
		.date({
			min: new Date('1900-01-01T00:00:00Z'),
			max: new Date('2099-12-31T00:00:00Z'),
			noInvalidDate: true
		})
		.map((d) => d.toISOString().slice(0, 10)),
	{ nil: undefined }
);

function check(source: string, day: string | undefined) {
	const data = extractArticle(source, day ? { published: day } : {});
	const result = validateDataset(data);
	// Text the boundary refuses (a NUL, a lone surrogate: `textProblems`) fails validation too; any other
	// text must validate, so extraction itself never cuts a character in two.
	if (!result.ok && textProblems(source).length === 0) throw new Error(JSON.stringify(result.problems));
	for (const item of [...data.events, ...data.undated]) {
		const text = data.paragraphs[item.paragraph]!.text;
		expect(text.slice(item.span[0], item.span[1])).toBe(item.quote);
	}
	expect(data.paragraphs.map((p) => p.text)).toEqual(
		source.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '')
	);
}

describe('extractArticle properties', () => {
	it('holds on random strings', () => {
		fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), published, check), {
			numRuns: 300,
			seed: 1
		});
	});
	it('holds on random date-laden articles', () => {
		fc.assert(fc.property(article, published, check), { numRuns: 1000, seed: 2 });
	});
});

describe('eventTitle properties', () => {
	const language = fc.constantFrom('zh-Hant' as const, 'zh-Hans' as const, 'en' as const);
	it('gives a title that is not blank for any words of a line that is not, under any line', () => {
		fc.assert(
			fc.property(article, fc.nat(), fc.nat(), language, article, (text, i, j, lang, above) => {
				const [from, to] = [i % (text.length + 1), j % (text.length + 1)].sort((a, b) => a - b);
				const span = [from!, to!] as const;
				const line = { text, normal: normalize(text), dates: [span] };
				const title = eventTitle(line, span, lang, { text: above, normal: normalize(above), dates: [] });
				if (/\S/.test(text)) expect(title).toMatch(/\S/);
			}),
			// `2014年` under `2014年`: the line above was asked for its words at [0, 0) and gave none.
			{ numRuns: 1000, seed: 3, examples: [['2014年', 0, 0, 'zh-Hant', '']] }
		);
	});
	it('gives a title that says something (a letter, a figure or a symbol) whenever the date words do', () => {
		const saysSomething = /[\p{L}\p{N}\p{S}]/u;
		fc.assert(
			fc.property(article, fc.nat(), fc.nat(), language, (text, i, j, lang) => {
				const [from, to] = [i % (text.length + 1), j % (text.length + 1)].sort((a, b) => a - b);
				const span = [from!, to!] as const;
				const title = eventTitle({ text, normal: normalize(text), dates: [span] }, span, lang);
				if (saysSomething.test(text.slice(from, to))) expect(title).toMatch(saysSomething);
			}),
			// An unassigned code point before a figure: the headline was that code point alone, saying nothing.
			{ numRuns: 1000, seed: 4, examples: [['\u{D7A4}0', 1, 2, 'zh-Hant']] }
		);
	});
});
