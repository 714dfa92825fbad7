import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Issue 15: every TimelineJS fixture (written from TimelineJS's documented format) opens through
 * `/embed?src=`, with its events, its pictures in the card, its groups as rows and its eras as bands.
 * The files are served at a made-up https address by the browser's own routing, as a newsroom's server
 * would send them (with CORS); the embed sits in a frame whose `nianbiao:ready` message names the events.
 */
const DIR = join(import.meta.dirname, '..', 'src', 'lib', 'formats', 'fixtures', 'timelinejs');
const ORIGIN = 'https://fixtures.example';

type Slide = {
	text?: { headline?: string };
	headline?: string;
	media?: { url?: string };
	asset?: { media?: string };
	group?: string;
	tag?: string;
};
type File = { events?: Slide[]; eras?: unknown[]; timeline?: { date: Slide[]; era?: unknown[] } };

const fixtures = readdirSync(DIR)
	.filter((name) => name.endsWith('.json'))
	.map((name) => ({ name, file: JSON.parse(readFileSync(join(DIR, name), 'utf8')) as File }));

/** The slides that cannot be read, by file: the rest open. */
const LEFT_OUT: Record<string, number> = { 'partly-broken.json': 4 };
const IMAGE = /\.(png|jpe?g|gif|webp)$|^data:image\/png/i;
const plain = (html: string | undefined) => (html ?? '').replace(/<[^>]*>/g, '').trim();

async function serveFixtures(page: Page) {
	await page.route(`${ORIGIN}/**`, (route) =>
		route.fulfill({
			path: join(DIR, decodeURIComponent(new URL(route.request().url()).pathname)),
			headers: { 'access-control-allow-origin': '*' }
		})
	);
}

/** The embed of `name` in a frame, and the events its ready message names. */
async function openInFrame(page: Page, baseURL: string, name: string) {
	await serveFixtures(page);
	const src = `${baseURL}/embed?src=${encodeURIComponent(`${ORIGIN}/${name}`)}`;
	await page.setViewportSize({ width: 1100, height: 800 });
	await page.setContent(
		`<script>window.__log = []; addEventListener('message', (e) => __log.push(e.data));</script>
		<iframe src="${src}" style="width: 1000px; height: 720px; border: 0"></iframe>`
	);
	const readyOf = () =>
		page.evaluate(() =>
			(window as unknown as { __log: { type?: string }[] }).__log.find((m) => m?.type === 'nianbiao:ready')
		);
	await expect.poll(readyOf, { timeout: 20_000 }).toBeTruthy();
	const { events } = (await readyOf()) as unknown as { events: { id: string; title: string }[] };
	const frame = page.frameLocator('iframe');
	const goto = (id: string) =>
		page.evaluate(
			(event) =>
				document.querySelector('iframe')!.contentWindow!.postMessage({ type: 'nianbiao:goto', event }, '*'),
			id
		);
	return { frame, events, goto };
}

const svgOf = (frame: FrameLocator) => frame.locator('svg[data-timeline][data-ready="true"]');

for (const { name, file } of fixtures) {
	test(`${name} opens through /embed?src= with its events, pictures, groups and eras`, async ({
		page,
		baseURL
	}) => {
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		const { frame, events, goto } = await openInFrame(page, baseURL!, name);
		const slides = file.timeline?.date ?? file.events ?? [];
		const eras = file.timeline?.era ?? file.eras ?? [];
		await expect(svgOf(frame)).toHaveCount(1);
		expect(events).toHaveLength(slides.length - (LEFT_OUT[name] ?? 0));
		if (LEFT_OUT[name]) await expect(frame.locator('[data-left-out]')).toBeVisible();
		else await expect(frame.locator('[data-left-out]')).toHaveCount(0);

		// Every event with a picture shows it in the card, loaded.
		const pictures = slides.filter((slide) =>
			IMAGE.test(slide.media?.url ?? slide.asset?.media ?? '')
		).length;
		let shown = 0;
		for (const event of events) {
			await goto(event.id);
			const card = frame.locator('section.card');
			await expect(card.locator('h2')).toHaveText(event.title);
			// The code that draws a picture loads with the first one: until then the card says it is busy.
			await expect(card).not.toHaveAttribute('aria-busy', 'true');
			const image = card.locator('figure[data-media="image"] img');
			if (!(await image.count())) continue;
			shown++;
			await expect
				.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
				.toBeGreaterThan(0);
		}
		expect(shown).toBe(pictures);

		// Groups as rows: each named, and every drawn event in its own group's row.
		const groups = new Set(slides.map((slide) => plain(slide.group ?? slide.tag)).filter(Boolean));
		const svg = svgOf(frame);
		if (groups.size) {
			const rows = svg.locator('[data-group]');
			const names = await rows.evaluateAll((all) => all.map((row) => row.getAttribute('data-group')));
			expect(names.filter(Boolean).sort()).toEqual([...groups].sort());
			const groupOf = new Map(
				slides.map((slide) => [
					plain(slide.text?.headline ?? slide.headline),
					plain(slide.group ?? slide.tag)
				])
			);
			const placed = await svg.evaluate((s) => {
				const lines = [...s.querySelectorAll('[data-group]')].map((row) => ({
					name: row.getAttribute('data-group'),
					y: row.querySelector('line')!.getBoundingClientRect().top
				}));
				// Where they are drawn, not their attributes: a mark's shape is placed by its group's transform.
				return [...s.querySelectorAll('[data-event-id]')].map((mark) => {
					const shape = mark.querySelector('circle, rect')!.getBoundingClientRect();
					const y = shape.top + shape.height / 2;
					return {
						title: mark.querySelector('title')!.textContent!.split(' · ').slice(1).join(' · '),
						row: lines.filter((line) => line.y <= y).at(-1)?.name ?? null
					};
				});
			});
			expect(placed.length).toBeGreaterThan(0);
			for (const { title, row } of placed) expect(row, title).toBe(groupOf.get(title) ?? '');
		} else await expect(svg.locator('[data-group]')).toHaveCount(0);

		// Eras as bands behind the events, each named as the file names it.
		const bands = svg.locator('[data-era]');
		await expect(bands).toHaveCount(eras.length - (name === 'partly-broken.json' ? 1 : 0));
		expect(dialogs).toEqual([]);
	});
}

test('a picture that does not load leaves its caption and a link; the time is said in the card; the stage shows pictures large', async ({
	page,
	baseURL
}) => {
	const { frame, events, goto } = await openInFrame(page, baseURL!, 'harbour-ferry.json');
	// As offline: the picture is asked for only when its card shows (a later route is asked first).
	await page.route(`${ORIGIN}/images/steamer.png`, (route) => route.abort('internetdisconnected'));
	// Nothing selected: the title slide, with its lead and picture.
	const title = frame.locator('[data-title-slide]');
	await expect(title).toContainText('A century of crossings');
	await expect(title.locator('img')).toHaveAttribute('src', `${ORIGIN}/images/pier.png`);

	await goto(events.find((event) => event.title === 'First steam launch')!.id);
	const figure = frame.locator('section.card figure[data-media]');
	await expect(figure).toHaveAttribute('data-failed', 'true');
	await expect(figure.locator('img')).toHaveCount(0);
	await expect(figure).toContainText('The Ada at the old pier');
	await expect(figure.locator('a')).toHaveAttribute('href', `${ORIGIN}/images/steamer.png`);

	const launch = await openInFrame(page, baseURL!, 'launch-day.json');
	await launch.goto(launch.events.find((event) => event.title === 'Lift-off')!.id);
	await expect(launch.frame.locator('section.card .when')).toHaveText('March 14, 2025, 09:41:30');

	await serveFixtures(page);
	await page.goto(`/present?src=${encodeURIComponent(`${ORIGIN}/city-council.json`)}`);
	const caption = page.locator('main.stage > .caption');
	await expect(caption).toContainText('Coalition elected');
	const picture = caption.locator('figure[data-media="image"] img');
	await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
	expect(await picture.evaluate((img) => img.getBoundingClientRect().height)).toBeGreaterThan(100);
});
