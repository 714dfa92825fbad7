import { readdirSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { graveViolations, test } from './fixtures';

const timeline = (page: Page) => page.locator('svg[data-timeline]');
const inTimeline = (page: Page, id: string) => timeline(page).locator(`[data-event-id="${id}"]`);
const inText = (page: Page, id: string) => page.locator(`article mark[data-event-id="${id}"]`);

/** The names of the articles in data/, each built at /a/<name>. */
const ARTICLES = readdirSync('data').flatMap((file) => (file.endsWith('.txt') ? [file.slice(0, -4)] : []));

async function ready(page: Page, url = '/') {
	await page.goto(url);
	await expect(timeline(page)).toHaveAttribute('data-ready', 'true');
}

/** The ids of the events marked in the text, in reading order. */
const markedIds = (page: Page) =>
	page
		.locator('article mark[data-event-id]')
		.evaluateAll((marks) => marks.map((m) => m.getAttribute('data-event-id')!));

test('a click on the timeline brings the event’s words into view and marks them', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await ready(page);
	// Of the events drawn, the one told furthest down the article: out of view at first.
	const drawn = await timeline(page)
		.locator('[data-event-id]')
		.evaluateAll((marks) => marks.map((m) => m.getAttribute('data-event-id')));
	const id = (await markedIds(page)).findLast((marked) => drawn.includes(marked))!;
	await expect(inText(page, id)).not.toBeInViewport();
	await inTimeline(page, id).locator('circle, rect').first().click();

	await expect(inTimeline(page, id)).toHaveAttribute('aria-current', 'true');
	const linked = page.locator('[data-linked="true"]');
	await expect(linked).toHaveCount(1);
	await expect(linked.locator(`mark[data-event-id="${id}"]`)).toHaveAttribute('aria-current', 'true');
	await expect(linked).toBeInViewport();
	await expect(page).toHaveURL(new RegExp(`[?&]event=${id}`));
});

test('a date in the text selects its event on the timeline, and the text stays put', async ({ page }) => {
	await ready(page);
	const ids = await markedIds(page);
	const id = ids.at(-1)!;
	const mark = inText(page, id);
	await mark.scrollIntoViewIfNeeded();
	const before = await mark.boundingBox();
	await mark.click();

	await expect(inTimeline(page, id)).toHaveAttribute('aria-current', 'true');
	await expect(page.locator('[data-linked="true"]')).toHaveAttribute('id', /^p-\d+$/);
	expect((await mark.boundingBox())!.y).toBeCloseTo(before!.y, 0);
	// The card tells the date as precisely as the text does, and how it is known.
	const card = page.locator('.card');
	await expect(card).toContainText(/\d{4}年/);
	await expect(card).not.toContainText(/\d{4}年1月1日/);
	await expect(card.getByRole('link', { name: /第 \d+ 段/ })).toBeVisible();
});

test('the dates in the text are buttons for the keyboard too', async ({ page }) => {
	await ready(page);
	const id = (await markedIds(page))[0]!;
	await inText(page, id).focus();
	await page.keyboard.press('Enter');
	await expect(inTimeline(page, id)).toHaveAttribute('aria-current', 'true');
	await page.keyboard.press('Escape');
	await expect(page.locator('[data-linked="true"]')).toHaveCount(0);
	await expect(timeline(page).locator('[aria-current="true"]')).toHaveCount(0);
});

test('?event= opens the page with that event selected and in view', async ({ page }) => {
	await page.goto('/');
	const id = (await markedIds(page)).at(-1)!;
	await ready(page, `/?event=${id}`);
	await expect(inTimeline(page, id)).toHaveAttribute('aria-current', 'true');
	await expect(page.locator('[data-linked="true"]')).toBeInViewport();
	await expect(inText(page, id)).toBeInViewport();
});

