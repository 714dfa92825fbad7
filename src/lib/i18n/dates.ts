/**
 * An event's date in words, as precise as the text is and no more: `2014年`, not `2014年1月1日`; with the
 * time of day when the source gives one, and as the source writes it when it says how (`displayDate`). Loaded
 * only when a date is first shown (the card, the list), so it stays out of the first page load.
 */
import { precisionOf } from '$lib/model/dates';
import type { Language, Precision, TimelineEvent } from '$lib/model/schema';
import { writeDate, type Fields } from './calendar';

const FIELDS: Record<Precision, Fields> = { year: 'y', month: 'ym', day: 'ymd' };

interface DateWords {
	range: (from: string, to: string) => string;
	since: (from: string) => string;
	about: (date: string) => string;
	/** A day and a time of day (`14:30`). */
	at: (date: string, time: string) => string;
}

const WORDS: Record<Language, DateWords> = {
	'zh-Hant': {
		range: (from, to) => `${from}至${to}`,
		since: (from) => `${from}起`,
		about: (date) => `約${date}`,
		at: (date, time) => `${date} ${time}`
	},
	'zh-Hans': {
		range: (from, to) => `${from}至${to}`,
		since: (from) => `${from}起`,
		about: (date) => `约${date}`,
		at: (date, time) => `${date} ${time}`
	},
	en: {
		range: (from, to) => `${from} – ${to}`,
		since: (from) => `since ${from}`,
		about: (date) => `about ${date}`,
		at: (date, time) => `${date}, ${time}`
	}
};

/** A partial ISO date in words: the day on the page is the day in the text, whatever the reader's time zone. */
export function formatPartialDate(iso: string, lang: Language): string {
	const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
	return writeDate({ year, month, day }, FIELDS[precisionOf(iso)], lang);
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
