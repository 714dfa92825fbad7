import { describe, expect, it } from 'vitest';
import { editionYear, findEditions } from './editions';
import { normalize } from './normalize';

describe('editions', () => {
	it('finds ordinals with their series, not counts', () => {
		const text = normalize(
			'在2025年第十二屆世界網際網路大會烏鎮峰會上。已連續舉辦十二屆烏鎮峰會。首届“两马同春闹元宵”活动'
		);
		expect(findEditions(text).map((e) => [e.edition, e.series])).toEqual([
			[12, '世界网际网路大会'],
			[1, '“两马同春闹元宵”活动']
		]);
	});
	it('dates an edition only from two ties that agree', () => {
		const ties = [
			{ edition: 2, year: 2015, ordinal: '第二屆' },
			{ edition: 12, year: 2025, ordinal: '第十二屆' }
		];
		expect(editionYear(5, ties)).toMatchObject({ year: 2018 });
		expect(editionYear(1, ties)).toMatchObject({
			every: 1,
			ties: [
				{ ordinal: '第二屆', year: 2015 },
				{ ordinal: '第十二屆', year: 2025 }
			]
		});
		expect(editionYear(5, ties.slice(0, 1))).toBeUndefined();
		expect(editionYear(5, [...ties, { edition: 3, year: 2020, ordinal: '第三屆' }])).toBeUndefined();
	});
});