test('?from=&to= opens the timeline on that window; a plain address stays plain', async ({ page }) => {
	await ready(page, '/?from=2014&to=2016');
	await expect(timeline(page)).toHaveAttribute('data-domain-start', '2014-01-01');
	await expect(timeline(page)).toHaveAttribute('data-domain-end', '2016-12-31');

	await ready(page, '/');
	await page.waitForTimeout(600);
	expect(new URL(page.url()).search).toBe('');
});

test('Back and Forward walk through the selections', async ({ page }) => {
	await ready(page);
	const [first, second] = await markedIds(page);
	await inText(page, first!).click();
	await inText(page, second!).click();
	await expect(inText(page, second!)).toHaveAttribute('aria-current', 'true');

	await page.goBack();
	await expect(inText(page, first!)).toHaveAttribute('aria-current', 'true');
	await expect(page).toHaveURL(new RegExp(`event=${first}`));
	await page.goBack();
	await expect(page.locator('article [aria-current="true"]')).toHaveCount(0);
	await page.goForward();
	await expect(inText(page, first!)).toHaveAttribute('aria-current', 'true');
});

/** What is on screen: the selected event, the timeline's window, and the address, once the timeline is still. */
async function onScreen(page: Page) {
	const read = () =>
		page.evaluate(() => {
			const svg = document.querySelector('svg[data-timeline]')!;
			return {
				event:
					document.querySelector('article mark[aria-current="true"]')?.getAttribute('data-event-id') ?? null,
				from: svg.getAttribute('data-domain-start'),
				to: svg.getAttribute('data-domain-end')
			};
		});
	let last = await read();
	for (;;) {
		await page.waitForTimeout(700);
		const now = await read();
		if (JSON.stringify(now) === JSON.stringify(last)) break;
		last = now;
	}
	return { ...last, search: new URL(page.url()).search };
}

test('Back and Forward restore each selection in exactly the window that was on screen', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await ready(page);
	const [first, second] = await markedIds(page);
	const plain = await onScreen(page);
	await inText(page, first!).click();
	const one = await onScreen(page);
	await inText(page, second!).click();
	await timeline(page).focus();
	await page.keyboard.press('+');
	const zoomed = await onScreen(page);
	expect(zoomed.event).toBe(second);
	expect(zoomed.to! < plain.to! || zoomed.from! > plain.from!).toBe(true);
	expect(zoomed.search).toContain(`from=${zoomed.from}`);
	expect(zoomed.search).toContain(`to=${zoomed.to}`);

	await page.goBack();
	expect(await onScreen(page)).toEqual(one);
	await page.goBack();
	expect(await onScreen(page)).toEqual(plain);
	expect(plain.search).toBe('');
	await page.goForward();
	expect(await onScreen(page)).toEqual(one);
});

