import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { Dataset } from '$lib/model/schema';
import { validateDataset } from '$lib/model/validate';
import Timeline from '$lib/timeline/Timeline.svelte';
import Reader from './Reader.svelte';

const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>';
const text = `2014年,${hostile}。`;
const data: Dataset = {
	article: { title: `標題${hostile}`, language: 'zh-Hant', published: '2025-11-11' },
	paragraphs: [
		{ index: 0, kind: 'title', text: `標題${hostile}` },
		{ index: 1, kind: 'body', text }
	],
	events: [
		{
			id: 'e-1',
			start: '2014',
			precision: 'year',
			basis: 'explicit',
			derivation: [{ rule: 'note', text: hostile }],
			title: `事件${hostile}`,
			paragraph: 1,
			span: [0, 5],
			quote: '2014年'
		}
	],
	undated: [{ id: 'u-1', paragraph: 1, span: [6, 6 + hostile.length], quote: hostile, title: hostile }]
};

describe('Reader, server-rendered', () => {
	it('writes article text and titles as text: markup in an article never becomes markup', () => {
		expect(validateDataset(data).ok).toBe(true);
		const { body, head } = render(Reader, { props: { data } });
		expect(body + head).not.toContain('<script>alert');
		expect(body + head).not.toContain('<img');
		expect(body).toContain('&lt;script>alert("x")&lt;/script>&lt;img src=x onerror=alert(1)>');
		expect(body).toContain('<mark data-event-id="e-1"');
	});
});

describe('a page with no dated event', () => {
	// Issue 14: an empty 2000–2001 axis, as if something had happened then.
	const undated: Dataset = { ...data, events: [] };
	const noEvents = /data-no-events="">沒有可標上日期的事件。<\/p>.*<div class="plot/s;
	it('says so in the reader instead of drawing an empty axis', () => {
		// Before the chart, whose axis and buttons its style hides.
		expect(render(Reader, { props: { data: undated } }).body).toMatch(noEvents);
	});
	it('says so in the timeline of /embed and /present', () => {
		for (const theme of ['light', 'projector'] as const)
			expect(render(Timeline, { props: { data: undated, theme } }).body).toMatch(noEvents);
	});
});
