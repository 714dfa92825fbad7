import { expect, test, type Locator, type Page } from '@playwright/test';

/** The timeline's svg, once its engine has loaded and drawn (hovering is a first interaction). */
async function ready(page: Page): Promise<Locator> {
	const svg = page.locator('svg[data-timeline]').first();
	await svg.hover();
	await expect(svg).toHaveAttribute('data-ready', 'true');
	return svg;
}

const window_ = (svg: Locator) =>
	svg.evaluate((s: SVGSVGElement) => ({
		start: Date.parse(s.dataset.domainStart!),
		end: Date.parse(s.dataset.domainEnd!)
	}));
const span = async (svg: Locator) => {
	const { start, end } = await window_(svg);
	return end - start;
};

/** Pairs of text boxes that overlap by more than a hair, in the svg. */
function overlaps(svg: Locator) {
	return svg.evaluate((s) => {
		const boxes = [...s.querySelectorAll('text')]
			.map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }))
			.filter(({ r }) => r.width > 0);
		const bad: string[] = [];
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++) {
				const a = boxes[i]!.r;
				const b = boxes[j]!.r;
				const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
				const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
				if (w > 1 && h > 1) bad.push(`${boxes[i]!.text} × ${boxes[j]!.text}`);
			}
		return bad;
	});
}

test('the prerendered timeline names its window and has a title and a description', async ({ page }) => {
	await page.goto('/');
	const svg = page.locator('svg[data-timeline]').first();
	await expect(svg).toHaveAttribute('data-domain-start', /^\d{4}-\d{2}-\d{2}$/);
	await expect(svg).toHaveAttribute('data-domain-end', /^\d{4}-\d{2}-\d{2}$/);
	await expect(svg.locator('title').first()).not.toBeEmpty();
	await expect(svg.locator('desc')).not.toBeEmpty();
});

test('wheel zooms in and drag pans, and data-domain-start follows', async ({ page }) => {
	await page.goto('/');
	const svg = await ready(page);
	const before = await window_(svg);
	const box = (await svg.boundingBox())!;
	await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.4);
	for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -300);
	await expect.poll(() => span(svg)).toBeLessThan((before.end - before.start) / 2);
	const zoomed = await window_(svg);
	expect(zoomed.start).not.toBe(before.start);

	await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.3);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.3, { steps: 5 });
	await page.mouse.up();
	// Dragging right shows earlier dates.
	await expect.poll(async () => (await window_(svg)).start).toBeLessThan(zoomed.start);
});

test('keys: + and - zoom, arrows pan, 0 fits all again', async ({ page }) => {
	await page.goto('/');
	const svg = await ready(page);
	const fit = await window_(svg);
	await svg.focus();
	await page.keyboard.press('+');
	await page.keyboard.press('+');
	await expect.poll(() => span(svg)).toBeLessThan((fit.end - fit.start) / 3);
	const zoomed = await window_(svg);
	await page.keyboard.press('ArrowRight');
	await expect.poll(async () => (await window_(svg)).start).toBeGreaterThan(zoomed.start);
	await page.keyboard.press('-');
	await expect.poll(() => span(svg)).toBeGreaterThan(zoomed.end - zoomed.start);
	await page.keyboard.press('0');
	await expect.poll(() => window_(svg)).toEqual(fit);
});

test('Tab reaches an event; Left/Right move through time; Enter selects; Escape clears', async ({ page }) => {
	await page.goto('/');
	const svg = await ready(page);
	await svg.focus();
	await page.keyboard.press('Tab');
	const focusedId = () => page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null);
	const first = await focusedId();
	expect(first).not.toBeNull();
	await expect(svg.locator(`[data-event-id="${first}"]`)).toHaveAccessibleName(/.+ · .+/);

	await page.keyboard.press('ArrowRight');
	await expect.poll(focusedId).not.toBe(first);
	const second = (await focusedId())!;
	const starts = await svg.evaluate(
		(s, ids) => ids.map((id) => s.querySelector(`[data-event-id="${id}"]`)!.getBoundingClientRect().left),
		[first!, second]
	);
	expect(starts[1]).toBeGreaterThanOrEqual(starts[0]! - 12);
	await page.keyboard.press('ArrowLeft');
	await expect.poll(focusedId).toBe(first);

	await page.keyboard.press('Enter');
	await expect(svg.locator(`[data-event-id="${first}"]`)).toHaveAttribute('aria-current', 'true');
	await expect(svg.locator('[aria-current="true"]')).toHaveCount(1);
	await page.keyboard.press('Escape');
	await expect(svg.locator('[aria-current="true"]')).toHaveCount(0);
});

