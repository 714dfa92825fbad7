import { expect, test } from '@playwright/test';
import { execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

// One test, so one worker builds the file; the build takes a few seconds.
test('dist/nianbiao.html runs from file:// alone, with no network', async ({ page, context }) => {
	test.setTimeout(120_000);
	execSync('npm run build:single', { stdio: 'pipe' });
	expect(readdirSync('dist')).toEqual(['nianbiao.html']);
	const file = resolve('dist/nianbiao.html');
	expect(existsSync(file)).toBe(true);

	const requests: string[] = [];
	context.on('request', (request) => {
		if (!request.url().startsWith('data:')) requests.push(request.url());
	});
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await context.setOffline(true);

	const url = pathToFileURL(file).href;
	await page.goto(url);
	await expect(page.locator('svg[data-timeline][data-ready="true"]')).toHaveCount(1);
	expect(await page.locator('svg[data-timeline] [data-event-id]').count()).toBeGreaterThanOrEqual(5);
	await expect(page.locator('#p-0')).toBeVisible();

	// The stage too, with its speaker view: the talk runs from this one file.
	await page.goto(`${url}#/present`);
	await expect(page.locator('main[data-scene]')).toHaveAttribute('data-scene', '0');
	const speaker = await context.newPage();
	await speaker.goto(`${url}#/present?speaker`);
	await expect(speaker.locator('[data-speaker]')).toHaveAttribute('data-scene', '0');
	await page.bringToFront();
	await page.keyboard.press('PageDown');
	await expect(page.locator('main[data-scene]')).toHaveAttribute('data-scene', '1');
	await expect(speaker.locator('[data-speaker]')).toHaveAttribute('data-scene', '1');

	expect(requests.every((request) => request.startsWith(url))).toBe(true);
	expect(errors).toEqual([]);
});
