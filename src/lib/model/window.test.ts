import { describe, expect, it } from 'vitest';
import { DAY_MS, isIsoDay } from './dates';
import { domainWindow, parseWindow, sameWindow, windowDomain } from './window';

describe('a window of days', () => {
	it('is parsed only when both ends are real days in order; one day is a window', () => {
		expect(parseWindow('2014-01-01', '2016-06-30')).toEqual({ from: '2014-01-01', to: '2016-06-30' });
		expect(parseWindow('2014-11-19', '2014-11-19')).toEqual({ from: '2014-11-19', to: '2014-11-19' });
		for (const [from, to] of [
			['2016-01-01', '2014-01-01'],
			['2014-02-30', '2015-01-01'],
			['2014', '2015'],
			['<b>', '2015-01-01'],
			[20140101, '2015-01-01']
		])
			expect(parseWindow(from, to)).toBeNull();
	});

	it('covers its last day whole, and comes back from the range it covers', () => {
		const window = { from: '2014-11-19', to: '2014-11-20' };
		const [start, end] = windowDomain(window);
		expect(start).toBe(Date.UTC(2014, 10, 19));
		expect(end - start).toBe(2 * DAY_MS);
		expect(domainWindow([start, end])).toEqual(window);
		expect(sameWindow(domainWindow([start + 3600_000, end - 3600_000]), window)).toBe(true);
		expect(sameWindow(window, null)).toBe(false);
		expect(sameWindow(null, null)).toBe(true);
	});
});

describe('isIsoDay', () => {
	it('knows a real day from a pattern match', () => {
		expect(['2016-02-29', '2014-12-31', '0079-08-24'].every(isIsoDay)).toBe(true);
		expect(['2015-02-29', '2014-02-30', '2014-13-01', '2014-1-1', 20140101, null].some(isIsoDay)).toBe(false);
	});
});
