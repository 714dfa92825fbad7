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
	/** The longest a step can be, ms: a window this many times over holds at least that many ticks. */
	longest: number;
}

const DAY = 86_400_000;

function every(interval: CountableTimeInterval, step: number): TimeInterval {
	return step === 1 ? interval : interval.every(step)!;
}

let steps: Step[] | undefined;

/** From finest to coarsest; built on first use, so that merely importing this module does nothing. */
function allSteps(): Step[] {
	steps ??= [
		...[1, 2, 7, 15].map((n) => ({ unit: 'day' as const, interval: every(utcDay, n), longest: n * DAY })),
		...[1, 2, 3, 6].map((n) => ({
			unit: 'month' as const,
			interval: every(utcMonth, n),
			longest: 31 * n * DAY
		})),
		...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((n) => ({
			unit: 'year' as const,
			interval: every(utcYear, n),
			longest: 366 * n * DAY
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

/**
 * The ticks of `step` over the window, labelled one by one: null as soon as two labels would overlap
 * (a frame tries several steps, and a crowded one is given up at its first overlap, not labelled whole).
 */
function labelled(
	step: Step,
	dates: Date[],
	domain: [number, number],
	width: number,
	lang: Lang,
	fontSize: number
): Labelled[] | null {
	const [d0, d1] = domain;
	const k = width / (d1 - d0);
	const ticks: Labelled[] = [];
	for (const [i, date] of dates.entries()) {
		const t = +date;
		const x = (t - d0) * k;
		const text = label(t, step.unit, lang, contextOf(t, step.unit, i === 0));
		const w = textWidth(text, fontSize);
		// A label at the edge is pushed inside rather than cut off or dropped.
		const labelX = Math.min(Math.max(x, w / 2), width - w / 2);
		const before = ticks.at(-1);
		if (before && before.labelX + before.w / 2 + LABEL_GAP > labelX - w / 2) return null;
		ticks.push({ t, x, label: text, labelX, w });
	}
	return ticks;
}

type Labelled = Omit<Tick, 'labelDx'> & { labelX: number; w: number };

// `labelX - x` is exactly 0 wherever the label is not pushed inside.
const plainTick = ({ t, x, label, labelX }: Labelled): Tick => ({ t, x, label, labelDx: labelX - x });

/**
 * The ticks for a window `domain` (ms) drawn over `width` px. Coarse steps are tried only once a finer
 * one is too crowded. A step with no tick in view never fits: when the window is too narrow for two
 * labels of any step (a few days on a phone in large type), the first tick of the finest step with one
 * in view stands alone, so the axis still says where it is.
 */
export function chooseTicks(domain: [number, number], width: number, lang: Lang, fontSize: number): Tick[] {
	const [d0, d1] = domain;
	const msPerPx = (d1 - d0) / width;
	let alone: Labelled | undefined;
	for (const step of allSteps()) {
		// Cheap pre-check: a step finer than its narrowest label cannot fit; skip building its labels.
		const start = step.interval.floor(new Date(d0));
		const span = +step.interval.offset(step.interval.offset(start, 1), 1) - +step.interval.offset(start, 1);
		if (span / msPerPx < narrowest(step.unit, lang, fontSize) + LABEL_GAP) continue;
		// The first tick in view, as `range` would list it first.
		const first = step.interval.ceil(new Date(d0));
		if (+first >= d1 + 1) continue;
		if (!alone) {
			const [tick] = labelled(step, [first], domain, width, lang, fontSize)!;
			if (tick!.w <= width) alone = tick;
		}
		// Too many ticks to be read: known without listing them when the window holds more than that many
		// of the step's longest, else counted; listing the dates is the dearest part of choosing.
		const most = Math.max(2, width / 8);
		if (Math.floor((d1 - d0) / step.longest) > most) continue;
		const dates = step.interval.range(new Date(d0), new Date(d1 + 1));
		if (dates.length > most) continue;
		const ticks = labelled(step, dates, domain, width, lang, fontSize);
		if (ticks) return ticks.map(plainTick);
	}
	return alone ? [plainTick(alone)] : [];
}
