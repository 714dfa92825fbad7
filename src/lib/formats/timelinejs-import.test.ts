import { describe, expect, it } from 'vitest';
import { fromTimelineJs } from './timelinejs-import';
import { FIXTURE_BASE, timelineJsFixture } from './fixtures.test-helper';
import { htmlToText } from './timelinejs';

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
		expect(article).toEqual({ title: 'Whitney Houston', language: 'en', lead: 'Her life' });
		expect(events.map((e) => [e.start, e.end, e.precision, e.title])).toEqual([
			['1963-08-09', undefined, 'day', 'Born'],
			['1985', '1987', 'year', 'Debut album'],
			['1992-11', undefined, 'month', 'The Bodyguard opens']
		]);
		// A slide's text is its paragraph, and the whole of it is the quote the card shows.
		expect(paragraphs[1]!.text).toBe('In Newark, New Jersey & raised nearby.');
		expect(events[0]!.quote).toBe(paragraphs[1]!.text);
		expect(paragraphs[2]!.text).toBe('Debut album');
		expect(events.every((e) => e.basis === 'curated')).toBe(true);
		expect(events[0]!.derivation).toEqual([{ rule: 'timelinejs', date: '1963-08-09' }]);
	});

	it('reads an end date of empty columns as no end, and titles a headline-less title slide by its text', () => {
		const result = fromTimelineJs({
			title: {
				text: { text: 'Samuel Clemens, better known by his pen name Mark Twain, was an American author.' }
			},
			events: [
				{
					start_date: { year: '1948', month: '3', day: '14' },
					end_date: { year: '', month: '', day: '' },
					text: { headline: 'x' }
				},
				{ start_date: { year: 1950 }, end_date: null, text: { headline: 'y' } }
			]
		});
		expect(result.ok && result.leftOut).toEqual([]);
		expect(result.ok && result.data.events.map((e) => e.end)).toEqual([undefined, undefined]);
		expect(result.ok && result.data.article.title).toBe(
			'Samuel Clemens, better known by his pen name Mark Twain, was'
		);
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
			[{ events: [{ start_date: { year: 2014 }, text: { headline: ['x'] } }] }, 'events.0.text.headline'],
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
		// A partial import: the slide opens with an id of its own, and what happened is listed by name.
		const twice = fromTimelineJs({ events: [slide('ok-id'), slide('ok-id'), slide('ok-id-2')] });
		expect(twice).toMatchObject({
			ok: true,
			leftOut: [
				{
					path: 'events.1.unique_id',
					message: expect.stringMatching(
						/^"ok-id" is the unique_id of events\.0 too: this slide was given an id of its own$/
					)
				}
			]
		});
		expect(twice.ok && twice.data.events.map((e) => e.id)).toEqual([
			'ok-id',
			expect.stringMatching(/^e-/),
			'ok-id-2'
		]);
		expect(fromTimelineJs({ events: [slide('Ok-Id'), slide('ok-id')] })).toMatchObject({
			leftOut: [
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

	it('never cuts a character in two when a slide without a headline takes its text as the title', () => {
		const text = `${'年'.repeat(59)}😀 more`;
		const result = fromTimelineJs({ events: [{ start_date: { year: 2014 }, text: { text } }] });
		expect(result.ok && result.data.events[0]!.title).toBe('年'.repeat(59));
		expect(result.ok && result.data.events[0]!.quote).toBe(text);
	});
});

describe('every shape of the fixtures', () => {
	const open = (name: string) => {
		const result = fromTimelineJs(timelineJsFixture(name), { base: `${FIXTURE_BASE}${name}` });
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		return result;
	};
	const image = (file: string) => `${FIXTURE_BASE}images/${file}`;

	it('takes the title slide as the title, lead and picture, and reads pictures against the file', () => {
		const { data, leftOut } = open('harbour-ferry.json');
		expect(leftOut).toEqual([]);
		expect(data.article).toEqual({
			title: 'The Harbour Ferry',
			language: 'en',
			lead: 'A century of crossings, from the first steam launch to the electric boats.',
			media: { url: image('pier.png'), caption: 'The pier in winter', credit: 'Harbour Archive' }
		});
		const [launch, pier, war, diesel, electric] = data.events;
		expect(launch).toMatchObject({
			id: 'first-launch',
			start: '1911-05-02',
			title: 'First steam launch',
			quote: 'The Ada carries forty passengers & the mail across the bay.',
			media: {
				url: image('steamer.png'),
				caption: 'The Ada at the old pier',
				credit: 'Harbour Archive',
				alt: 'A small steamboat beside a wooden pier'
			}
		});
		// Empty strings are missing parts: a year, no picture, the headline as the whole text.
		expect(pier).toMatchObject({
			start: '1923',
			end: '1925',
			precision: 'year',
			quote: 'A new pier is built'
		});
		expect(pier!.media).toBeUndefined();
		expect(war).toMatchObject({
			start: '1942-03',
			title: 'Service stops for the war; the boats are laid up in the rive'
		});
		// An end inside its start's year is no range at year precision.
		expect(diesel).toMatchObject({
			start: '1961',
			media: { url: 'https://www.youtube.com/watch?v=harbour1961' }
		});
		expect(diesel!.end).toBeUndefined();
		expect(electric!.media).toEqual({
			url: 'https://harbour.example.org/electric',
			caption: "The operator's page",
			link: 'https://harbour.example.org/electric'
		});
	});

	it('opens slides that are only a picture with a date, called by what the picture says', () => {
		const { data, leftOut } = open('mountain-railway.json');
		expect(leftOut).toEqual([]);
		expect(data.article.lead).toBeUndefined();
		expect(
			data.events.map((e) => [
				e.start,
				e.title,
				e.media && /^data:/.test(e.media.url) ? 'inline' : e.media?.url
			])
		).toEqual([
			['1888-07', 'The valley station on opening day', image('station.png')],
			['1890-08-15', 'Summer 1890', image('summit.png')],
			['1902', 'The line at the summit, under snow', image('summit.png')],
			['1911', 'A ticket of 1911, kept inline in the file', 'inline'],
			['1930-02-01', 'Valley station 1930', image('Valley_station_1930.png')],
			['1955', 'Electrified', 'https://maps.example.org/embed?line=railway'],
			['1968-09-29', 'The last steam train', undefined]
		]);
		// A quote given as media, which TimelineJS shows in the picture's place, is the slide's text.
		expect(data.events[6]!.quote).toBe('Nothing ran like her. Her last driver');
		expect(data.events[1]).toMatchObject({ displayDate: 'Summer 1890', quote: 'Summer 1890' });
	});

	it('keeps groups and eras', () => {
		const { data, leftOut } = open('city-council.json');
		expect(leftOut).toEqual([]);
		expect(data.events.map((e) => e.group)).toEqual([
			'Elections',
			'Elections',
			'Elections',
			'Transport',
			'Transport',
			'Transport',
			'Culture',
			undefined
		]);
		expect(data.eras).toEqual([
			{ start: '2004', end: '2011-06', title: 'First coalition' },
			{ start: '2011-07', end: '2018', title: 'Green majority' },
			{ start: '2019', end: '2024' }
		]);
	});

	it('keeps hours and minutes as the day, with the time said, and the dates as the file writes them', () => {
		const { data, leftOut } = open('launch-day.json');
		expect(leftOut).toEqual([]);
		expect(
			data.events.map(({ start, end, precision, time, endTime, displayDate }) => ({
				start,
				end,
				precision,
				time,
				endTime,
				displayDate
			}))
		).toEqual([
			{ start: '2025-03-14', precision: 'day', time: '06:00' },
			{ start: '2025-03-14', precision: 'day', time: '09:41:30' },
			{ start: '2025-03-14', precision: 'day', time: '10:05', endTime: '12:30' },
			{ start: '2025-03-14', end: '2025-03-15', precision: 'day', time: '22:15', endTime: '01:00' },
			{ start: '2025-03', end: '2025-04', precision: 'month', displayDate: 'Mid-March – early April' },
			{ start: '2025-03-20', precision: 'day', displayDate: 'A week later' }
		]);
	});

	it('opens a partly broken file with what is valid, listing what was left out by its field', () => {
		const { data, leftOut } = open('partly-broken.json');
		expect(data.events.map((e) => e.title)).toEqual([
			'A good slide',
			'A picture that runs script',
			'An inline SVG',
			'A script as media',
			'First with this id',
			'Second with this id'
		]);
		expect(data.events.every((e) => e.media === undefined)).toBe(true);
		expect(data.eras).toEqual([{ start: '2000', end: '2005', title: 'Good era' }]);
		expect(leftOut.map((p) => p.path)).toEqual([
			'events.1.start_date.year',
			'events.2.start_date.day',
			'events.3.end_date',
			'events.4.start_date',
			'events.5.media.url',
			'events.6.media.url',
			'events.7.media.url',
			'events.9.unique_id',
			'eras.1.end_date'
		]);
		expect(leftOut.find((p) => p.path === 'events.5.media.url')!.message).toMatch(
			/^is a javascript: address/
		);
		expect(leftOut.find((p) => p.path === 'events.6.media.url')!.message).toMatch(/can carry script/);
		expect(leftOut.find((p) => p.path === 'events.7.media.url')!.message).toMatch(/never shows as HTML/);
	});

	it('refuses a file none of whose slides can be read, naming each', () => {
		expect(
			fromTimelineJs({ events: [{ start_date: { year: 'soon' } }, { start_date: { year: -44 } }] })
		).toEqual({
			ok: false,
			problems: [
				{ path: 'events.0.start_date.year', message: expect.any(String) },
				{ path: 'events.1.start_date.year', message: '-44 is outside the years nianbiao draws (0 to 9999)' }
			]
		});
	});

	it('refuses hostile pictures and keeps the slide, with markup in captions kept as text', () => {
		const hostile = (url: string) =>
			fromTimelineJs({
				events: [
					{
						start_date: { year: 2014 },
						text: { headline: 'x' },
						media: { url, caption: '<img src=x onerror=alert(1)>hi' }
					}
				]
			});
		const huge = hostile(`data:image/png;base64,${'A'.repeat(50 * 1024 * 1024)}`);
		expect(huge).toMatchObject({
			ok: true,
			leftOut: [
				{ path: 'events.0.media.url', message: expect.stringMatching(/^is an inline image of 50\.0 MB/) }
			]
		});
		for (const url of ['javascript:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>', 'vbscript:x'])
			expect(hostile(url)).toMatchObject({ ok: true, leftOut: [{ path: 'events.0.media.url' }] });
		const kept = hostile('https://example.org/x.png');
		expect(kept.ok && kept.data.events[0]!.media).toEqual({
			url: 'https://example.org/x.png',
			caption: 'hi'
		});
		const link = fromTimelineJs({
			events: [
				{
					start_date: { year: 2014 },
					media: {
						url: '//cdn.example.org/x.png',
						link: 'javascript:alert(1)',
						thumbnail: 'data:text/html,x'
					}
				}
			]
		});
		expect(link).toMatchObject({
			ok: true,
			data: { events: [{ media: { url: 'https://cdn.example.org/x.png' } }] },
			leftOut: [{ path: 'events.0.media.link' }, { path: 'events.0.media.thumbnail' }]
		});
	});
});
