import { expect, test, type Page } from '@playwright/test';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serveExamples } from '../examples/serve.js';
import { sampleDataset } from '../src/lib/model/fixture.test-helper';
import { LARGE } from '../src/lib/source/fetch';
import { synthetic } from '../src/lib/timeline/layout/fixture.test-helper';
import { frameState, STAGE_SIZES } from './frame-state';

/**
 * The embed as a deck author meets it: examples/ served from another origin (localhost vs the app's
 * 127.0.0.1, another port), the frame sandboxed with allow-scripts only.
 */
let examples: Server;
let examplesOrigin: string;
test.beforeAll(async () => {
	examples = await serveExamples(0, 'localhost');
	examplesOrigin = `http://localhost:${(examples.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((done) => examples.close(() => done())));

type Logged = { origin: string; data: unknown };
type Ready = {
	type: 'nianbiao:ready';
	events: { id: string; start: string; precision: string; title: string }[];
};

/** Records every message the host page receives, from before its first script runs. */
async function recordMessages(page: Page) {
	await page.addInitScript(() => {
		const log: unknown[] = [];
		Object.assign(window, { __log: log });
		addEventListener('message', (event) => log.push({ origin: event.origin, data: event.data }));
	});
	const log = () => page.evaluate(() => (window as unknown as { __log: Logged[] }).__log);
	const ofType = async (type: string) =>
		(await log()).filter((m) => (m.data as { type?: string } | null)?.type === type);
	const ready = async () => {
		await expect.poll(async () => (await ofType('nianbiao:ready')).length, { timeout: 15_000 }).toBe(1);
		return (await ofType('nianbiao:ready'))[0]!;
	};
	const lastSelected = async () =>
		((await ofType('nianbiao:select')).at(-1)?.data as { event?: string })?.event;
	return { log, ofType, ready, lastSelected };
}

const post = (page: Page, message: unknown) =>
	page.evaluate((m) => document.querySelector('iframe')!.contentWindow!.postMessage(m, '*'), message);

test('in a reveal.js deck on another origin, the frame announces its events and obeys only valid commands', async ({
	page,
	baseURL
}) => {
	const messages = await recordMessages(page);
	let dialogs = 0;
	page.on('dialog', (dialog) => {
		dialogs++;
		void dialog.dismiss();
	});
	await page.goto(`${examplesOrigin}/reveal/?app=${baseURL}/embed`);
	await page.keyboard.press('ArrowRight');

	const ready = await messages.ready();
	// Sandboxed without allow-same-origin: the frame has an opaque origin, and says only what the API says.
	expect(ready.origin).toBe('null');
	const { events } = ready.data as Ready;
	expect(events.length).toBeGreaterThanOrEqual(5);
	for (const event of events)
		expect(Object.keys(event).sort()).toEqual(['id', 'precision', 'start', 'title']);
	expect(events.map((e) => e.start)).toEqual(events.map((e) => e.start).sort());

	const frame = page.frameLocator('iframe');
	const current = frame.locator('svg[data-timeline] [aria-current="true"]').first();
	const target = events[2]!.id;
	await post(page, { type: 'nianbiao:goto', event: target });
	await expect(current).toHaveAttribute('data-event-id', target);
	await expect.poll(messages.lastSelected).toBe(target);

	await post(page, { type: 'nianbiao:next' });
	await expect(current).toHaveAttribute('data-event-id', events[3]!.id);
	await expect.poll(messages.lastSelected).toBe(events[3]!.id);

	const selects = (await messages.ofType('nianbiao:select')).length;
	const domain = await frame.locator('svg[data-timeline]').getAttribute('data-domain-start');
	for (const garbage of [
		'<img src=x onerror="alert(1)">',
		'{"type":"nianbiao:next"}',
		42,
		null,
		[{ type: 'nianbiao:next' }],
		{ type: 'nianbiao:goto', event: '<img src=x onerror="alert(1)">' },
		{ type: 'nianbiao:goto', event: 'e-no-such-event' },
		{ type: 'nianbiao:view', from: '<b>2014</b>', to: '2020-01-01' },
		{ type: 'nianbiao:view', from: '2020-01-01', to: '2014-01-01' },
		{ type: 'NIANBIAO:NEXT' }
	])
		await post(page, garbage);
	// A command after the garbage proves the garbage had its chance to act first (messages keep order).
	await post(page, { type: 'nianbiao:goto', event: events[3]!.id });
	await page.waitForTimeout(300);
	await expect(current).toHaveAttribute('data-event-id', events[3]!.id);
	expect(await frame.locator('svg[data-timeline]').getAttribute('data-domain-start')).toBe(domain);
	expect((await messages.ofType('nianbiao:select')).length).toBe(selects);
	expect(await frame.locator('img, b').count()).toBe(0);
	expect(dialogs).toBe(0);

	// A window on command; reveal.js's slide:stop settles on the overview, slide:start zooms back.
	const svg = frame.locator('svg[data-timeline]');
	await post(page, { type: 'nianbiao:view', from: '2016-01-01', to: '2018-01-01' });
	await expect(svg).toHaveAttribute('data-domain-start', /^2016-01/);
	await post(page, 'slide:stop');
	await expect.poll(async () => (await svg.getAttribute('data-domain-start'))! < '2015').toBe(true);
	await post(page, 'slide:start');
	await expect(svg).toHaveAttribute('data-domain-start', /^2016-01/);
});

test("the deck's own keys step through the events before leaving the slide", async ({ page, baseURL }) => {
	const messages = await recordMessages(page);
	await page.goto(`${examplesOrigin}/reveal/?app=${baseURL}/embed`);
	await page.keyboard.press('ArrowRight');
	const { events } = (await messages.ready()).data as Ready;
	const frame = page.frameLocator('iframe');
	const current = frame.locator('svg[data-timeline] [aria-current="true"]').first();
	// Wait for the deck to have made one step per event before pressing.
	await expect(page.locator('#timeline-slide .fragment')).toHaveCount(events.length);

	for (const [at, event] of events.entries()) {
		await page.keyboard.press(at % 2 ? 'PageDown' : 'ArrowRight');
		await expect.poll(messages.lastSelected).toBe(event.id);
	}
	await expect(current).toHaveAttribute('data-event-id', events.at(-1)!.id);
	await expect(page.locator('#timeline-slide')).toHaveClass(/\bpresent\b/);
	await page.keyboard.press('ArrowLeft');
	await expect.poll(messages.lastSelected).toBe(events.at(-2)!.id);
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('section.present h2')).toHaveText('Thank you');
});

for (const [width, height] of STAGE_SIZES)
	test(`in the deck at ${width}×${height}, events keep their rows and the selected title is whole and in the frame`, async ({
		page,
		baseURL
	}) => {
		await page.setViewportSize({ width, height });
		const messages = await recordMessages(page);
		await page.goto(`${examplesOrigin}/reveal/?app=${baseURL}/embed`);
		await page.keyboard.press('ArrowRight');
		const { events } = (await messages.ready()).data as Ready;
		await expect(page.locator('#timeline-slide .fragment')).toHaveCount(events.length);
		const svg = page.frameLocator('iframe').locator('svg[data-timeline]');
		const seen = new Map<string, number>();
		for (const event of events) {
			await page.keyboard.press('ArrowRight');
			await expect.poll(messages.lastSelected).toBe(event.id);
			await page.waitForTimeout(700);
			const state = await frameState(svg);
			expect(state.lonely, event.id).toBe(0);
			expect(state.inside, event.id).toBe(true);
			expect(state.cut, event.id).toBe(false);
			for (const [id, y] of Object.entries(state.lanes)) {
				if (seen.has(id)) expect(y, `${id} at ${event.id}`).toBe(seen.get(id));
				seen.set(id, y);
			}
		}
	});

test('with origin= set, other origins are neither obeyed nor told anything', async ({ page, baseURL }) => {
	const messages = await recordMessages(page);
	const app = `${baseURL}/embed?fit=content&origin=${encodeURIComponent('https://deck.example')}`;
	await page.goto(`${examplesOrigin}/auto-height/?app=${encodeURIComponent(app)}`);
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('svg[data-timeline][data-ready="true"]')).toHaveCount(1);
	const id = await frame.locator('svg[data-timeline] [data-event-id]').first().getAttribute('data-event-id');
	await post(page, { type: 'nianbiao:goto', event: id });
	await page.waitForTimeout(300);
	await expect(frame.locator('svg[data-timeline] [aria-current="true"]')).toHaveCount(0);
	expect(await messages.log()).toEqual([]);
});

test('a plain page sizes the frame to its content', async ({ page, baseURL }) => {
	await page.goto(`${examplesOrigin}/auto-height/?app=${encodeURIComponent(`${baseURL}/embed?fit=content`)}`);
	const iframe = page.locator('iframe');
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('svg[data-timeline][data-ready="true"]')).toHaveCount(1);
	const content = () =>
		frame.locator('body').evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
	const outer = () => iframe.evaluate((element) => Math.round(element.getBoundingClientRect().height));
	await expect.poll(async () => (await outer()) - (await content())).toBe(0);
	expect(await outer()).not.toBe(320);
});

test.describe('/embed on its own', () => {
	test('a bad or unreachable src says which URL and what is wrong', async ({ page }) => {
		await page.goto('/embed?src=/no-such-file.json');
		await expect(page.getByRole('alert')).toContainText('/no-such-file.json');
		await expect(page.getByRole('alert')).toContainText('HTTP 404');

		await page.goto('/embed?src=/favicon.svg');
		await expect(page.getByRole('alert')).toContainText('is not JSON');

		await page.goto('/embed?src=/_app/version.json');
		await expect(page.getByRole('alert')).toContainText('is not a nianbiao data set: article:');
		await expect(page.locator('svg[data-timeline]')).toHaveCount(0);
	});

	test('src= draws another data set, and event= selects in it', async ({ page }) => {
		await page.route('https://data.example/**', (route) =>
			route.fulfill({ json: sampleDataset(), headers: { 'access-control-allow-origin': '*' } })
		);
		await page.goto('/embed?src=https://data.example/ten-years.json&event=e-year&card=0');
		await expect(page.locator('svg[data-timeline] [data-event-id="e-day"]').first()).toBeAttached();
		await expect(page.locator('svg[data-timeline] [aria-current="true"]').first()).toHaveAttribute(
			'data-event-id',
			'e-year'
		);
	});

	test('a large src= is drawn before a worker has checked it, and a bad one gives way to what is wrong', async ({
		page
	}) => {
		const bad = synthetic(LARGE);
		bad.events[4321]!.start = '2014-02-30';
		await page.route('https://data.example/**', (route) =>
			route.fulfill({
				json: route.request().url().endsWith('/bad.json') ? bad : synthetic(LARGE),
				headers: { 'access-control-allow-origin': '*' }
			})
		);
		await page.goto('/embed?src=https://data.example/good.json');
		await expect(page.locator('svg[data-timeline][data-ready="true"]')).toHaveCount(1);
		await expect(page.getByRole('alert')).toHaveCount(0);

		await page.goto('/embed?src=https://data.example/bad.json');
		await expect(page.getByRole('alert')).toContainText(
			'is not a nianbiao data set: events.4321.start: must be a real date'
		);
		await expect(page.locator('svg[data-timeline]')).toHaveCount(0);
	});

	test('the zoom loads at a first gesture, not before, and that gesture is carried out once it has', async ({
		page
	}) => {
		// d3-zoom's code is the one script that names its wheel listener; it is held back until let go.
		let asked = false;
		let letGo!: () => void;
		const held = new Promise<void>((resolve) => (letGo = resolve));
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			const response = await route.fetch();
			if ((await response.text()).includes('wheel.zoom')) {
				asked = true;
				await held;
			}
			await route.fulfill({ response });
		});
		await page.goto('/embed');
		const svg = page.locator('svg[data-timeline]');
		await expect(svg).toHaveAttribute('data-ready', 'true');
		await page.waitForTimeout(1500);
		expect(asked).toBe(false);

		const span = () =>
			svg.evaluate(
				(s: SVGSVGElement) => Date.parse(s.dataset.domainEnd!) - Date.parse(s.dataset.domainStart!)
			);
		const before = await span();
		const box = (await svg.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
		for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -300);
		await expect.poll(() => asked).toBe(true);
		// A mark answers meanwhile: picked, it is the selected one.
		const mark = svg.locator('[data-event-id]').first();
		const id = await mark.getAttribute('data-event-id');
		await mark.locator('circle, rect').first().click();
		await expect(svg.locator('[aria-current="true"]').first()).toHaveAttribute('data-event-id', id!);
		expect(await span()).toBe(before);
		expect(await page.evaluate(() => window.scrollY)).toBe(0);

		letGo();
		await expect.poll(span).toBeLessThan(before / 2);
		// What the page still asks for (the card's code) must not outlive this test.
		await page.unrouteAll({ behavior: 'ignoreErrors' });
	});

	test('unknown or malformed parameters fall back to the defaults, never a broken frame', async ({
		page
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(
			'/embed?theme=neon&controls=maybe&card=2&lang=xx&event=%3Cb%3E&from=2020&to=1990&origin=javascript:alert(1)&zoom=9'
		);
		await expect(page.locator('svg[data-timeline][data-ready="true"]')).toHaveCount(1);
		expect(await page.locator('svg[data-timeline] [data-event-id]').count()).toBeGreaterThanOrEqual(5);
		await expect(page.locator('svg[data-timeline] [aria-current="true"]')).toHaveCount(0);
		expect(errors).toEqual([]);
	});
});
