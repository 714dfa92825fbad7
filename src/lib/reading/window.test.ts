import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '$lib/model/schema';
import { readingWindow } from './window';

const event = (paragraph: number, start: string, end?: TimelineEvent['end']): TimelineEvent => ({
	id: `e-${paragraph}-${start}`,
	start,
	end,
	precision: start.length === 4 ? 'year' : start.length === 7 ? 'month' : 'day',
	basis: 'explicit',
	derivation: [{ rule: 'as-written' }],
	title: 't',
	paragraph,
	span: [0, 1],
	quote: 'x'
});
const data = {
	article: { title: 't', language: 'zh-Hant' as const, published: '2025-11-11' },
	events: [event(2, '2015'), event(3, '2025'), event(5, '2014-11-19'), event(7, '2014', 'open')]
};

describe('readingWindow', () => {
	it('spans the events told in the paragraphs on screen, each over its whole period', () => {
		expect(readingWindow([2, 3], data)).toEqual({ from: '2015-01-01', to: '2025-12-31' });
		expect(readingWindow([5], data)).toEqual({ from: '2014-11-19', to: '2014-11-19' });
	});

	it('holds the last dated paragraph above through undated text', () => {
		expect(readingWindow([4], data)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
		expect(readingWindow([6], data)).toEqual(readingWindow([5], data));
	});

	it('runs an open range up to the day before publication', () => {
		expect(readingWindow([7], data)).toEqual({ from: '2014-01-01', to: '2025-11-10' });
	});

	it('has no window before the first date or with nothing on screen', () => {
		expect(readingWindow([0, 1], data)).toBeNull();
		expect(readingWindow([], data)).toBeNull();
	});
});
