/**
 * Axis ticks that fit the zoom: decades, years, months or days, whichever is the finest whose labels
 * all fit side by side at this width. Intervals come from d3-time (calendar-aware, UTC); the check is
 * on the actual labels, so no two ever overlap, from 320 px to 3840 px.
 */
import { utcDay, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { axisLabel, type AxisUnit, type Context } from './format';
import { textWidth } from './text';
import type { Lang, Tick } from './types';

interface Step {
	unit: AxisUnit;
	interval: TimeInterval;
}

function every(interval: CountableTimeInterval, step: number): TimeInterval {
	return step === 1 ? interval : interval.every(step)!;
}

let steps: Step[] | undefined;

/** From finest to coarsest; built on first use, so that merely importing this module does nothing. */
function allSteps(): Step[] {
	steps ??= [
		...[1, 2, 7, 15].map((n) => ({ unit: 'day' as const, interval: every(utcDay, n) })),
		...[1, 2, 3, 6].map((n) => ({ unit: 'month' as const, interval: every(utcMonth, n) })),
		...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((n) => ({
			unit: 'year' as const,
			interval: every(utcYear, n)
		}))
	];
	return steps;
}

/** Horizontal room kept free between two labels. */
export const LABEL_GAP = 8;

function contextOf(t: number, unit: AxisUnit, first: boolean): Context {
	if (first) return 'full';
	const date = new Date(t);
	const newYear = date.getUTCMonth() === 0 && date.getUTCDate() === 1;
	if (unit === 'day') return newYear ? 'full' : date.getUTCDate() === 1 ? 'next' : 'none';
	return unit === 'month' && newYear ? 'next' : 'none';
}

/** Formatted labels, by instant, unit, language and context: panning and zooming meet the same ticks again. */
const labels = new Map<string, string>();

function label(t: number, unit: AxisUnit, lang: Lang, context: Context): string {
	const key = `${t}|${unit}|${lang}|${context}`;
	let text = labels.get(key);
	if (text === undefined) {
		if (labels.size > 20_000) labels.clear();
		text = axisLabel(t, unit, lang, context);
		labels.set(key, text);
	}
	return text;
}

/** The narrowest label a unit can have (`1`, `Jan`, `1990`): a step whose ticks sit closer cannot fit. */
function narrowest(unit: AxisUnit, lang: Lang, fontSize: number): number {
	const sample =
		unit === 'day' ? Date.UTC(2001, 0, 1) : unit === 'month' ? Date.UTC(2001, 4, 1) : Date.UTC(1111, 0, 1);
	return textWidth(label(sample, unit, lang, 'none'), fontSize);
}

function labelled(step: Step, domain: [number, number], width: number, lang: Lang, fontSize: number) {
	const [d0, d1] = domain;
	const k = width / (d1 - d0);
	const dates = step.interval.range(new Date(d0), new Date(d1 + 1));
	return dates.map((date, i): Tick & { w: number } => {
		const t = +date;
		const x = (t - d0) * k;
		const text = label(t, step.unit, lang, contextOf(t, step.unit, i === 0));
		const w = textWidth(text, fontSize);
		// A label at the edge is pushed inside rather than cut off or dropped.
		const labelX = Math.min(Math.max(x, w / 2), width - w / 2);
		return { t, x, label: text, labelX, w };
	});
}

function fits(ticks: (Tick & { w: number })[]): boolean {
	for (let i = 1; i < ticks.length; i++) {
		const a = ticks[i - 1]!;
		const b = ticks[i]!;
		if (a.labelX + a.w / 2 + LABEL_GAP > b.labelX - b.w / 2) return false;
	}
	return true;
}

const plainTick = ({ t, x, label, labelX }: Tick & { w: number }): Tick => ({ t, x, label, labelX });

/**
 * The ticks for a window `domain` (ms) drawn over `width` px. Coarse steps are tried only once a finer
 * one is too crowded. A step with no tick in view never fits: when the window is too narrow for two
 * labels of any step (a few days on a phone in large type), the first tick of the finest step with one
 * in view stands alone, so the axis still says where it is.
 */
export function chooseTicks(domain: [number, number], width: number, lang: Lang, fontSize: number): Tick[] {
	const [d0, d1] = domain;
	const msPerPx = (d1 - d0) / width;
	let alone: (Tick & { w: number }) | undefined;
	for (const step of allSteps()) {
		// Cheap pre-check: a step finer than its narrowest label cannot fit; skip building its labels.
		const start = step.interval.floor(new Date(d0));
		const span = +step.interval.offset(step.interval.offset(start, 1), 1) - +step.interval.offset(start, 1);
		if (span / msPerPx < narrowest(step.unit, lang, fontSize) + LABEL_GAP) continue;
		const ticks = labelled(step, domain, width, lang, fontSize);
		if (ticks.length === 0) continue;
		if (!alone && ticks[0]!.w <= width) alone = ticks[0];
		if (ticks.length > Math.max(2, width / 8)) continue;
		if (fits(ticks)) return ticks.map(plainTick);
	}
	return alone ? [plainTick(alone)] : [];
}
