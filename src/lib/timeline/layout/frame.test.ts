import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dataset, mixed, synthetic } from './fixture.test-helper';
import { indexEvents, itemAt, type Indexed } from './events';
import { DENSE_THRESHOLD, firstFrame, layoutFrame, roundFrame } from './frame';
import { geometry } from './geometry';
import { fitDomain } from './fit';
import { textWidth } from './text';
import type { Frame } from './types';

const DAY = 86_400_000;

function labelsDoNotOverlap(frame: Frame) {
	// A mark drawn bare (no label) holds only itself, wherever its label would have gone; two bare marks
	// may cross (a lone range in the clusters' row), a label never runs into anything.
	const boxes = frame.marks.map((m) => ({
		lane: m.lane,
		labelled: m.label !== '',
		left: Math.min(m.kind === 'point' ? m.x1 - 5 : m.x1, m.label ? m.x1 + m.labelDx : Infinity),
		right: Math.max(
			m.x2 + (m.kind === 'point' ? 5 : 0),
			m.label ? m.x1 + m.labelDx + textWidth(m.label, frame.fontSize) : -Infinity
		)
	}));
	for (const a of boxes)
		for (const b of boxes)
			if (a !== b && a.lane === b.lane && (a.labelled || b.labelled))
				expect(a.right <= b.left || b.right <= a.left).toBe(true);
}

