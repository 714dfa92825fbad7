import { describe, expect, it } from 'vitest';
import { eventExtent, isIsoDate, isIsoDay, periodEnd, periodStart, precisionOf, toIso } from './dates';
import { isCalendarDay } from './days';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

describe('partial ISO dates', () => {
	it('reads precision from the number of parts', () => {
		expect(['2014', '2014-11', '2014-11-19'].map(precisionOf)).toEqual(['year', 'month', 'day']);
	});

	it('spans the whole named period, half-open, in UTC', () => {
		expect([periodStart('2014'), periodEnd('2014')]).toEqual([utc(2014), utc(2015)]);
		expect([periodStart('2014-12'), periodEnd('2014-12')]).toEqual([utc(2014, 12), utc(2015)]);
		expect([periodStart('2016-02-29'), periodEnd('2016-02-29')]).toEqual([utc(2016, 2, 29), utc(2016, 3, 1)]);
	});

	it('keeps early years as written', () => {
		expect(new Date(periodStart('0079')).getUTCFullYear()).toBe(79);
		expect(toIso(new Date(periodStart('0079-08')), 'month')).toBe('0079-08');
	});

	it('round-trips every precision', () => {
		for (const iso of ['1990', '2001-07', '2024-02-29'])
			expect(toIso(new Date(periodStart(iso)), precisionOf(iso))).toBe(iso);
	});

	it('gives a range from its start period to the end of its end period', () => {
		expect(eventExtent({ start: '2014', end: '2016' })).toEqual([utc(2014), utc(2017)]);
		expect(eventExtent({ start: '2014-11-19', end: '2014-11-21' })).toEqual([
			utc(2014, 11, 19),
			utc(2014, 11, 22)
		]);
	});

	it('runs an open range to the given instant, never shorter than its start period', () => {
		expect(eventExtent({ start: '2014', end: 'open' }, utc(2025, 11, 11))).toEqual([
			utc(2014),
			utc(2025, 11, 11)
		]);
		expect(eventExtent({ start: '2014', end: 'open' })).toEqual([utc(2014), utc(2015)]);
		// A day's end is found from its start: the same as reading it, on every kind of day.
		for (const day of ['2014-11-19', '2014-01-31', '2016-02-29', '0042-12-31', '1899-03-30'])
			for (const end of [undefined, 'open' as const])
				expect(eventExtent({ start: day, end })).toEqual([periodStart(day), periodEnd(day)]);
	});
});

describe('the calendar check', () => {
	it('knows a real day from a pattern match', () => {
		expect(['2016-02-29', '2014-12-31', '0079-08-24', '2000-02-29'].every(isIsoDay)).toBe(true);
		expect(
			['2015-02-29', '1900-02-29', '2014-04-31', '2014-13-01', '2014-1-1', '2014', 20140101, null].some(
				isIsoDay
			)
		).toBe(false);
	});
	it('takes partial dates of every precision, and refuses a day the month lacks', () => {
		expect(['2014', '2014-11', '2014-11-30', '0001-01-01'].every(isIsoDate)).toBe(true);
		expect(['2014-02-30', '2014-11-31', '2014-00', '14', '2014-11-19T00:00', ' 2014'].some(isIsoDate)).toBe(
			false
		);
	});
	it('agrees with Date on every day of four years, a century year among them', () => {
		for (const year of [1900, 2000, 2023, 2024])
			for (let month = 1; month <= 12; month++)
				for (let day = 1; day <= 31; day++) {
					const date = new Date(Date.UTC(year, month - 1, day));
					expect(isCalendarDay(year, month, day)).toBe(date.getUTCDate() === day);
				}
	});
});
