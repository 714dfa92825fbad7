/**
 * Days a text stated without a year (`由今日起至六月十一日止`), each with the year it was read in: a later bare
 * mention of the same month and day (`市民可於六月十一日或之前提交意見`) restates that day, whatever year the
 * paragraphs between stated (`新條文最快於二○二七年七月一日實施`).
 */
import type { Placed } from './resolve';
import type { Temporal } from './temporal';

export type StatedDays = Map<number, { year: number; quote: string }>;

type DateValue = Extract<Temporal, { type: 'date' }>;

/** A solar day written without a year: `6月11日`, `六月十一日`, not `2026年6月11日`, `农历五月初五` or `11日`. */
const bareDay = (value: Temporal | undefined): value is DateValue =>
	value?.type === 'date' &&
	!value.year &&
	!value.lunar &&
	value.month?.kind === 'number' &&
	value.day !== undefined;

const key = (month: number, day: number) => month * 100 + day;

/** Notes the bare days of a placed mention, a single day or a range's ends, the first statement of each kept. */
export function noteBareDays(days: StatedDays, value: Temporal, placed: Placed, quote: string): void {
	if (placed.precision !== 'day') return;
	const ends: [Temporal | undefined, Placed['start'] | undefined][] =
		value.type === 'range'
			? [
					[value.from, placed.start],
					[value.to, placed.end === 'open' ? undefined : placed.end]
				]
			: [[value, placed.start]];
	for (const [end, at] of ends) {
		if (!bareDay(end) || !at || at.month === undefined || at.day === undefined) continue;
		const atKey = key(at.month, at.day);
		if (!days.has(atKey)) days.set(atKey, { year: at.year, quote });
	}
}

/** The year and words of the day a bare day restates, when the text stated it before in another year. */
export function restatedDay(
	days: StatedDays,
	value: Temporal,
	placed: Placed
): { year: number; quote: string } | undefined {
	if (!bareDay(value) || placed.precision !== 'day' || placed.end !== undefined) return undefined;
	const { month, day } = placed.start;
	if (month === undefined || day === undefined) return undefined;
	const stated = days.get(key(month, day));
	return stated && stated.year !== placed.start.year ? stated : undefined;
}
