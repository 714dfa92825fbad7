/**
 * The rules that tie one field of a data set to another, which a structural schema cannot state:
 * every span lies inside its paragraph, never between the two halves of a character, and
 * `quote === text.slice(...span)`; dates match their precision, ranges run forward, ids are unique; no text
 * holds what a page cannot show as written (`text.ts`).
 */
import type { Dataset, Media } from './schema';
import { periodEnd, periodStart, precisionOf } from './dates';
import { hasUnshowable, splitSpanProblem } from './text';

export interface Problem {
	/** Dotted path to the field, as in `events.3.quote`. */
	path: string;
	message: string;
}

export function findInconsistencies(data: Dataset): Problem[] {
	const problems: Problem[] = [];
	// Text a page cannot show as written would read differently prerendered and hydrated (see text.ts).
	const showable = (path: string, text: string | undefined) => {
		if (text !== undefined && hasUnshowable(text))
			problems.push({ path, message: 'holds a NUL character or half of a character (a lone surrogate)' });
	};
	showable('article.title', data.article.title);
	showable('article.source', data.article.source);
	showable('article.lead', data.article.lead);
	const showableMedia = (path: string, media: Media | undefined) => {
		for (const key of ['caption', 'credit', 'alt'] as const) showable(`${path}.${key}`, media?.[key]);
	};
	showableMedia('article.media', data.article.media);
	data.paragraphs.forEach((paragraph, position) => {
		if (paragraph.index !== position)
			problems.push({
				path: `paragraphs.${position}.index`,
				message: `is ${paragraph.index}, expected ${position} (paragraphs are numbered in order from 0)`
			});
		showable(`paragraphs.${position}.text`, paragraph.text);
	});
	const seen = new Set<string>();
	const checkSpan = (
		list: 'events' | 'undated',
		at: number,
		item: { id: string; paragraph: number; span: [number, number]; quote: string; title: string }
	) => {
		showable(`${list}.${at}.title`, item.title);
		if (seen.has(item.id)) problems.push({ path: `${list}.${at}.id`, message: `"${item.id}" is used twice` });
		seen.add(item.id);
		const paragraph = data.paragraphs[item.paragraph];
		if (!paragraph) {
			problems.push({
				path: `${list}.${at}.paragraph`,
				message: `${item.paragraph} is not a paragraph (there are ${data.paragraphs.length})`
			});
			return;
		}
		const [from, to] = item.span;
		if (from >= to || to > paragraph.text.length) {
			problems.push({
				path: `${list}.${at}.span`,
				message: `[${from}, ${to}] does not lie inside paragraph ${item.paragraph} (length ${paragraph.text.length})`
			});
			return;
		}
		const split = splitSpanProblem(paragraph.text, item.span, item.paragraph);
		if (split) {
			problems.push({ path: `${list}.${at}.span`, message: split });
			return;
		}
		const words = paragraph.text.slice(from, to);
		if (words !== item.quote)
			problems.push({
				path: `${list}.${at}.quote`,
				message: `"${item.quote}" differs from the words at its span, "${words}"`
			});
	};
	data.events.forEach((event, at) => {
		checkSpan('events', at, event);
		showable(`events.${at}.titleEn`, event.titleEn);
		showable(`events.${at}.displayDate`, event.displayDate);
		showable(`events.${at}.group`, event.group);
		showableMedia(`events.${at}.media`, event.media);
		if ((event.time || event.endTime) && event.precision !== 'day')
			problems.push({
				path: `events.${at}.${event.time ? 'time' : 'endTime'}`,
				message: `a time of day needs a day, and "${event.start}" is of ${event.precision} precision`
			});
		else if (event.end === undefined && event.time && event.endTime && event.endTime < event.time)
			problems.push({
				path: `events.${at}.endTime`,
				message: `"${event.endTime}" is before its start time "${event.time}" on the same day`
			});
		if (precisionOf(event.start) !== event.precision)
			problems.push({
				path: `events.${at}.start`,
				message: `"${event.start}" is not of ${event.precision} precision`
			});
		if (event.end !== undefined && event.end !== 'open') {
			if (precisionOf(event.end) !== event.precision)
				problems.push({
					path: `events.${at}.end`,
					message: `"${event.end}" is not of ${event.precision} precision, like its start`
				});
			else if (event.end < event.start)
				problems.push({
					path: `events.${at}.end`,
					message: `"${event.end}" is before start "${event.start}"`
				});
		}
	});
	data.undated.forEach((mention, at) => checkSpan('undated', at, mention));
	data.eras?.forEach((era, at) => {
		showable(`eras.${at}.title`, era.title);
		// Any precision at either end: the era runs from the start of its first period to the end of its last.
		if (periodEnd(era.end) <= periodStart(era.start))
			problems.push({ path: `eras.${at}.end`, message: `"${era.end}" is before start "${era.start}"` });
	});
	return problems;
}
