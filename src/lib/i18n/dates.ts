/**
 * An event's date in words, as precise as the text is and no more: `2014年`, not `2014年1月1日`; with the
 * time of day when the source gives one, and as the source writes it when it says how (`displayDate`). Loaded
 * only when a date is first shown (the card, the list), so date-fns stays out of the first page load.
 */
import { precisionOf } from '$lib/model/dates';
import type { Language, Precision, TimelineEvent } from '$lib/model/schema';
import { formatDate } from './format-date';

interface DateWords {
	patterns: Record<Precision, string>;
	range: (from: string, to: string) => string;
	since: (from: string) => string;
	about: (date: string) => string;
	/** A day and a time of day (`14:30`). */
	at: (date: string, time: string) => string;
}

const WORDS: Record<Language, DateWords> = {
	'zh-Hant': {
		patterns: { year: 'y年', month: 'y年M月', day: 'y年M月d日' },
		range: (from, to) => `${from}至${to}`,
		since: (from) => `${from}起`,
		about: (date) => `約${date}`,
		at: (date, time) => `${date} ${time}`
	},
	'zh-Hans': {
		patterns: { year: 'y年', month: 'y年M月', day: 'y年M月d日' },
		range: (from, to) => `${from}至${to}`,
		since: (from) => `${from}起`,
		about: (date) => `约${date}`,
		at: (date, time) => `${date} ${time}`
	},
	en: {
		patterns: { year: 'y', month: 'MMMM y', day: 'MMMM d, y' },
		range: (from, to) => `${from} – ${to}`,
		since: (from) => `since ${from}`,
		about: (date) => `about ${date}`,
		at: (date, time) => `${date}, ${time}`
	}
};

/**
 * A partial ISO date as a local calendar date, for `format` (which reads local fields): the day on the
 * page is the day in the text, whatever the reader's time zone.
 */
function calendarDate(iso: string): Date {
	const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
	const date = new Date(2000, month - 1, day);
	date.setFullYear(year);
	return date;
}

export function formatPartialDate(iso: string, lang: Language): string {
	return formatDate(calendarDate(iso), WORDS[lang].patterns[precisionOf(iso)]);
}

export function formatWhen(
	event: Pick<TimelineEvent, 'start' | 'end' | 'approximate' | 'time' | 'endTime' | 'displayDate'>,
	lang: Language
): string {
	if (event.displayDate) return event.displayDate;
	const words = WORDS[lang];
	const day = (iso: string, time: string | undefined) => {
		const date = formatPartialDate(iso, lang);
		return time ? words.at(date, time) : date;
	};
	const start = day(event.start, event.time);
	const from = event.approximate ? words.about(start) : start;
	// A time that ends the day it starts on: "14:00 to 16:00", the day said once.
	if (event.end === undefined) return event.endTime ? words.range(from, event.endTime) : from;
	if (event.end === 'open') return words.since(from);
	return words.range(from, day(event.end, event.endTime));
}