test('unknown or malformed parameters leave a working page and say nothing', async ({ page }) => {
	await ready(page, '/?event=nope&lang=klingon&from=yesterday&to=2014-02-31');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
	await expect(timeline(page).locator('[aria-current="true"]')).toHaveCount(0);
	await expect(page.locator('#p-0')).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('Tab reaches the timeline; the arrows move to the next event in time; Enter selects', async ({
	page
}) => {
	await ready(page);
	for (let tab = 0; tab < 20; tab++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate(() => !!document.activeElement?.closest('svg[data-timeline]'))) break;
	}
	const focusedEvent = () =>
		page.evaluate(
			() => document.activeElement?.closest('[data-event-id]')?.getAttribute('data-event-id') ?? null
		);
	if ((await focusedEvent()) === null) await page.keyboard.press('Tab');
	const from = await focusedEvent();
	expect(from).not.toBeNull();

	// The list view is the chart's twin: it gives the order of events in time.
	await page.getByRole('button', { name: /^事件列表/ }).click();
	await expect(page.locator('#event-list li').first()).toBeVisible();
	const order = await page
		.locator('#event-list [data-list-event-id]')
		.evaluateAll((items) => items.map((item) => item.getAttribute('data-list-event-id')!));
	await timeline(page).locator(`[data-event-id="${from}"]`).focus();

	await page.keyboard.press('ArrowRight');
	await expect.poll(focusedEvent).toBe(order[order.indexOf(from!) + 1]);
	const next = (await focusedEvent())!;
	await page.keyboard.press('Enter');
	await expect(inTimeline(page, next)).toHaveAttribute('aria-current', 'true');
	await expect(page.locator('[data-linked="true"]').locator(`mark[data-event-id="${next}"]`)).toHaveCount(1);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	/** A one-finger swipe from (x, y) by (dx, dy), as a touch screen sends it. */
	async function swipe(page: Page, x: number, y: number, dx: number, dy: number) {
		const cdp = await page.context().newCDPSession(page);
		const at = (f: number) => [{ x: x + dx * f, y: y + dy * f }];
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
		for (let i = 1; i <= 10; i++) {
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i / 10) });
			await page.waitForTimeout(16);
		}
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		await cdp.detach();
	}

	test('a vertical swipe on the timeline scrolls the page; a sideways one pans; fit all brings all back', async ({
		page
	}) => {
		await ready(page);
		await page.evaluate(() => scrollTo(0, 600));
		const box = (await timeline(page).boundingBox())!;
		const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
		const before = await page.evaluate(() => scrollY);
		const start = await timeline(page).getAttribute('data-domain-start');
		await swipe(page, middle.x, middle.y, 0, -200);
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before + 100);
		expect(await timeline(page).getAttribute('data-domain-start')).toBe(start);
		// A fling goes on scrolling after the finger lifts; a tap lands only on a page at rest.
		let last = -1;
		await expect.poll(async () => last === (last = await page.evaluate(() => scrollY))).toBe(true);

		await page.locator('.zoom-controls button').first().tap();
		await expect.poll(() => timeline(page).getAttribute('data-domain-start')).not.toBe(start);
		const zoomed = await timeline(page).getAttribute('data-domain-start');
		const y = await page.evaluate(() => scrollY);
		const plot = (await timeline(page).boundingBox())!;
		await swipe(page, plot.x + plot.width * 0.8, plot.y + plot.height / 2, -200, 0);
		await expect.poll(() => timeline(page).getAttribute('data-domain-start')).not.toBe(zoomed);
		expect(await page.evaluate(() => scrollY)).toBe(y);

		await page.getByRole('button', { name: '顯示全部' }).tap();
		await expect.poll(() => timeline(page).getAttribute('data-domain-start')).toBe(start);
	});

	test('the page does not move while the timeline comes to life', async ({ page }) => {
		await page.goto('/');
		const top = () => page.evaluate(() => document.querySelector('article')!.getBoundingClientRect().top);
		const first = await top();
		await expect(timeline(page)).toHaveAttribute('data-ready', 'true');
		expect(await top()).toBe(first);
	});

	const clear = (page: Page, id: string) =>
		page.evaluate((id) => {
			const words = document.querySelector(`article mark[data-event-id="${id}"]`)!.getBoundingClientRect();
			const pinned = document.querySelector('.timeline-pane')!.getBoundingClientRect();
			const sheet = document.querySelector('.details')!.getBoundingClientRect();
			return words.top >= pinned.bottom && (sheet.height === 0 || words.bottom <= sheet.top);
		}, id);

	test('a tapped date stays in sight between the pinned timeline and the card', async ({ page }) => {
		await ready(page);
		const id = (await markedIds(page))[2]!;
		await inText(page, id).evaluate((mark) => scrollBy(0, mark.getBoundingClientRect().top - 660));
		await inText(page, id).tap();
		await expect(page.locator('.card')).toBeVisible();
		await expect(inTimeline(page, id)).toHaveAttribute('aria-current', 'true');
		await expect.poll(() => clear(page, id)).toBe(true);
	});

	test('a deep link lands on the words, below the pinned timeline', async ({ page }) => {
		await page.goto('/');
		const id = (await markedIds(page)).at(-1)!;
		await ready(page, `/?event=${id}`);
		await expect.poll(() => clear(page, id)).toBe(true);
	});

	// The card's sheet covers the bottom of the screen, and the page cannot scroll past the end of the text.
	for (const name of ARTICLES) {
		const article = `/a/${name}`;
		test(`the last dated words of ${article} come out from under the card`, async ({ page }) => {
			await page.goto(article);
			const id = (await markedIds(page)).at(-1)!;
			await ready(page, `${article}?event=${id}`);
			await expect(page.locator('.card')).toBeVisible();
			await expect.poll(() => clear(page, id)).toBe(true);
		});
	}
});

