/**
 * The schema fields of dates, each asking the one calendar check (`dates.ts`): the data set, its
 * derivations, curation files and scenes all use these, so a date means the same wherever it enters.
 */
import * as v from 'valibot';
import { isIsoDate, isIsoDay } from './dates';

/** A date of year, month or day precision (`2014`, `2014-11`, `2014-11-19`) that the calendar has. */
export const isoPartialDate = v.pipe(
	v.string(),
	v.check(
		(value: string) => isIsoDate(value),
		'must be a real date of year, month or day precision, written 2014, 2014-11 or 2014-11-19'
	)
);

export const isoDay = v.pipe(
	v.string(),
	v.check((value: string) => isIsoDay(value), 'must be a real day written YYYY-MM-DD')
);

export const isoMonth = v.pipe(
	v.string(),
	v.check((value: string) => isIsoDate(value) && value.length === 7, 'must be a real month written YYYY-MM')
);
