import { describe, expect, it } from 'vitest';
import { sampleDataset } from '$lib/model/fixture.test-helper';
import { fetchDataset, httpUrl } from './fetch';

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

	it('lists a few problems, then counts the rest', async () => {
		const result = await fetchDataset(
			url,
			answering(JSON.stringify({ events: 1, paragraphs: 2, undated: 3, article: 4, x: [] }))
		);
		expect(!result.ok && result.problem.split('; ').length).toBeLessThanOrEqual(6);
	});
});

describe('an address to fetch', () => {
	it('is http(s), relative ones resolved against the page', () => {
		expect(httpUrl('data/other.json', 'https://site.example/embed')?.href).toBe(
			'https://site.example/data/other.json'
		);
		expect(httpUrl('HTTPS://Deck.Example/x')?.origin).toBe('https://deck.example');
		for (const bad of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd', '', null])
			expect(httpUrl(bad, 'https://site.example/embed')).toBeNull();
	});
});
