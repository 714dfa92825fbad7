/**
 * Dates after today: not wrong in themselves (articles name plans for 2035 and 2049), but a publication
 * date after today, or an event a century ahead, is most often a typo (`3014` for `2014`). These are
 * warnings, said where the data enters (the build log, the browser console for `?src=`), never refusals.
 */
import type { Problem } from './consistency';
import { DAY_MS, toIso } from './dates';
import type { Dataset } from './schema';

/** How many years after today an event's date must lie to be called far in the future. */
export const FAR_YEARS = 100;

export function futureWarnings(data: Dataset, today: Date): Problem[] {
	const warnings: Problem[] = [];
	const todayIso = toIso(today, 'day');
	// A day's slack: the author's today may be tomorrow in UTC.
	const tomorrow = toIso(new Date(+today + DAY_MS), 'day');
	const { published } = data.article;
	if (published !== undefined && published > tomorrow)
		warnings.push({
			path: 'article.published',
			message: `"${published}" is after today (${todayIso}): is the year right?`
		});
	const farYear = today.getUTCFullYear() + FAR_YEARS;
	data.events.forEach((event, at) => {
		for (const field of ['start', 'end'] as const) {
			const value = event[field];
			if (value === undefined || value === 'open' || Number(value.slice(0, 4)) <= farYear) continue;
			warnings.push({
				path: `events.${at}.${field}`,
				message: `"${value}" (from "${event.quote}") is more than ${FAR_YEARS} years after today (${todayIso}): is the year right?`
			});
		}
	});
	return warnings;
}
