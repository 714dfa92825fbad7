import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

test.describe('the prerendered first frame, with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('/ holds the whole seed article beside a timeline of its events', async ({ page }) => {
		await page.goto('/');
		const source = readFileSync('data/cyberspace-shared-future.txt', 'utf8')
			.split(/\r\n|\n|\r/)
			.filter((line) => line.trim() !== '');
		await expect(page.locator('[id^="p-"]')).toHaveCount(source.length);
		for (const [index, text] of source.entries())
			expect(await page.locator(`#p-${index}`).textContent()).toBe(text);
		// Search results and link previews show the article's opening words.
		const description = await page.locator('meta[name="description"]').getAttribute('content');
		expect(source.some((line) => line.startsWith(description!.replace(/…$/, '')))).toBe(true);
		expect(description!.length).toBeGreaterThan(20);

		const svg = page.locator('svg[data-timeline]');
		await expect(svg).toBeVisible();
		const drawn = await svg
			.locator('[data-event-id]')
			.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-event-id')));
		expect(new Set(drawn).size).toBeGreaterThanOrEqual(5);

		const marked = await page
			.locator('article mark[data-event-id]')
			.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-event-id')));
		expect(marked.length).toBeGreaterThanOrEqual(5);
		for (const id of marked) expect(drawn).toContain(id);
	});

	test('every article in data/ has its own page', async ({ page }) => {
		await page.goto('/a/cyberspace-shared-future');
		await expect(page.locator('#p-0')).toHaveText(
			'務實推進網路空間命運共同體建設,為世界貢獻中國智慧與中國方案'
		);
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
	});
});

test('a phone gets one column, a projector two panes', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto('/');
	const article = page.locator('article').first();
	const timeline = page.locator('svg[data-timeline]');
	const narrow = { article: await article.boundingBox(), timeline: await timeline.boundingBox() };
	expect(narrow.article!.width).toBeLessThanOrEqual(375);
	expect(narrow.timeline!.width).toBeLessThanOrEqual(375);

	await page.setViewportSize({ width: 1920, height: 1080 });
	const wide = { article: await article.boundingBox(), timeline: await timeline.boundingBox() };
	// Side by side: the two panes share the height band and do not overlap horizontally.
	expect(wide.article!.y).toBeLessThan(wide.timeline!.y + wide.timeline!.height);
	const [left, right] = [wide.article!, wide.timeline!].sort((a, b) => a.x - b.x);
	expect(left!.x + left!.width).toBeLessThanOrEqual(right!.x + 1);
});
