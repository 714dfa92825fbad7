import { describe, expect, it } from 'vitest';
import { FIXTURE_BASE, timelineJsFixture } from './fixtures.test-helper';
import { fromTimelineJs2, isTimelineJs2 } from './timelinejs2';

describe('a TimelineJS 2 file', () => {
	const file = timelineJsFixture('river-bridge-v2.json');

	it('is told from a TimelineJS 3 file and from ours', () => {
		expect(isTimelineJs2(file)).toBe(true);
		expect(isTimelineJs2({ events: [] })).toBe(false);
		expect(isTimelineJs2({ timeline: { headline: 'x' } })).toBe(false);
		expect(isTimelineJs2(null)).toBe(false);
	});

	it('opens converted: dates of numbers, assets as pictures, tags as groups, eras', () => {
		const result = fromTimelineJs2(file, { base: `${FIXTURE_BASE}river-bridge-v2.json` });
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		const { article, events, eras } = result.data;
		expect(result.leftOut).toEqual([]);
		expect(article).toEqual({
			title: 'The river bridge',
			language: 'en',
			lead: 'From ferry crossing to four-lane bridge.',
			media: { url: `${FIXTURE_BASE}images/pier.png`, caption: 'The old crossing', credit: 'City Archive' }
		});
		expect(
			events.map(({ start, end, time, title, group, media }) => ({ start, end, time, title, group, media }))
		).toEqual([
			{
				start: '1870-04-02',
				title: 'Ferry licence granted',
				group: 'Crossing',
				media: { url: `${FIXTURE_BASE}images/steamer.png`, caption: 'The ferry', credit: 'City Archive' }
			},
			{ start: '1896', end: '1899', title: 'Iron bridge built', group: 'Bridge' },
			{ start: '1899-10-01', time: '11:30', title: 'Bridge opens', group: 'Bridge' },
			{ start: '1978-06', end: '1981-11', title: 'Widened to four lanes', group: 'Bridge' }
		]);
		expect(eras).toEqual([
			{ start: '1870', end: '1899', title: 'The ferry years' },
			{ start: '1899-10', end: '1990', title: 'The bridge years' }
		]);
	});

	it('names what it cannot read in its own terms, and opens the rest', () => {
		const result = fromTimelineJs2({
			timeline: {
				headline: 'x',
				date: [
					{ startDate: '12/10/2011', headline: 'American order' },
					{ startDate: '2011,2,30', headline: 'No such day' },
					{ startDate: '2012', headline: 'Fine', asset: { media: 'javascript:alert(1)' } }
				]
			}
		});
		expect(result).toMatchObject({
			ok: true,
			leftOut: [
				{ path: 'timeline.date.0.startDate', message: expect.stringContaining('is not a TimelineJS 2 date') },
				{ path: 'timeline.date.1.startDate', message: '30 is not a day of 2011-02' },
				{ path: 'timeline.date.2.asset.media', message: expect.stringMatching(/^is a javascript: address/) }
			]
		});
		expect(fromTimelineJs2({ timeline: { date: [{ startDate: 'soon' }] } })).toMatchObject({
			ok: false,
			problems: [{ path: 'timeline.date.0.startDate' }, { path: 'timeline.date' }]
		});
	});
});
