import { expect, test, type Page } from '@playwright/test';
import { execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

// One test, so one worker builds the file; the build takes a few seconds.
test('dist/nianbiao.html runs from file:// alone, with no network', async ({ page, context }) => {
	test.setTimeout(300_000);
	execSync('npm run build:single', { stdio: 'pipe' });
	expect(readdirSync('dist')).toEqual(['nianbiao.html']);
	const file = resolve('dist/nianbiao.html');
	expect(existsSync(file)).toBe(true);

	const requests: string[] = [];
	context.on('request', (request) => {
		if (!request.url().startsWith('data:')) requests.push(request.url());
	});
	const errors: string[] = [];
	const watch = (tab: Page) => {
		tab.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		tab.on('pageerror', (error) => errors.push(error.message));
	};
	watch(page);
	await context.setOffline(true);

	const url = pathToFileURL(file).href;
	await page.goto(url);
	await expect(page.locator('svg[data-timeline][data-ready="true"]')).toHaveCount(1);
	expect(await page.locator('svg[data-timeline] [data-event-id]').count()).toBeGreaterThanOrEqual(5);
	await expect(page.locator('#p-0')).toBeVisible();
	const timeline = page.locator('svg[data-timeline]');
	const ready = async (address: string) => {
		await page.goto(address);
		await expect(timeline).toHaveAttribute('data-ready', 'true');
	};

	// Simplified, from the copy the file carries: by the switch and by the address.
	await expect(page.locator('#p-0')).toContainText('網');
	await page.getByRole('button', { name: '简体中文' }).click();
	await expect(page.locator('#p-0')).toContainText('网');
	await expect(page.locator('#p-0')).not.toContainText('網');
	await expect(page).toHaveURL(/#\/\?lang=zh-Hans$/);
	await page.getByRole('button', { name: '繁體中文' }).click();
	await expect(page.locator('#p-0')).toContainText('網');
	await ready(`${url}#/?lang=zh-Hans`);
	await expect(page.locator('#p-0')).toContainText('网');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');

	// The reading page's address as the stage's: the query after the route, or before the hash.
	const [first, second] = await page
		.locator('article mark[data-event-id]')
		.evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-event-id')!));
	const selected = (id: string) =>
		expect(timeline.locator(`[data-event-id="${id}"]`)).toHaveAttribute('aria-current', 'true');
	await ready(`${url}#/?event=${second}`);
	await selected(second!);
	await page.locator(`article mark[data-event-id="${first}"]`).click();
	await selected(first!);
	await expect(page).toHaveURL(`${url}#/?event=${first}`);
	await page.goBack();
	await selected(second!);
	await ready(`${url}?event=${first}#/`);
	await selected(first!);
	await page.locator(`article mark[data-event-id="${second}"]`).click();
	await selected(second!);
	await expect(page).toHaveURL(`${url}#/?event=${second}`);

	// The stage too, with its speaker view: the talk runs from this one file.
	await page.goto(`${url}#/present`);
	await expect(page.locator('main[data-scene]')).toHaveAttribute('data-scene', '0');
	const speaker = await context.newPage();
	watch(speaker);
	await speaker.goto(`${url}#/present?speaker`);
	await expect(speaker.locator('[data-speaker]')).toHaveAttribute('data-scene', '0');
	await page.bringToFront();
	await page.keyboard.press('PageDown');
	await expect(page.locator('main[data-scene]')).toHaveAttribute('data-scene', '1');
	await expect(speaker.locator('[data-speaker]')).toHaveAttribute('data-scene', '1');

	expect(requests.every((request) => request.startsWith(url))).toBe(true);
	expect(errors).toEqual([]);
});
