import { describe, expect, it } from 'vitest';
import { sampleDataset } from '$lib/model/fixture.test-helper';
import { fromTimelineJs } from './timelinejs-import';
import type { Dataset } from '$lib/model/schema';
import { FIXTURE_BASE, timelineJsFixtures } from './fixtures.test-helper';
import { htmlToText, toTimelineJs, type TimelineJsFile } from './timelinejs';
import { fromTimelineJs2, isTimelineJs2 } from './timelinejs2';

describe('TimelineJS export', () => {
	const file = toTimelineJs(sampleDataset());

	it('writes one slide per event in time order, dates split into parts', () => {
		expect(file.events.map((slide) => slide.unique_id)).toEqual(['e-day', 'e-year', 'e-range']);
		expect(file.events[0]!.start_date).toEqual({ year: 2014, month: 11, day: 19 });
		expect(file.events[2]!.end_date).toEqual({ year: 2018 });
	});

	it('escapes text, since TimelineJS renders its fields as HTML', () => {
		expect(file.events[2]!.text.headline).not.toContain('<b>');
		expect(htmlToText(file.events[2]!.text.headline)).toBe('持續推進, "<b>測試</b>"');
	});

	it('gives each slide the sentence its date was read in, not the date words alone', () => {
		expect(htmlToText(file.events[0]!.text.text)).toBe('2014年11月19日,首屆大會在烏鎮開幕。');
	});

	it('runs an open range to the day the article was published, and says that it goes on', () => {
		const data = sampleDataset();
		data.events[0]!.end = 'open';
		const slide = toTimelineJs(data).events.find((event) => event.unique_id === 'e-range')!;
		expect(slide.end_date).toEqual({ year: 2025, month: 11, day: 11 });
		expect(htmlToText(slide.text.text)).toContain('持續至今');
		const unpublished = { ...data, article: { ...data.article, published: undefined } };
		expect(
			toTimelineJs(unpublished).events.find((event) => event.unique_id === 'e-range')!.end_date
		).toBeUndefined();
	});

	it('comes back as the same events', () => {
		const back = fromTimelineJs(JSON.parse(JSON.stringify(file)));
		expect(back.ok).toBe(true);
		if (!back.ok) return;
		expect(
			back.data.events.map(({ id, start, end, precision, title }) => ({ id, start, end, precision, title }))
		).toEqual([
			{ id: 'e-day', start: '2014-11-19', end: undefined, precision: 'day', title: '首屆大會在烏鎮開幕' },
			{ id: 'e-year', start: '2015', end: undefined, precision: 'year', title: '=倡議提出' },
			{ id: 'e-range', start: '2016', end: '2018', precision: 'year', title: '持續推進, "<b>測試</b>"' }
		]);
		expect(back.data.article).toEqual({
			title: '十年回顧',
			language: 'zh-Hant',
			source: 'https://example.org/a'
		});
	});
});

describe('TimelineJS in, nianbiao, TimelineJS out', () => {
	/** What a slide says, in plain text: the parts a round trip must keep. */
	const said = (slide: Record<string, unknown>) => {
		const text = (slide.text ?? {}) as { headline?: string; text?: string };
		const media = slide.media as Record<string, string> | undefined;
		const date = (d: unknown) => {
			const { year, month, day, hour, minute } = (d ?? {}) as Record<string, unknown>;
			return [year, month, day, hour, minute].filter((n) => n !== undefined && n !== '').map(Number);
		};
		// A quote given as media comes back as the slide's text, as nianbiao reads it.
		const url = media?.url ?? '';
		const quote = /^<blockquote/.test(url) ? htmlToText(url) : '';
		return {
			headline: htmlToText(text.headline ?? ''),
			text: [htmlToText(text.text ?? ''), quote].filter(Boolean).join(' '),
			start: date(slide.start_date),
			media:
				media?.url && !quote
					? [media.url, htmlToText(media.caption ?? ''), htmlToText(media.credit ?? '')]
					: [],
			group: htmlToText((slide.group as string | undefined) ?? '')
		};
	};

	for (const { name, json } of timelineJsFixtures()) {
		it(`keeps headlines, texts, dates, media, groups and eras of ${name}`, () => {
			const v2 = isTimelineJs2(json);
			const options = { base: `${FIXTURE_BASE}${name}` };
			const first = v2 ? fromTimelineJs2(json, options) : fromTimelineJs(json, options);
			if (!first.ok) throw new Error(JSON.stringify(first.problems));
			const out = JSON.parse(JSON.stringify(toTimelineJs(first.data))) as TimelineJsFile;
			const again = fromTimelineJs(out);
			if (!again.ok) throw new Error(JSON.stringify(again.problems));
			expect(again.leftOut).toEqual([]);

			// The same article and eras, and the same events (paragraphs follow the slides' order, which the
			// way out puts in time order).
			expect(again.data.article).toEqual(first.data.article);
			expect(again.data.eras).toEqual(first.data.eras);
			const events = (data: Dataset) =>
				new Map(data.events.map(({ paragraph: _p, span: _s, ...event }) => [event.id, event]));
			expect(events(again.data)).toEqual(events(first.data));

			if (v2 || first.leftOut.length) return;
			// And against the file itself: slide k of the file is paragraph k + 1, whose event went out.
			const slides = (json as { events: Record<string, unknown>[] }).events;
			const outById = new Map(out.events.map((slide) => [slide.unique_id, slide]));
			slides.forEach((slide, k) => {
				const event = first.data.events.find((e) => e.paragraph === k + 1)!;
				const back = said(outById.get(event.id) as unknown as Record<string, unknown>);
				const original = said(slide);
				// A relative picture comes back by its whole address; a slide without a headline gets its title.
				if (original.media[0]) original.media[0] = event.media!.url;
				if (!original.headline) original.headline = back.headline;
				expect(back, `${name} slide ${k}`).toEqual(original);
			});
			const eras = (json as { eras?: { text?: { headline?: string } }[] }).eras ?? [];
			expect(out.eras?.map((era) => era.text.headline) ?? []).toEqual(
				eras.map((era) => htmlToText(era.text?.headline ?? ''))
			);
		});
	}
});