test('a click on a mark selects it, and it stays under the pointer', async ({ page }) => {
	await page.goto('/');
	const svg = await ready(page);
	for (const id of await svg
		.locator('[data-event-id]')
		.evaluateAll((marks) => marks.map((m) => m.getAttribute('data-event-id')!))) {
		await svg.locator(`[data-event-id="${id}"]`).locator('circle, rect').first().click();
		await expect(svg.locator(`[data-event-id="${id}"]`)).toHaveAttribute('aria-current', 'true');
	}
});

test('after "fit all" the seed timeline accounts for every one of its events', async ({ page }) => {
	await page.goto('/');
	const svg = await ready(page);
	await svg.focus();
	await page.keyboard.press('+');
	await page.keyboard.press('+');
	await page
		.getByRole('button', { name: /顯示全部|Fit all/ })
		.first()
		.click();
	await page.waitForTimeout(700);
	const events = await page
		.locator('article mark[data-event-id]')
		.evaluateAll((marks) => new Set(marks.map((m) => m.getAttribute('data-event-id'))).size);
	const drawn = await svg.evaluate((s) => {
		const marks = s.querySelectorAll('[data-event-id]').length;
		const clustered = [...s.querySelectorAll('[data-cluster-size]')].reduce(
			(sum, c) => sum + Number(c.getAttribute('data-cluster-size')),
			0
		);
		return marks + clustered;
	});
	expect(events).toBeGreaterThan(0);
	expect(drawn).toBe(events);
});

/** A data set of many day events, served to the embed page through `?src=`. */
function many(n: number) {
	const events = Array.from({ length: n }, (_, i) => {
		const day = new Date(Date.UTC(2000, 0, 1) + Math.floor((i * 7919) % 9000) * 86_400_000);
		return {
			id: `e-${i}`,
			start: day.toISOString().slice(0, 10),
			precision: 'day',
			basis: 'explicit',
			derivation: 'synthetic',
			title: `Event ${i}`,
			paragraph: 0,
			span: [0, 1],
			quote: 'x'
		};
	});
	return {
		article: { title: 'Many', language: 'en' },
		paragraphs: [{ index: 0, kind: 'body', text: 'x' }],
		events,
		undated: []
	};
}

test('a cluster click zooms in', async ({ page }) => {
	await page.route(
		(url) => url.pathname === '/fixtures/many.json',
		(route) => route.fulfill({ json: many(3000) })
	);
	await page.goto('/embed?src=/fixtures/many.json');
	const svg = await ready(page);
	const cluster = svg.locator('[data-cluster-size]').first();
	await expect(cluster).toBeVisible();
	const before = await span(svg);
	await cluster.click();
	await expect.poll(() => span(svg)).toBeLessThan(before / 1.5);
});

for (const width of [320, 375, 1280, 1920, 3840])
	test(`no text overlaps at ${width} px, from all the years down to one day and back`, async ({ page }) => {
		test.slow();
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/');
		const svg = await ready(page);
		expect(await overlaps(svg)).toEqual([]);
		const fit = await span(svg);
		await svg.focus();
		for (let i = 0; i < 14; i++) {
			await page.keyboard.press('+');
			await page.waitForTimeout(250);
			expect(await overlaps(svg)).toEqual([]);
		}
		// As far in as it goes: one day (the attributes name the first and last day shown).
		expect(await span(svg)).toBeLessThanOrEqual(86_400_000);
		for (let i = 0; i < 14; i++) {
			await page.keyboard.press('-');
			await page.waitForTimeout(250);
			expect(await overlaps(svg)).toEqual([]);
		}
		expect(await span(svg)).toBe(fit);
	});

test('after a selection is cleared and the reader zooms and drags, every label sits on its own mark', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/');
	const svg = await ready(page);
	// A date in the text: the timeline is asked to show its event.
	await page.locator('article mark[data-event-id]').first().click();
	await page.waitForTimeout(600);
	await page.keyboard.press('Escape');
	await svg.focus();
	for (let i = 0; i < 4; i++) await page.keyboard.press('-');
	for (let i = 0; i < 3; i++) {
		await page.keyboard.press('+');
		await page.waitForTimeout(250);
	}
	const box = (await svg.boundingBox())!;
	await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.3);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.3, { steps: 8 });
	await page.mouse.up();
	await page.waitForTimeout(500);
	const astray = await svg.evaluate((s) =>
		[...s.querySelectorAll('[data-event-id]')].flatMap((mark) => {
			const shape = mark.querySelector('circle, rect')!.getBoundingClientRect();
			const label = mark.querySelector('text')!.getBoundingClientRect();
			// A label starts on its bar, or beside its dot.
			const onIt = label.left >= shape.left - 1 && label.left <= shape.right + 8;
			const beside = label.right <= shape.left + 1 && label.right >= shape.left - 8;
			return onIt || beside ? [] : [mark.getAttribute('data-event-id')];
		})
	);
	expect(astray).toEqual([]);
});
