/** Seeded synthetic data sets for the layout tests (and the same generator the bench uses). */
import { toIso } from '$lib/model/dates';
import type { Dataset, Precision, TimelineEvent } from '$lib/model/schema';

/** mulberry32: small, fast, and the same sequence on every machine. */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function iso(t: number): string {
	return new Date(t).toISOString().slice(0, 10);
}

export function dataset(
	events: Partial<TimelineEvent>[],
	language: Dataset['article']['language'] = 'zh-Hant'
): Dataset {
	const text = 'x'.repeat(10);
	return {
		article: { title: 'Test', language, published: '2025-11-20' },
		paragraphs: [{ index: 0, kind: 'body', text }],
		events: events.map((event, i) => ({
			id: `e-${i}`,
			start: '2014',
			precision: 'year',
			basis: 'explicit',
			derivation: [{ rule: 'as-written' }],
			title: `事件${i}`,
			paragraph: 0,
			span: [0, 1],
			quote: 'x',
			...event
		})),
		undated: []
	};
}

/** `n` day events spread uniformly over 1990-2026. */
export function synthetic(n: number, seed = 1): Dataset {
	const next = random(seed);
	const from = Date.UTC(1990, 0, 1);
	const to = Date.UTC(2026, 0, 1);
	return dataset(
		Array.from({ length: n }, (_, i) => ({
			start: iso(from + Math.floor(next() * ((to - from) / 86_400_000)) * 86_400_000),
			precision: 'day' as const,
			title: `Event ${i}`
		})),
		'en'
	);
}

/**
 * `n` events of every kind over 1990-2026: days (40%), months (15%), years (10%), closed ranges of a few
 * days to a few years at each precision (30%), open ranges (5%); one in ten approximate.
 */
export function mixed(n: number, seed = 1): Dataset {
	const next = random(seed);
	const from = Date.UTC(1990, 0, 1);
	const days = (Date.UTC(2026, 0, 1) - from) / 86_400_000;
	const precisions: Precision[] = ['day', 'month', 'year'];
	return dataset(
		Array.from({ length: n }, (_, i) => {
			const kind = next();
			const start = from + Math.floor(next() * days) * 86_400_000;
			// Ranges last up to 2^12 days (eleven years), most of them far less.
			const length = Math.floor(2 ** (next() * 12)) * 86_400_000;
			const precision =
				kind < 0.4
					? 'day'
					: kind < 0.55
						? 'month'
						: kind < 0.65
							? 'year'
							: precisions[Math.floor(next() * 3)]!;
			const event: Partial<TimelineEvent> = {
				start: toIso(new Date(start), precision),
				precision,
				title: `Event ${i}`,
				...(next() < 0.1 ? { approximate: true } : {})
			};
			if (kind >= 0.95) event.end = 'open';
			else if (kind >= 0.65)
				event.end = toIso(new Date(Math.min(start + length, Date.UTC(2025, 11, 31))), precision);
			return event;
		}),
		'en'
	);
}
