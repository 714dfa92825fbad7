import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract/index';
import { fittingCuration } from './carry';

const TEXT = '十年回顧\n2014年11月19日，首屆大會在烏鎮開幕。\n2015年，倡議提出。';

describe('corrections carried to a changed text', () => {
	const extracted = extractArticle(TEXT, { meta: { published: '2025-11-11' } });
	const [first, second] = extracted.events;

	it('are kept whole while they all fit', () => {
		const curation = { rename: [{ event: first!.id, title: '開幕' }], drop: [{ event: second!.id }] };
		expect(fittingCuration(extracted, curation)).toEqual({ curation, dropped: [] });
	});

	it('lose only the entries that no longer fit, each named', () => {
		const curation = {
			rename: [
				{ event: 'e-gone', title: '舊的' },
				{ event: first!.id, title: '開幕' }
			],
			add: [
				{
					paragraph: 2,
					span: [0, 5] as [number, number],
					quote: '2015年',
					start: '2015',
					precision: 'year' as const,
					title: '提出'
				},
				{
					paragraph: 1,
					span: [0, 3] as [number, number],
					quote: '改過了',
					start: '2014',
					precision: 'year' as const,
					title: '舊'
				}
			]
		};
		const { curation: kept, dropped } = fittingCuration(extracted, curation);
		expect(kept).toEqual({ rename: [curation.rename[1]], add: [curation.add[0]] });
		expect(dropped.map((problem) => problem.path).sort()).toEqual(['add.1.span', 'rename.0.event']);
	});

	it('set aside an entry of any list, a redate of an event gone among them', () => {
		const curation = { redate: [{ event: 'e-gone', start: '2014', precision: 'year' as const }] };
		const { curation: kept, dropped } = fittingCuration(extracted, curation);
		expect(kept).toEqual({});
		expect(dropped[0]!.path).toMatch(/^redate\.0\./);
	});

	it('keep an entry a later one contradicts, and lose the later one', () => {
		const curation = { drop: [{ event: first!.id }], rename: [{ event: first!.id, title: '開幕' }] };
		const { curation: kept, dropped } = fittingCuration(extracted, curation);
		expect(kept).toEqual({ drop: curation.drop });
		expect(dropped).toEqual([
			{ path: 'rename.0.event', message: expect.stringContaining('is gone already') }
		]);
	});
});
