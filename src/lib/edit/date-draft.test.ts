import { describe, expect, it } from 'vitest';
import { atPrecision, checkDate, draftOf, tidyDate } from './date-draft';

const draft = (start: string, end = '', open = false, approximate = false) => ({
	start,
	end,
	open,
	approximate
});

describe('a date typed in the card', () => {
	it('reads what a person types as the model writes it', () => {
		expect(tidyDate(' 2014/1/5 ')).toBe('2014-01-05');
		expect(tidyDate('2014.11')).toBe('2014-11');
		expect(tidyDate('2014')).toBe('2014');
		expect(tidyDate('November 2014')).toBe('November 2014');
	});

	it('takes its precision from the start, and leaves out what it need not say', () => {
		expect(checkDate(draft('2014-11-19'))).toEqual({
			ok: true,
			date: { start: '2014-11-19', precision: 'day' }
		});
		expect(checkDate(draft('2014', '2016', false, true))).toEqual({
			ok: true,
			date: { start: '2014', end: '2016', precision: 'year', approximate: true }
		});
		expect(checkDate(draft('2014-11', '2014-11'))).toEqual({
			ok: true,
			date: { start: '2014-11', precision: 'month' }
		});
		// Still running: whatever the end field holds, even something unfinished, the end is open.
		expect(checkDate(draft('2014', '20', true))).toEqual({
			ok: true,
			date: { start: '2014', end: 'open', precision: 'year' }
		});
	});

	it('says what is wrong at each field', () => {
		expect(checkDate(draft(''))).toEqual({ ok: false, start: 'missing' });
		expect(checkDate(draft('Nov 2014'))).toEqual({ ok: false, start: 'format' });
		expect(checkDate(draft('2025-13-40'))).toEqual({ ok: false, start: 'calendar' });
		expect(checkDate(draft('2025-02-30', '2025-1'))).toEqual({ ok: false, start: 'calendar' });
		expect(checkDate(draft('2025-02-28', 'soon'))).toEqual({ ok: false, end: 'format' });
		expect(checkDate(draft('2025-02', '2025'))).toEqual({ ok: false, end: 'precision' });
		expect(checkDate(draft('2025', '2024'))).toEqual({ ok: false, end: 'before' });
		expect(checkDate(draft('x', 'y'))).toEqual({ ok: false, start: 'format', end: 'format' });
	});

	it('rewrites a date to another precision', () => {
		expect(atPrecision('2014-11-19', 'year')).toBe('2014');
		expect(atPrecision('2014', 'day')).toBe('2014-01-01');
		expect(atPrecision('2014-11', 'day')).toBe('2014-11-01');
		expect(atPrecision('20x', 'day')).toBe('20x');
	});

	it('starts from an event’s date', () => {
		expect(draftOf({ start: '2014', end: 'open', precision: 'year' })).toEqual(draft('2014', '', true));
		expect(draftOf({ start: '2014', end: '2015', precision: 'year', approximate: true })).toEqual(
			draft('2014', '2015', false, true)
		);
	});
});
