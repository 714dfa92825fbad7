import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchoredMatches } from './anchored';
import { normalize } from './normalize';
import * as P from './patterns';
import { HOLIDAY_ANCHORS, RULES } from './recognize';

const ANCHORED = RULES.filter((rule) => rule.anchor);

/** Every match as the test compares it: where it starts and what it holds, groups included. */
const shown = (matches: Iterable<RegExpExecArray>) =>
	[...matches].map((match) => [match.index, match[0], JSON.stringify(match.groups ?? {})].join(' '));

function sameAsMatchAll(text: string) {
	for (const { regex, sticky, anchor } of ANCHORED)
		expect(shown(anchoredMatches(text, sticky, anchor!)), regex.source.slice(0, 60)).toEqual(
			shown(text.matchAll(regex))
		);
}

const FIXTURES = join(import.meta.dirname, 'fixtures');

describe('anchoredMatches', () => {
	it('finds what matchAll finds, for every anchored rule, in every Chinese fixture', () => {
		const texts = readdirSync(FIXTURES).filter((name) => name.endsWith('.txt'));
		expect(texts.length).toBeGreaterThan(10);
		for (const name of texts) sameAsMatchAll(normalize(readFileSync(join(FIXTURES, name), 'utf8')));
	});
	it('finds what matchAll finds in text built of date words, numbers and other characters', () => {
		const piece = fc.constantFrom(
			...[
				'2014',
				'年',
				'月',
				'日',
				'号',
				'二',
				'〇',
				'十',
				'千',
				'百',
				'两',
				'1',
				'0',
				' ',
				'农历',
				'清',
				'光绪'
			],
			...[
				'三十',
				'去',
				'今',
				'明',
				'前',
				'后',
				'上',
				'下',
				'近',
				'过去',
				'未来的',
				'个',
				'多',
				'星期',
				'礼拜'
			],
			...['周', '天', '代', '世纪', '初', '底', '末', '季度', '半年', '春', '节', '中秋', '除夕', '大年初三'],
			...['至', '-', '到', '以来', '，', '。', '的', '在', '是', '国', '会', '\n']
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => sameAsMatchAll(pieces.join(''))),
			{ seed: 10, numRuns: 400 }
		);
	});
	it('is given anchors every festival name holds', () => {
		for (const name of P.HOLIDAY.split('|'))
			expect(
				[...name].some((unit) => HOLIDAY_ANCHORS.includes(unit)),
				name
			).toBe(true);
	});
});