test('the list view holds every event in time order, each linked to its paragraph', async ({ page }) => {
	await ready(page);
	const toggle = page.getByRole('button', { name: /^事件列表/ });
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	const items = page.locator('#event-list li');
	await expect(items).toHaveCount(new Set(await markedIds(page)).size);
	const last = items.last();
	const id = (await last.locator('[data-list-event-id]').getAttribute('data-list-event-id'))!;
	await last.locator('button').click();
	await expect(inTimeline(page, id)).toHaveAttribute('aria-current', 'true');
	await expect(last).toHaveAttribute('aria-current', 'true');
});

test('a reader who asks for reduced motion is taken to the words without a scrolling animation', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.setViewportSize({ width: 1440, height: 900 });
	await ready(page);
	await page.getByRole('button', { name: /^事件列表/ }).click();
	const id = (await markedIds(page)).at(-1)!;
	// Every position the text passes through: a smooth scroll passes through many, a jump through one. (The
	// scrolling code loads on first use, so reading the position at once after the click would race it.)
	await page.evaluate(() => {
		const seen: number[] = [];
		(window as unknown as { scrolled: number[] }).scrolled = seen;
		document.addEventListener(
			'scroll',
			(event) => {
				const target = event.target instanceof Element ? event.target : document.scrollingElement!;
				seen.push(target.scrollTop);
			},
			true
		);
	});
	await page.locator(`#event-list [data-list-event-id="${id}"]`).click();
	await expect(inText(page, id)).toBeInViewport({ ratio: 1 });
	const positions = await page.evaluate(() => (window as unknown as { scrolled: number[] }).scrolled);
	expect(new Set(positions).size).toBe(1);
});

test('?lang=zh-Hans shows the article in Simplified script', async ({ page }) => {
	await ready(page, '/?lang=zh-Hans');
	await expect(page.locator('#p-0')).toContainText('网');
	await expect(page.locator('#p-0')).not.toContainText('網');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
	await expect(page.locator('article')).toHaveAttribute('lang', 'zh-Hans');
	// The marks still sit on their words after conversion.
	const id = (await markedIds(page))[0]!;
	await inText(page, id).click();
	await expect(inTimeline(page, id)).toHaveAttribute('aria-current', 'true');
});

test('the language switch changes the interface and the document language, not the article’s words', async ({
	page
}) => {
	await ready(page);
	const source = await page.locator('#p-2').textContent();
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('article')).toHaveAttribute('lang', 'zh-Hant');
	await expect(page.locator('#p-2')).toHaveText(source!);
	await expect(page).toHaveURL(/[?&]lang=en/);
	const id = (await markedIds(page))[0]!;
	await inText(page, id).click();
	await expect(page.locator('.card')).toContainText(/How we know/);
	await expect(page.locator('.card .when')).toHaveText(/^(about |since )?\d{4}/);

	await page.getByRole('button', { name: '简体中文' }).click();
	await expect(page.locator('#p-0')).toContainText('网');
	await page.getByRole('button', { name: '繁體中文' }).click();
	await expect(page.locator('#p-0')).toContainText('網');
	await expect(page).not.toHaveURL(/lang=/);
});

