import { describe, expect, it } from 'vitest';
import { extractArticle } from './index';

/** CPU milliseconds of one extraction (other processes on a shared machine do not inflate it). */
function cpuMs(text: string): number {
	const before = process.cpuUsage();
	extractArticle(text, { published: '2025-11-11' });
	const used = process.cpuUsage(before);
	return (used.user + used.system) / 1000;
}

/** A title, then `sentence` repeated on one line to about `kilobytes`, its year varied. */
function oneLine(sentence: string, kilobytes: number): string {
	const count = Math.ceil((kilobytes * 1024) / Buffer.byteLength(sentence));
	const sentences = Array.from({ length: count }, (_, i) =>
		sentence.replace('2014', String(1900 + (i % 120)))
	);
	return `标题\n${sentences.join('')}`;
}

/**
 * Time per KB of a line ten times longer over time per KB of the shorter line: about 1 when extraction is
 * linear, about 10 when it is quadratic. Each line's best of several, so that neither a JIT warm-up nor a
 * collection pause (more of them on a loaded machine) can move the ratio: only the growth of the work can.
 */
function growth(sentence: string, kilobytes: number): number {
	const short = oneLine(sentence, kilobytes / 10);
	const long = oneLine(sentence, kilobytes);
	const best = Math.min(cpuMs(short), cpuMs(short), cpuMs(short));
	return Math.min(cpuMs(long), cpuMs(long)) / 10 / best;
}

// Issue 14: every name was tested against every date of its paragraph by scanning the text between them,
// and every date's title scanned its whole sentence, so one long pasted paragraph took quadratic time.
describe('one long paragraph', () => {
	it('takes time in proportion to its length', { timeout: 60_000 }, () => {
		expect(growth('2014年11月19日，首届大会在乌镇开幕，会上发布乌镇倡议。', 800)).toBeLessThan(2.5);
	});
	it('takes time in proportion to its length in English too', { timeout: 60_000 }, () => {
		expect(
			growth('On Nov. 19, 2014, the first conference opened in Wuzhen and issued a proposal. ', 800)
		).toBeLessThan(2.5);
	});
	it(
		'takes time in proportion to its length without a single full stop (a pasted list)',
		{ timeout: 60_000 },
		() => {
			expect(growth('2014年会议在乌镇举行并发起乌镇倡议与论坛，', 200)).toBeLessThan(2.5);
		}
	);
});
