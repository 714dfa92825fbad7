import { describe, expect, it } from 'vitest';
import { sampleDataset } from '$lib/model/fixture.test-helper';
import { fromTimelineJs, htmlToText, toTimelineJs } from './timelinejs';

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
		expect(back.data.article).toEqual({ title: '十年回顧', language: 'zh-Hant' });
	});
});

describe('TimelineJS import', () => {
	const spreadsheet = {
		title: { text: { headline: 'Whitney <i>Houston</i>', text: '<p>Her life</p>' } },
		events: [
			{
				start_date: { year: '1963', month: '8', day: '9' },
				text: { headline: 'Born', text: 'In Newark, New Jersey &amp; raised nearby.' }
			},
			{ start_date: { year: 1985 }, end_date: { year: 1987, month: 6 }, text: { headline: 'Debut album' } },
			{ start_date: { year: 1992, month: 11, day: '' }, text: { text: '<b>The Bodyguard</b> opens' } }
		]
	};

	it('reads spreadsheet strings, ranges and headline-less slides into a valid data set', () => {
		const result = fromTimelineJs(spreadsheet);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const { article, paragraphs, events } = result.data;
		expect(article).toEqual({ title: 'Whitney Houston', language: 'en' });
		expect(events.map((e) => [e.start, e.end, e.precision, e.title])).toEqual([
			['1963-08-09', undefined, 'day', 'Born'],
			['1985', '1987', 'year', 'Debut album'],
			['1992-11', undefined, 'month', 'The Bodyguard opens']
		]);
		expect(paragraphs[1]!.text).toBe('Born In Newark, New Jersey & raised nearby.');
		expect(events.every((e) => e.basis === 'curated')).toBe(true);
		expect(events[0]!.derivation).toEqual([{ rule: 'timelinejs', date: '1963-08-09' }]);
	});

	it('extends a coarser end to the end of its period', () => {
		const result = fromTimelineJs({
			events: [
				{
					start_date: { year: 2020, month: 2, day: 3 },
					end_date: { year: 2020, month: 2 },
					text: { headline: 'x' }
				}
			]
		});
		expect(result.ok && result.data.events[0]!.end).toBe('2020-02-29');
	});

	it('names what is wrong, in TimelineJS terms', () => {
		const cases: [unknown, string][] = [
			[{}, 'events'],
			[{ events: [] }, 'events'],
			[{ events: [{ text: { headline: 'no date' } }] }, 'events.0.start_date'],
			[{ events: [{ start_date: { year: 'MMXIV' }, text: { headline: 'x' } }] }, 'events.0.start_date.year'],
			[
				{ events: [{ start_date: { year: 2014, month: 13 }, text: { headline: 'x' } }] },
				'events.0.start_date.month'
			],
			[{ events: [{ start_date: { year: -500 }, text: { headline: 'x' } }] }, 'events.0.start_date.year'],
			// Issue 14: each field alone is in range, but February has no 30th.
			[
				{ events: [{ start_date: { year: 2014, month: 2, day: 30 }, text: { headline: 'x' } }] },
				'events.0.start_date.day'
			],
			[
				{
					events: [
						{
							start_date: { year: 2014, month: 2 },
							end_date: { year: '2015', month: '4', day: '31' },
							text: { headline: 'x' }
						}
					]
				},
				'events.0.end_date.day'
			],
			[{ events: [{ start_date: { year: 2014 } }] }, 'events.0.text'],
			[
				{ events: [{ start_date: { year: 2014 }, end_date: { year: 2010 }, text: { headline: 'x' } }] },
				'events.0.end_date'
			]
		];
		for (const [input, path] of cases) {
			const result = fromTimelineJs(input);
			expect(result.ok, JSON.stringify(input)).toBe(false);
			if (!result.ok)
				expect(
					result.problems.map((p) => p.path),
					JSON.stringify(input)
				).toContain(path);
		}
	});

	it('reads entities and drops tags', () => {
		expect(htmlToText('<p>A&nbsp;&lt;b&gt; &#x4e2d;&#25991;<br>B</p><script>x</script>')).toBe(
			'A <b> 中文 B x'
		);
		// A surrogate's number is no character: U+FFFD, as HTML reads it, never half of one.
		expect(htmlToText('&#xD83D;&#128512;')).toBe('\ufffd😀');
	});

	it('names a unique_id given twice as the author wrote it', () => {
		// Issue 14: `ok-id, ok-id, ok-id-2` failed as "`ok-id-2` is used twice", which the author never wrote.
		const slide = (unique_id: string) => ({
			start_date: { year: 2014 },
			text: { headline: unique_id },
			unique_id
		});
		expect(fromTimelineJs({ events: [slide('ok-id'), slide('ok-id'), slide('ok-id-2')] })).toEqual({
			ok: false,
			problems: [
				{
					path: 'events.1.unique_id',
					message: expect.stringMatching(/^"ok-id" is the unique_id of events\.0 too/)
				}
			]
		});
		expect(fromTimelineJs({ events: [slide('Ok-Id'), slide('ok-id')] })).toMatchObject({
			ok: false,
			problems: [
				{
					path: 'events.1.unique_id',
					message: expect.stringContaining('"ok-id" is the unique_id of events.0 too (written "Ok-Id" there')
				}
			]
		});
		const distinct = fromTimelineJs({
			events: [slide('ok-id'), slide('ok-id-2'), slide('not an id'), slide('not an id')]
		});
		expect(distinct.ok && distinct.data.events.map((e) => e.id).slice(0, 2)).toEqual(['ok-id', 'ok-id-2']);
	});

	it('never cuts a character in two when a slide without a headline takes its text as the quote', () => {
		const text = `${'年'.repeat(59)}😀 more`;
		const result = fromTimelineJs({ events: [{ start_date: { year: 2014 }, text: { text } }] });
		expect(result.ok && result.data.events[0]!.quote).toBe('年'.repeat(59));
	});
});
