/**
 * The server-rendered first frame of the timeline, compared with checked-in SVG files (as Observable Plot
 * tests its marks): a change of layout, ticks or labels shows in review as a diff of these files. Run
 * `npx vitest run src/lib/timeline/first-frame.test.ts -u` to accept a change on purpose.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '$lib/model/schema';
import { sampleDataset } from '$lib/model/fixture.test-helper';
import { articleNames } from '$lib/server/articles';
import { articlePage } from '$lib/server/pages';
import Timeline from './Timeline.svelte';
import { firstFrame, roundFrame } from './layout/frame';
import type { Theme } from './layout/types';

/**
 * The `<svg>` alone, one element per line, without Svelte's hydration comments and scoping classes (which
 * change with any style rule, not with the layout).
 */
function svgOf(data: Dataset, theme: Theme): string {
	const frame = roundFrame(firstFrame(data, { theme }));
	const body = render(Timeline, { props: { data, frame, theme } }).body.replace(/<!--[^]*?-->/g, '');
	const svg = body.match(/<svg[^>]*data-timeline[^]*?<\/svg>/)?.[0];
	if (!svg) throw new Error('no timeline <svg> in the rendered body');
	return (
		svg
			.replace(/ ?\bsvelte-[a-z0-9]+/g, '')
			.replaceAll(' class=""', '')
			.replaceAll('><', '>\n<') + '\n'
	);
}

/** Forty events in one year and three far from them: clusters, lanes that fill, a long empty stretch. */
function crowded(): Dataset {
	const sample = sampleDataset();
	const body = sample.paragraphs[1]!;
	const quote = body.text.slice(0, 11);
	const days = Array.from(
		{ length: 40 },
		(_, k) => `2020-${String(1 + (k % 12)).padStart(2, '0')}-${String(1 + k).padStart(2, '0')}`
	);
	const events = [...days, '1990-06-01', '2001-02-03', '2024-12-31'].map((start, k) => ({
		id: `e-${k}`,
		start,
		precision: 'day' as const,
		basis: 'explicit' as const,
		derivation: [{ rule: 'explicit' as const, date: start }],
		title: `第${k + 1}件事，標題長短不一${'很長'.repeat(k % 5)}`,
		paragraph: 1,
		span: [0, 11] as [number, number],
		quote
	}));
	return { ...sample, events };
}

/** Three groups (one with a long name), events without a group, and eras that meet, one past the events. */
function grouped(): Dataset {
	const sample = crowded();
	const groups = ['政治', '交通與城市建設', '文化', undefined];
	const starts = ['1990-03-01', '1993', '1995-06', '1998-11-30', '2001', '2004-02-29', '2006-08-08', '2009'];
	const events = [
		...starts,
		'2011-05',
		'2013',
		'2016-10-10',
		'2018',
		'2020-01-20',
		'2021-07',
		'2022',
		'2023-03-03'
	].map((start, k) => {
		const { group: _none, ...event } = {
			...sample.events[0]!,
			id: `g-${k}`,
			start,
			precision: (['year', 'month', 'day'] as const)[start.split('-').length - 1]!,
			derivation: [{ rule: 'explicit' as const, date: start }],
			title: `第${k + 1}件事${'很長'.repeat(k % 3)}`,
			group: groups[k % 4]
		};
		return groups[k % 4] ? { ...event, group: groups[k % 4]! } : event;
	});
	return {
		...sample,
		events,
		eras: [
			{ start: '1988', end: '1999', title: '第一個時期' },
			{ start: '2000', end: '2019-06', title: '第二個時期，名字很長也要能放下' },
			{ start: '2019-07', end: '2030' }
		]
	};
}

describe('first frame', () => {
	it.each(articleNames())('of data/%s.txt', async (name) => {
		const { dataset } = articlePage(name);
		await expect(svgOf(dataset, 'light')).toMatchFileSnapshot(`snapshots/${name}.svg`);
	});

	it.each([
		['sample', sampleDataset()],
		['crowded', crowded()],
		['grouped', grouped()]
	])('of the synthetic %s data set, on screen and on a projector', async (name, data) => {
		await expect(svgOf(data, 'light')).toMatchFileSnapshot(`snapshots/${name}.svg`);
		await expect(svgOf(data, 'projector')).toMatchFileSnapshot(`snapshots/${name}.projector.svg`);
	});
});
