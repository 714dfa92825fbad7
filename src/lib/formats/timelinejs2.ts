/**
 * TimelineJS 2's files, `{ "timeline": { "date": [...], "era": [...] } }`, read by turning them into
 * TimelineJS 3's shape (`timelinejs-import.ts` then reads that). In TimelineJS 2 a date is a string of
 * numbers, `"2011,12,10"` (year, month, day, then hour, minute, second), a slide's media is its `asset`,
 * and its `tag` put it in a row, as `group` does now. Problems are named in TimelineJS 2's own terms
 * (`timeline.date.3.startDate`), which is what the file's author sees.
 */
import type { Problem } from '$lib/model/consistency';
import { fromTimelineJs, type Imported, type ImportOptions } from './timelinejs-import';

type Record2 = Record<string, unknown>;

/** A TimelineJS 2 file: a `timeline` object with a list of `date`s. */
export function isTimelineJs2(json: unknown): boolean {
	const timeline = (json as { timeline?: unknown } | null)?.timeline;
	return typeof timeline === 'object' && timeline !== null && Array.isArray((timeline as Record2).date);
}

const NAMES = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;

/** `"2011,12,10"`, `"2011,12,10,7,30"`, `"2011"`, `2011` or `"2011-12-10"` as a TimelineJS 3 date. */
function dateOf(value: unknown): Record<string, number> | null {
	const written = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	const parts = /^-?\d+(\s*,\s*\d*)*$/.test(written)
		? written.split(',').map((part) => part.trim())
		: /^\d{4}(-\d{1,2}){0,2}$/.test(written)
			? written.split('-')
			: null;
	if (!parts) return null;
	const date: Record<string, number> = {};
	// An empty part ends the date: "2011,,5" is the year 2011.
	for (const [at, part] of parts.slice(0, NAMES.length).entries()) {
		if (part === '') break;
		date[NAMES[at]!] = Number(part);
	}
	return date;
}

function mediaOf(asset: unknown) {
	if (typeof asset !== 'object' || asset === null) return {};
	const { media, caption, credit, thumbnail } = asset as Record2;
	return { media: { url: media, caption, credit, thumbnail } };
}

/** A path of the TimelineJS 3 shape in the TimelineJS 2 file's terms, through where each slide came from. */
function renamed(path: string, dates: number[], eras: number[]): string {
	return path
		.replace(/^events\.(\d+)/, (_, n: string) => `timeline.date.${dates[Number(n)]}`)
		.replace(/^eras\.(\d+)/, (_, n: string) => `timeline.era.${eras[Number(n)]}`)
		.replace(/^events\b/, 'timeline.date')
		.replace(/^title\b/, 'timeline')
		.replace(/\.start_date(\.[a-z_]+)?/, '.startDate')
		.replace(/\.end_date(\.[a-z_]+)?/, '.endDate')
		.replace(/\.media(\.url)?\b/, (_, url?: string) => (url ? '.asset.media' : '.asset'))
		.replace(/\.text\.(headline|text)$/, '.$1')
		.replace(/\.group$/, '.tag');
}

export function fromTimelineJs2(input: unknown, options: ImportOptions = {}): Imported {
	const timeline = (input as { timeline: Record2 }).timeline;
	const problems: Problem[] = [];
	/** Where each converted slide and era was in the file: a slide left out shifts those after it. */
	const dates: number[] = [];
	const eras: number[] = [];
	const slides = (list: unknown, name: 'date' | 'era', origin: number[]) =>
		(Array.isArray(list) ? list : []).flatMap((item: unknown, at) => {
			const slide = (typeof item === 'object' && item !== null ? item : {}) as Record2;
			const start = dateOf(slide.startDate);
			const end = slide.endDate === undefined || slide.endDate === '' ? undefined : dateOf(slide.endDate);
			const bad = !start ? 'startDate' : end === null ? 'endDate' : null;
			if (bad) {
				problems.push({
					path: `timeline.${name}.${at}.${bad}`,
					message: `${JSON.stringify(slide[bad] ?? null)} is not a TimelineJS 2 date: write year,month,day (2011,12,10)`
				});
				return [];
			}
			origin.push(at);
			return [
				{
					start_date: start,
					...(end ? { end_date: end } : {}),
					text: { headline: slide.headline, text: slide.text },
					...mediaOf(slide.asset),
					...(slide.tag !== undefined ? { group: slide.tag } : {})
				}
			];
		});
	const converted = {
		title: { text: { headline: timeline.headline, text: timeline.text }, ...mediaOf(timeline.asset) },
		events: slides(timeline.date, 'date', dates),
		eras: slides(timeline.era, 'era', eras)
	};
	const imported = fromTimelineJs(converted, options);
	const named = (p: Problem) => ({ path: renamed(p.path, dates, eras), message: p.message });
	if (!imported.ok) return { ok: false, problems: [...problems, ...imported.problems.map(named)] };
	return { ...imported, leftOut: [...problems, ...imported.leftOut.map(named)] };
}
