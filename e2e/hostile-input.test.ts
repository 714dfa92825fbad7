/**
 * Issue 14 in the browser: what a frame says about an address it will not fetch or a server that never
 * answers, and exports that survive characters XML forbids, or say why they failed.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { sampleDataset } from '../src/lib/model/fixture.test-helper';
import { pngSize } from '../src/lib/formats/svg';

test('src= that is not http(s) is named in the frame, never ignored', async ({ page }) => {
	for (const [src, scheme] of [
		['javascript:alert(1)', 'javascript:'],
		['data:application/json,{}', 'data:'],
		['file:///etc/passwd', 'file:']
	]) {
		await page.goto(`/embed?src=${encodeURIComponent(src!)}`);
		await expect(page.getByRole('alert')).toContainText(`is a ${scheme} address`);
		await expect(page.getByRole('alert')).toContainText(src!);
		await expect(page.locator('[data-retry]')).toHaveCount(0);
		await expect(page.locator('svg[data-timeline]')).toHaveCount(0);
	}
	await page.goto('/present?src=javascript:alert(1)');
	await expect(page.getByRole('alert')).toContainText('is a javascript: address');
});

test('a src that never answers is given up on after 15 seconds, and Retry loads it', async ({ page }) => {
	let answer = false;
	let asked = 0;
	await page.route('https://slow.example/**', (route) => {
		asked += 1;
		// The first request hangs for good (the route is never fulfilled); the retry is answered.
		if (answer)
			void route.fulfill({ json: sampleDataset(), headers: { 'access-control-allow-origin': '*' } });
	});
	await page.clock.install();
	await page.goto('/embed?src=https://slow.example/data.json');
	await expect(page.getByRole('status')).toContainText('Loading https://slow.example/data.json');
	await expect.poll(() => asked).toBe(1);
	// The request goes out before the code that times it has loaded, so the page's clock runs a second at a
	// time until the frame gives up: never before 15 seconds.
	let waited = 0;
	await expect
		.poll(
			async () => {
				await page.clock.runFor(1_000);
				waited += 1_000;
				return page.getByRole('alert').count();
			},
			{ intervals: [50], timeout: 30_000 }
		)
		.toBe(1);
	expect(waited).toBeGreaterThanOrEqual(15_000);
	await expect(page.getByRole('alert')).toContainText('did not send the whole file within 15 seconds');
	answer = true;
	await page.locator('[data-retry]').click();
	await expect(page.locator('svg[data-timeline] [data-event-id="e-day"]').first()).toBeAttached();
});

test('a data set with no dated event says so in the frame and on the stage, with no empty axis', async ({
	page
}) => {
	await page.route('https://data.example/**', (route) =>
		route.fulfill({
			json: { ...sampleDataset(), events: [] },
			headers: { 'access-control-allow-origin': '*' }
		})
	);
	await page.goto('/embed?src=https://data.example/undated.json&lang=en');
	await expect(page.locator('[data-no-events]')).toHaveText('No dated events.');
	await expect(page.locator('svg[data-timeline]')).toBeHidden();
	// The zoom buttons come with the engine, which loads when the browser is idle or after 2 s at most:
	// checked once it has come, or an empty frame would pass only for being early.
	await page.waitForTimeout(2500);
	await expect(page.getByRole('button', { name: 'Zoom in' })).toHaveCount(0);
	await page.goto('/present?src=https://data.example/undated.json&lang=en');
	await expect(page.locator('[data-scene-counter]')).toHaveText('No dated events to play');
	await expect(page.locator('[data-no-events]')).toBeVisible();
});

test('a line break from Word in the drawn text leaves the SVG readable and the PNG whole', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.locator('svg[data-timeline][data-ready="true"]')).toHaveCount(1);
	// What an article pasted from Word carries: a vertical tab, and a NUL, in the chart's text.
	await page
		.locator('svg[data-timeline] text')
		.first()
		.evaluate((text) => {
			text.textContent = `${text.textContent}\u000b第二行\u0000`;
		});
	await page.locator('button[data-share]').click();
	const dialog = page.getByRole('dialog');
	const save = async (kind: string) => {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			dialog.locator(`[data-download="${kind}"]`).click()
		]);
		return readFileSync((await download.path())!);
	};
	const svg = (await save('svg')).toString('utf8');
	const parsed = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		return { broken: doc.querySelector('parsererror') !== null, text: doc.documentElement.textContent ?? '' };
	}, svg);
	expect(parsed.broken).toBe(false);
	expect(parsed.text).toContain(' 第二行\ufffd');
	expect(pngSize(new Uint8Array(await save('png')))).not.toBeNull();
	await expect(dialog.locator('[data-export-failure]')).toHaveCount(0);
});

test('an export that fails says so in the dialog', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('svg[data-timeline][data-ready="true"]')).toHaveCount(1);
	await page.evaluate(() => {
		HTMLImageElement.prototype.decode = () => Promise.reject(new Error('the image could not be decoded'));
	});
	await page.locator('button[data-share]').click();
	const dialog = page.getByRole('dialog');
	await dialog.locator('[data-download="png"]').click();
	await expect(dialog.getByRole('alert')).toHaveText(/^PNG 匯出失敗：the image could not be decoded$/);
	await expect(dialog.locator('.downloads')).toHaveAttribute('aria-busy', 'false');
});

test('every page carries a Content-Security-Policy and breaks none of its rules', async ({ page }) => {
	const violations: string[] = [];
	await page.addInitScript(() => {
		addEventListener('securitypolicyviolation', (event) =>
			console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
		);
	});
	page.on('console', (message) => {
		if (/Content Security Policy|CSP violation/.test(message.text())) violations.push(message.text());
	});
	for (const path of ['/', '/embed', '/present', '/embed?theme=dark&controls=1']) {
		await page.goto(path);
		await expect(page.locator('svg[data-timeline][data-ready="true"]')).toHaveCount(1);
		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
		expect(policy).toContain("object-src 'none'");
	}
	// The reader's lazy parts load under it too: the zoom engine, the share dialog, a PNG drawn from data:.
	await page.goto('/');
	await page.locator('svg[data-timeline]').hover();
	await page.locator('button[data-share]').click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('dialog').locator('[data-download="png"]').click()
	]);
	expect(pngSize(new Uint8Array(readFileSync((await download.path())!)))).not.toBeNull();
	await page
		.getByRole('dialog')
		.getByRole('button', { name: /關閉|Close/ })
		.click();
	await page.getByRole('button', { name: '简体中文' }).click();
	await expect(page.locator('#p-0')).toContainText('网');
	expect(violations).toEqual([]);
});