test('the texts the page carries once come back whole when the article is drawn again', async ({ page }) => {
	await ready(page);
	// Read back from the prerendered page, not carried in its data: drawn again from that data, the same.
	const texts = () => page.locator('article .paragraph').evaluateAll((ps) => ps.map((p) => p.textContent));
	const marks = () => page.locator('article mark').evaluateAll((ms) => ms.map((m) => m.textContent));
	const [before, marked] = [await texts(), await marks()];
	await page.getByRole('button', { name: '简体中文' }).click();
	await expect(page.locator('#p-0')).toContainText('网');
	await page.getByRole('button', { name: '繁體中文' }).click();
	await expect(page.locator('#p-0')).toContainText('網');
	expect(await texts()).toEqual(before);
	expect(await marks()).toEqual(marked);
});

test('every article page holds its paragraphs exactly as written, which its data carries no copy of', async ({
	page
}) => {
	for (const name of ARTICLES) {
		const source = (await (await page.request.get(`/a/${name}/source.json`)).json()) as { text: string };
		await ready(page, `/a/${name}`);
		const texts = await page
			.locator('article .paragraph > :first-child')
			.evaluateAll((ps) => ps.map((p) => p.textContent));
		expect(texts).toEqual(source.text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== ''));
		const html = await (await page.request.get(`/a/${name}`)).text();
		expect(html).toContain("app.decode('ShownParagraphs'");
	}
});

test('the articles reached from the studio are loaded whole, their texts with them', async ({ page }) => {
	await page.goto('/mine');
	await page.getByRole('link', { name: '文章' }).click();
	await expect(timeline(page)).toHaveAttribute('data-ready', 'true');
	await page.getByRole('button', { name: '简体中文' }).click();
	await expect(page.locator('#p-0')).toContainText('网');
	await page.getByRole('button', { name: '繁體中文' }).click();
	await expect(page.locator('#p-2')).toContainText('2015年,習近平主席');
});

test('each undated mention leads to its words', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await ready(page);
	// Closed at first, after the events.
	await expect(page.locator('.undated a').first()).toBeHidden();
	await page.locator('.undated summary').click();
	const link = page.locator('.undated a').last();
	const target = (await link.getAttribute('href'))!.slice(1);
	await link.click();
	const words = page.locator(`#${target}`);
	await expect(words).toBeFocused();
	await expect(words).toBeInViewport();
});

test('an article written in Simplified reads the same, whatever the interface language', async ({ page }) => {
	await ready(page, '/a/liangma-lantern-festival');
	const text = await page.locator('article').textContent();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
	await page.getByRole('button', { name: '繁體中文' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
	await expect(page.locator('article')).toHaveAttribute('lang', 'zh-Hans');
	await expect(page.locator('article')).toHaveText(text!);
});

test('scrolling the article moves the timeline’s reading band, unless turned off', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await ready(page);
	const band = timeline(page).locator('.highlight');
	const id = (await markedIds(page)).at(-1)!;
	await inText(page, id).evaluate((mark) => mark.scrollIntoView({ block: 'center', behavior: 'instant' }));
	await expect(band).toHaveCount(1);
	await page.getByRole('checkbox').uncheck();
	await expect(band).toHaveCount(0);
});

for (const path of ['/', '/embed', '/present']) {
	test(`axe finds no serious or critical violation on ${path}`, async ({ page }) => {
		await page.goto(path);
		await expect(timeline(page).first()).toHaveAttribute('data-ready', 'true');
		expect(await graveViolations(page)).toEqual({ light: [], dark: [] });
	});
}

test('the reading bar leads a new visitor to /new and /mine, in the interface language', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: '新的年表' }).click();
	await expect(page).toHaveURL(/\/new$/);
	await expect(page.locator('textarea[name="article"]')).toBeVisible();
	await page.goto('/?lang=en');
	await page.getByRole('link', { name: 'My timelines' }).click();
	await expect(page).toHaveURL(/\/mine$/);
});
