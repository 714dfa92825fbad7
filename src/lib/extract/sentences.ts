/**
 * Which sentence of a paragraph a position falls in. Where sentences stop is found once per paragraph, so
 * asking whether two words share a sentence costs a binary search rather than a scan of the text between
 * them: scanning made one long pasted paragraph quadratic (every name against every date).
 */

import { unitTest } from './units';

/** Whether a code unit ends a Chinese sentence in a paragraph: the marks full-width and as `normalize` reads them. */
const isStop = unitTest(/[。！？!?；;]/);

/** Where each sentence of Chinese `text` stops: just after its end mark (read per unit: no match objects). */
export function sentenceStops(text: string): number[] {
	const stops: number[] = [];
	for (let i = 0; i < text.length; i++) if (isStop(text.charCodeAt(i))) stops.push(i + 1);
	return stops;
}

/**
 * `sentenceAt(i)` numbers the sentence holding position `i`, given where sentences stop, in order (from
 * `sentenceStops`, or `sentenceEnds` for English). A position at a stop belongs to the next sentence, so two
 * positions share a sentence when no stop lies after the first and at or before the second.
 */
export function sentenceIndex(stops: readonly number[]): (at: number) => number {
	return (at) => {
		// How many stops lie at or before `at`.
		let low = 0;
		let high = stops.length;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (stops[middle]! <= at) low = middle + 1;
			else high = middle;
		}
		return low;
	};
}

/**
 * How far a sentence is looked for on each side of a date. Prose sentences are far shorter; a pasted list
 * with no full stop can run for megabytes, and scanning all of it for each of its dates was quadratic.
 */
export const REACH = 1000;

/**
 * Those of `spans` (in text order, none inside another) that overlap `[start, end)`, found by halving: a
 * sentence's dates, without reading every date of a long paragraph for each of its sentences.
 */
export function spansWithin<Span extends readonly [number, number]>(
	spans: readonly Span[],
	start: number,
	end: number
): Span[] {
	let low = 0;
	let high = spans.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (spans[middle]![1] <= start) low = middle + 1;
		else high = middle;
	}
	const within: Span[] = [];
	for (let i = low; i < spans.length && spans[i]![0] < end; i++) within.push(spans[i]!);
	return within;
}

/** As `isStop`, and a line break: a paragraph holds none, a longer text stops at one. */
const isSentenceEnd = (code: number) => code === 0x0a || isStop(code);

/** `[start, end)` of the Chinese sentence holding `[from, to)`, looked for `REACH` units either side; `end` is at its closing mark. */
export function sentenceAround(text: string, from: number, to: number): [number, number] {
	let start = from;
	const first = Math.max(0, from - REACH);
	while (start > first && !isSentenceEnd(text.charCodeAt(start - 1))) start--;
	let end = to;
	const last = Math.min(text.length, to + REACH);
	while (end < last && !isSentenceEnd(text.charCodeAt(end))) end++;
	return [start, end];
}
