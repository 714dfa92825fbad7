import { describe, expect, it, vi } from 'vitest';
import { sampleDataset } from '$lib/present/fixture.test-helper';
import { fetchDataset } from './source';

const url = 'https://data.example/other.json';
const answering = (body: string, status = 200) =>
	(async () => new Response(body, { status, statusText: status === 404 ? 'Not Found' : '' })) as typeof fetch;

describe('a data set given by URL', () => {
	it('is validated and returned', async () => {
		expect(await fetchDataset(url, answering(JSON.stringify(sampleDataset())))).toEqual({
			ok: true,
			data: sampleDataset()
		});
	});

	it('reads a TimelineJS file too, so its users can bring their timelines', async () => {
		const timelinejs = {
			events: [{ start_date: { year: '2014', month: '11' }, text: { headline: 'Wuzhen' } }]
		};
		const result = await fetchDataset(url, answering(JSON.stringify(timelinejs)));
		expect(result.ok && result.data.events.map((e) => [e.start, e.title])).toEqual([['2014-11', 'Wuzhen']]);
		const broken = { events: [{ start_date: { year: 'soon' }, text: { headline: 'x' } }] };
		expect(await fetchDataset(url, answering(JSON.stringify(broken)))).toMatchObject({
			ok: false,
			problem: expect.stringMatching(
				/^is a TimelineJS file nianbiao cannot read: events\.0\.start_date\.year: /
			)
		});
	});

	it('fails with one sentence naming the URL and the problem', async () => {
		const unreachable = (async () => {
			throw new TypeError('Failed to fetch');
		}) as typeof fetch;
		expect(await fetchDataset(url, unreachable)).toEqual({
			ok: false,
			url,
			problem: 'could not be fetched (offline, wrong address, or the server does not allow CORS)'
		});
		expect(await fetchDataset(url, answering('nope', 404))).toMatchObject({
			problem: 'answered HTTP 404 Not Found'
		});
		expect(await fetchDataset(url, answering('<html>'))).toMatchObject({ problem: 'is not JSON' });
		const broken = { ...sampleDataset(), events: [{ ...sampleDataset().events[0]!, start: 'soon' }] };
		const result = await fetchDataset(url, answering(JSON.stringify(broken)));
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problem).toMatch(/^is not a nianbiao data set: events\.0\.start: /);
	});

	it('refuses a day the calendar lacks, naming the field', async () => {
		const day = { ...sampleDataset().events.find((e) => e.precision === 'day')!, start: '2014-02-30' };
		const impossible = { ...sampleDataset(), events: [day] };
		expect(await fetchDataset(url, answering(JSON.stringify(impossible)))).toMatchObject({
			ok: false,
			problem: expect.stringMatching(/^is not a nianbiao data set: events\.0\.start: must be a real date/)
		});
	});

	it('warns in the console of a date far after today, naming the URL and the field', async () => {
		const far = { ...sampleDataset(), events: [{ ...sampleDataset().events[0]!, end: '3018' }] };
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const result = await fetchDataset(url, answering(JSON.stringify(far)), new Date(Date.UTC(2026, 0, 1)));
		expect(result.ok).toBe(true);
		expect(warn).toHaveBeenCalledWith(
			expect.stringMatching(/^https:\/\/data\.example\/other\.json: events\.0\.end: "3018"/)
		);
		warn.mockRestore();
	});

	it('lists a few problems, then counts the rest', async () => {
		const result = await fetchDataset(
			url,
			answering(JSON.stringify({ events: 1, paragraphs: 2, undated: 3, article: 4, x: [] }))
		);
		expect(!result.ok && result.problem.split('; ').length).toBeLessThanOrEqual(6);
	});
});
