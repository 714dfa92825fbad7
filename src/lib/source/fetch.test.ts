import { describe, expect, it, vi } from 'vitest';
import { sampleDataset } from '$lib/model/fixture.test-helper';
import { synthetic } from '$lib/timeline/layout/fixture.test-helper';
import { checkHere } from './check';
import { fetchDataset, fetchJson, LARGE, TIMEOUT_MS } from './fetch';

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

	it('opens a TimelineJS file in part, saying what was left out; its pictures read against its address', async () => {
		const partial = {
			events: [
				{ start_date: { year: 2014 }, media: { url: 'images/a.png' } },
				{ start_date: { year: 2015 }, text: { headline: 'x' }, media: { url: 'javascript:alert(1)' } },
				{ start_date: { year: 'soon' }, text: { headline: 'y' } }
			]
		};
		const result = await fetchDataset(url, answering(JSON.stringify(partial)));
		expect(result).toMatchObject({
			ok: true,
			leftOut: [
				{ path: 'events.1.media.url', message: expect.stringMatching(/^is a javascript: address/) },
				{ path: 'events.2.start_date.year' }
			]
		});
		expect(result.ok && result.data.events.map((e) => e.media?.url)).toEqual([
			'https://data.example/images/a.png',
			undefined
		]);
		const whole = await fetchDataset(
			url,
			answering(JSON.stringify({ events: [{ start_date: { year: 2014 } }] }))
		);
		expect(whole.ok && 'leftOut' in whole).toBe(false);
	});

	it('converts a TimelineJS 2 file, and names TimelineJS 2 when it cannot', async () => {
		const v2 = { timeline: { headline: 'Old', date: [{ startDate: '2011,12,10', headline: 'Made' }] } };
		const result = await fetchDataset(url, answering(JSON.stringify(v2)));
		expect(result.ok && result.data.events.map((e) => [e.start, e.title])).toEqual([['2011-12-10', 'Made']]);
		const broken = { timeline: { headline: 'Old', date: [{ startDate: 'Dec 10', headline: 'Made' }] } };
		expect(await fetchDataset(url, answering(JSON.stringify(broken)))).toMatchObject({
			ok: false,
			problem: expect.stringMatching(
				/^is a TimelineJS 2 file nianbiao cannot read: timeline\.date\.0\.startDate: "Dec 10" is not a TimelineJS 2 date: write year,month,day/
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
			problem: 'could not be fetched (offline, wrong address, or the server does not allow CORS)',
			retry: true
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

	it('refuses an address that is not http(s) by name, without fetching it', async () => {
		// Issue 14: these were ignored without a word, though the frame promised to say what is wrong.
		const never = (async () => {
			throw new Error('fetched');
		}) as typeof fetch;
		for (const [src, problem] of [
			['javascript:alert(1)', 'is a javascript: address: only http: and https: addresses'],
			['data:application/json,{}', 'is a data: address'],
			['file:///etc/passwd', 'is a file: address'],
			['http://[', 'is not a web address']
		])
			expect(await fetchDataset(src!, never)).toEqual({
				ok: false,
				url: src,
				problem: expect.stringContaining(problem!),
				retry: false
			});
	});

	it('gives up on a server that does not answer, and says trying again may help', async () => {
		// Issue 14: a hanging server left "Loading …" forever. A real fetch rejects when its signal aborts.
		const hanging = ((_: string, init?: RequestInit) =>
			new Promise((_resolve, reject) =>
				init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
			)) as typeof fetch;
		expect(await fetchJson(url, hanging, 50)).toEqual({
			ok: false,
			problem: 'did not send the whole file within 0.05 seconds',
			retry: true
		});
		expect(TIMEOUT_MS).toBe(15_000);
		const stalling = (async (_: string, init?: RequestInit) => {
			const body = new ReadableStream({
				start(controller) {
					controller.enqueue(new TextEncoder().encode('{"events": ['));
					init?.signal?.addEventListener('abort', () =>
						controller.error(new DOMException('aborted', 'AbortError'))
					);
				}
			});
			return new Response(body);
		}) as typeof fetch;
		expect(await fetchJson(url, stalling, 50)).toMatchObject({
			ok: false,
			problem: expect.stringContaining('within'),
			retry: true
		});
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

describe('a large data set, given a checker', () => {
	// The worker's check (`checkApart`) runs in a browser (e2e/embed.test.ts); this one runs here.
	const checker = vi.fn(async (json: unknown) => checkHere(json));
	const fetchLarge = (data: unknown) =>
		fetchDataset(url, answering(JSON.stringify(data)), undefined, checker);

	it('comes at once, unchecked, and its check passes it as it is', async () => {
		const result = await fetchLarge(synthetic(LARGE));
		expect(result.ok && result.data).toEqual(synthetic(LARGE));
		expect(result.ok && (await result.checking)).toBe(result);
	});

	it('gives way to the message a small one gets, when its check fails', async () => {
		const data = synthetic(LARGE);
		data.events[4321]!.start = '2014-02-30';
		const result = await fetchLarge(data);
		expect(result.ok && (await result.checking)).toEqual({
			ok: false,
			url,
			problem: expect.stringMatching(/^is not a nianbiao data set: events\.4321\.start: must be a real date/),
			retry: false
		});
	});

	it('becomes what the schema reads, when that differs: a derivation written as text', async () => {
		const data = synthetic(LARGE);
		(data.events[7] as { derivation: unknown }).derivation = 'as the article says';
		const result = await fetchLarge(data);
		const checked = result.ok ? await result.checking : undefined;
		expect(checked?.ok && checked.data.events[7]!.derivation).toEqual([
			{ rule: 'note', text: 'as the article says' }
		]);
	});

	it('leaves a smaller one to be checked before it comes, as ever', async () => {
		checker.mockClear();
		const result = await fetchLarge(synthetic(LARGE - 1));
		expect(result.ok && 'checking' in result).toBe(false);
		expect(checker).not.toHaveBeenCalled();
	});
});
