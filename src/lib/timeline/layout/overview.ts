/** The minimap's histogram: how many events start in each of `columns` slices of the fitted window. */
import { bisectLeft } from 'd3-array';
import type { EventIndex } from './events';

export function overview(index: EventIndex, fit: [number, number], columns: number): number[] {
	const counts = new Array<number>(Math.max(1, Math.floor(columns))).fill(0);
	const step = (fit[1] - fit[0]) / counts.length;
	let lo = bisectLeft(index.pointStarts, fit[0]);
	for (let i = 0; i < counts.length; i++) {
		const hi = bisectLeft(index.pointStarts, fit[0] + (i + 1) * step, lo);
		counts[i] = hi - lo;
		lo = hi;
	}
	for (const from of index.spans.starts) {
		const i = Math.min(counts.length - 1, Math.max(0, Math.floor((from - fit[0]) / step)));
		counts[i]!++;
	}
	return counts;
}