describe('layoutFrame', () => {
	const big = indexEvents(synthetic(100_000), 'en');

	it('draws a small article one by one, with every label', () => {
		const frame = firstFrame(
			dataset([
				{ start: '2014' },
				{ start: '2015-03', precision: 'month' },
				{ start: '2016-05-04', precision: 'day' },
				{ start: '2017', end: '2019' },
				{ start: '2018', end: 'open', approximate: true }
			])
		);
		expect(frame.marks.map((m) => m.kind)).toEqual(['band', 'band', 'point', 'range', 'open']);
		expect(frame.clusters).toEqual([]);
		expect(frame.marks[4]!.approximate).toBe(true);
		expect(frame.marks[0]!.name).toBe('2014年 · 事件0');
		// The open range runs to the publication day.
		const open = frame.marks[4]!;
		const published =
			frame.width * ((Date.UTC(2025, 10, 20) - frame.domain[0]) / (frame.domain[1] - frame.domain[0]));
		expect(open.x2).toBeCloseTo(published, 5);
		labelsDoNotOverlap(frame);
	});

	it('bounds the elements by the width, and the counts add up (property)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 320, max: 3840 }),
				fc.double({ min: Math.log(DAY), max: Math.log(40 * 365 * DAY), noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(width, logSpan, p) => {
					const fit = fitDomain(big.extent);
					const span = Math.exp(logSpan);
					const from = fit[0] + p * (fit[1] - fit[0] - span);
					const frame = layoutFrame(big, [from, from + span], geometry(width));
					expect(frame.marks.length + frame.clusters.length).toBeLessThanOrEqual((width / 24 + 3) * 7);
					const clustered = frame.clusters.reduce((sum, c) => sum + c.count, 0);
					expect(clustered + frame.marks.length).toBe(frame.visible);
					labelsDoNotOverlap(frame);
					for (const [i, c] of frame.clusters.entries()) {
						const next = frame.clusters[i + 1];
						if (next) expect(c.x + c.w / 2).toBeLessThanOrEqual(next.x - next.w / 2);
					}
				}
			),
			{ numRuns: 60 }
		);
	});

	it('lays out 20,000 events of every kind within the width, counting every one that meets the window (property)', () => {
		const data = mixed(20_000, 7);
		const index = indexEvents(data, 'en');
		// The wider events alone, to count those that meet the window one by one.
		const wide = indexEvents(
			{ ...data, events: data.events.filter((e) => e.precision !== 'day' || e.end) },
			'en'
		);
		const fit = fitDomain(index.extent);
		fc.assert(
			fc.property(
				fc.double({ min: Math.log(DAY), max: Math.log(40 * 365 * DAY), noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.nat(19_999),
				(logSpan, p, pick) => {
					const span = Math.exp(logSpan);
					const from = fit[0] + p * (fit[1] - fit[0] - span);
					const domain: [number, number] = [from, from + span];
					const pinned = itemAt(index, index.ordered[pick]!);
					const frame = layoutFrame(index, domain, geometry(1280), { pinned: [pinned.event.id] });
					expect(frame.marks.length + frame.clusters.length).toBeLessThanOrEqual((1280 / 24 + 3) * 7);
					const clustered = frame.clusters.reduce((sum, c) => sum + c.count, 0);
					expect(clustered + frame.marks.length).toBe(frame.visible);
					labelsDoNotOverlap(frame);
					const meets = (item: Indexed) => item.from < domain[1] && item.to > domain[0];
					const wider = Array.from(wide.ordered, (at) => itemAt(wide, at));
					expect(layoutFrame(wide, domain, geometry(1280)).visible).toBe(wider.filter(meets).length);
					// A pinned event that meets the window is drawn, never counted into a cluster.
					if (pinned.kind !== 'point' && meets(pinned))
						expect(frame.marks.map((m) => m.id)).toContain(pinned.event.id);
				}
			),
			// The first: a named range in the clusters' row once ran over a bare point that came after it.
			{ numRuns: 60, examples: [[20.50750216082756, 0.06656280320274408, 0]] }
		);
	});

	it('fits all of 100,000 events into clusters and a density layer', () => {
		const frame = layoutFrame(big, fitDomain(big.extent), geometry(1280));
		expect(frame.visible).toBe(100_000);
		expect(frame.marks).toHaveLength(0);
		expect(frame.clusters.reduce((sum, c) => sum + c.count, 0)).toBe(100_000);
		expect(frame.visible).toBeGreaterThan(DENSE_THRESHOLD);
		expect(frame.density).toHaveLength(1280);
		expect(frame.density!.reduce((a, b) => a + b, 0)).toBe(100_000);
	});

	it('always draws the pinned event with its label, out of its cluster', () => {
		const fit = fitDomain(big.extent);
		const id = big.events[big.points[50_000]!]!.id;
		const frame = layoutFrame(big, fit, geometry(1280), { pinned: [id] });
		expect(frame.marks.map((m) => m.id)).toEqual([id]);
		expect(frame.clusters.reduce((sum, c) => sum + c.count, 0)).toBe(100_000 - 1);
	});

	it('places the highlight band', () => {
		const frame = firstFrame(dataset([{ start: '2014' }, { start: '2016' }]), {
			highlight: { from: '2015-01-01', to: '2015-12-31' }
		});
		const [a, b] = frame.highlight!;
		expect(b - a).toBeCloseTo(frame.marks[0]!.x2 - frame.marks[0]!.x1, 0);
	});
});

describe('roundFrame', () => {
	it('rounds positions to a hundredth of a px and keeps everything else', () => {
		const frame = firstFrame(
			dataset([{ start: '2014' }, { start: '2016-05-04', precision: 'day' }, { start: '2018', end: 'open' }]),
			{ highlight: { from: '2015-01-01', to: '2015-12-31' } }
		);
		const rounded = roundFrame(frame);
		const positions = (f: Frame) => [
			...f.ticks.flatMap((t) => [t.x, t.labelDx]),
			...f.marks.flatMap((m) => [m.x1, m.x2, m.labelDx]),
			...f.clusters.flatMap((c) => [c.x, c.w]),
			...(f.highlight ?? [])
		];
		const before = positions(frame);
		const after = positions(rounded);
		expect(after).toHaveLength(before.length);
		after.forEach((v, i) => {
			expect(Math.abs(v - before[i]!)).toBeLessThanOrEqual(0.005 + 1e-9);
			expect(Math.round(v * 100)).toBeCloseTo(v * 100, 6);
		});
		const strip = (f: Frame) => ({
			...f,
			ticks: f.ticks.map(({ t, label }) => ({ t, label })),
			marks: f.marks.map(({ id, kind, lane, label, name, approximate }) => ({
				id,
				kind,
				lane,
				label,
				name,
				approximate
			})),
			clusters: f.clusters.map(({ key, count, label, from, to }) => ({ key, count, label, from, to })),
			highlight: null
		});
		expect(strip(rounded)).toEqual(strip(frame));
	});

	it('rounds a frame with clusters too', () => {
		const index = indexEvents(synthetic(5_000), 'en');
		const frame = roundFrame(layoutFrame(index, fitDomain(index.extent), geometry(777)));
		expect(frame.clusters.length).toBeGreaterThan(0);
		for (const c of frame.clusters) expect(Math.round(c.x * 100)).toBeCloseTo(c.x * 100, 6);
	});
});

describe('a pinned event outside the window', () => {
	it('is not drawn: its label would float over dates it does not belong to', () => {
		const data = dataset([
			{ start: '2014', precision: 'year' },
			{ start: '2020-05-01', precision: 'day' }
		]);
		const index = indexEvents(data, 'zh-Hant');
		const window: [number, number] = [Date.UTC(2019, 0, 1), Date.UTC(2021, 0, 1)];
		const frame = layoutFrame(index, window, geometry(960), { pinned: ['e-0'] });
		expect(frame.marks.map((mark) => mark.id)).toEqual(['e-1']);
	});
});

describe('room before clusters', () => {
	const crowd = (n: number) =>
		dataset(
			Array.from({ length: n }, (_, i) => ({
				start: '2015-03-10',
				precision: 'day' as const,
				title: `同一天的第${i + 1}件事，標題相當長`
			}))
		);

	it('never draws a cluster of one: a lone event left over is drawn as itself', () => {
		for (let n = 1; n <= 12; n++) {
			const index = indexEvents(crowd(n), 'zh-Hant');
			const frame = layoutFrame(index, [Date.UTC(2015, 0, 1), Date.UTC(2016, 0, 1)], geometry(600));
			expect(frame.clusters.every((cluster) => cluster.count > 1)).toBe(true);
			const counted = frame.clusters.reduce((sum, cluster) => sum + cluster.count, 0);
			expect(counted + frame.marks.length).toBe(n);
		}
	});

	it('names a lone event in the clusters’ row when the row has room for its label', () => {
		const geo = geometry(600);
		// Every other day of a June, each title too long to share a lane with the next.
		const june = (n: number) =>
			dataset(
				Array.from({ length: n }, (_, i) => ({
					start: `2015-06-${String(1 + 2 * i).padStart(2, '0')}`,
					precision: 'day' as const,
					title: `第${i + 1}件事的標題相當長一些`
				}))
			);
		const frames = Array.from({ length: 12 }, (_, i) =>
			layoutFrame(indexEvents(june(i + 1), 'zh-Hant'), [Date.UTC(2015, 0, 1), Date.UTC(2016, 0, 1)], geo)
		);
		// The first crowd one event larger than the lanes hold: that one is drawn alone in the clusters' row.
		const frame = frames.find((f) => f.marks.some((mark) => mark.lane === geo.lanes))!;
		expect(frame.clusters).toEqual([]);
		const lone = frame.marks.filter((mark) => mark.lane === geo.lanes);
		expect(lone).toHaveLength(1);
		expect(lone[0]!.label).toMatch(/^第\d+件事/);
		labelsDoNotOverlap(frame);
	});

	it('keeps each event in its lane while the window moves', () => {
		const data = dataset(
			Array.from({ length: 30 }, (_, i) => ({
				start: `2015-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + ((i * 7) % 27)).padStart(2, '0')}`,
				precision: 'day' as const,
				title: `事件${i}`
			}))
		);
		const index = indexEvents(data, 'zh-Hant');
		const geo = geometry(960);
		const lanesOf = (frame: Frame) => new Map(frame.marks.map((mark) => [mark.id, mark.lane]));
		const before = lanesOf(layoutFrame(index, [Date.UTC(2015, 0, 1), Date.UTC(2015, 6, 1)], geo));
		const after = lanesOf(layoutFrame(index, [Date.UTC(2015, 1, 1), Date.UTC(2015, 7, 1)], geo));
		const both = [...after.keys()].filter((id) => before.has(id));
		expect(both.length).toBeGreaterThan(5);
		for (const id of both) expect(after.get(id), id).toBe(before.get(id));
	});

	it('gives the selected event its whole title when the plot has room for it', () => {
		const title = '一個相當長的標題，長到平常會被截斷而加上省略號的地步';
		const data = dataset([{ start: '2015-03-10', precision: 'day', title }]);
		const index = indexEvents(data, 'zh-Hant');
		const domain: [number, number] = [Date.UTC(2015, 0, 1), Date.UTC(2016, 0, 1)];
		expect(layoutFrame(index, domain, geometry(480)).marks[0]!.label).toMatch(/…$/);
		expect(layoutFrame(index, domain, geometry(480), { pinned: ['e-0'] }).marks[0]!.label).toBe(title);
	});
});

describe('groups and eras', () => {
	const data = dataset([
		{ start: '2004-05-09', precision: 'day', group: 'Elections' },
		{ start: '2011-06-12', precision: 'day', group: 'Elections' },
		{ start: '2007', end: '2010', group: 'Transport' },
		{ start: '2014-03', precision: 'month', group: 'Transport' },
		{ start: '2009-01', precision: 'month' }
	]);
	data.eras = [
		{ start: '2004', end: '2011-06', title: 'First coalition' },
		{ start: '2011-07', end: '2018', title: 'Green majority' }
	];

	it('draws each group as a labelled row holding its events, and the eras as bands with their names', () => {
		const frame = firstFrame(data);
		expect(frame.rows).toEqual([
			{ lane: 1, label: 'Elections' },
			{ lane: 3, label: 'Transport' },
			{ lane: 5, label: '' }
		]);
		const laneOf = (k: number) => frame.marks.find((m) => m.id === `e-${k}`)!.lane;
		expect([laneOf(0), laneOf(1)].every((lane) => lane === 2)).toBe(true);
		expect([laneOf(2), laneOf(3)].every((lane) => lane === 4)).toBe(true);
		expect(laneOf(4)).toBe(5);
		expect(frame.eras!.map((era) => [era.key, era.label])).toEqual([
			[0, 'First coalition'],
			[1, 'Green majority']
		]);
		const [first, second] = frame.eras!;
		expect(first!.x + first!.w).toBeCloseTo(second!.x, 0);
		labelsDoNotOverlap(frame);
	});

	it('leaves a data set without them exactly as it was', () => {
		const plain = dataset([{ start: '2014' }, { start: '2016-05-04', precision: 'day' }]);
		const frame = firstFrame(plain);
		expect('rows' in frame || 'eras' in frame).toBe(false);
		expect(frame.lanes).toBe(geometry(960).lanes);
		expect(roundFrame(frame)).not.toHaveProperty('eras');
	});

	it('clips an era to the window and drops one outside it', () => {
		const index = indexEvents(data, 'en');
		const frame = layoutFrame(index, [Date.UTC(2012, 0, 1), Date.UTC(2014, 0, 1)], geometry(800));
		expect(frame.eras).toEqual([{ key: 1, x: 0, w: 800, label: 'Green majority' }]);
	});
});
