import { expect, test } from '@playwright/test';
import { frameState, STAGE_SIZES } from './frame-state';

/** The scene order /present plays by default: the svg's events in time order, as the speaker view shows. */
test('/present steps through the events with a clicker, and the speaker view keeps in step', async ({
	page,
	context
}) => {
	await page.goto('/present');
	const stage = page.locator('main[data-scene]');
	const selected = page.locator('svg[data-timeline] [aria-current="true"]').first();
	await expect(page.locator('svg[data-timeline][data-ready="true"]')).toHaveCount(1);
	await expect(stage).toHaveAttribute('data-scene', '0');
	const first = await selected.getAttribute('data-event-id');
	await expect(page.locator(`[data-caption-for="${first}"]`)).toBeVisible();

	const speaker = await context.newPage();
	await speaker.goto('/present?speaker');
	await expect(speaker.locator('[data-speaker]')).toHaveAttribute('data-scene', '0');
	// The speaker sees the time and how long the talk has run.
	await expect(speaker.locator('[data-clock]')).toHaveText(/^\d\d:\d\d$/);
	await expect(speaker.locator('[data-elapsed]')).toHaveText(/^0:0[0-9]$/);

	await page.keyboard.press('PageDown');
	await expect(stage).toHaveAttribute('data-scene', '1');
	const second = await selected.getAttribute('data-event-id');
	expect(second).not.toBe(first);
	await expect(page.locator(`[data-caption-for="${second}"]`)).toBeVisible();
	await expect(speaker.locator('[data-speaker]')).toHaveAttribute('data-scene', '1');
	await expect(speaker.locator(`[data-next] [data-caption-for]`)).toBeVisible();
	await expect(speaker.locator('[data-paragraph] mark')).toBeVisible();

	// Even with the focus in the timeline (a click on it), the clicker's keys step the scenes.
	await page.locator('svg[data-timeline]').focus();
	for (const key of ['ArrowRight', 'Space', 'Enter']) await page.keyboard.press(key);
	await expect(stage).toHaveAttribute('data-scene', '4');
	for (const key of ['PageUp', 'ArrowLeft']) await page.keyboard.press(key);
	await expect(stage).toHaveAttribute('data-scene', '2');
	await expect(speaker.locator('[data-speaker]')).toHaveAttribute('data-scene', '2');

	await page.keyboard.press('b');
	await expect(page.locator('[data-blank]')).toBeVisible();
	await page.keyboard.press('.');
	await expect(page.locator('[data-blank]')).toHaveCount(0);
});

test('/present plays a story given in the address, and says what is wrong with a broken one', async ({
	page
}) => {
	await page.goto('/present');
	await expect(page.locator('svg[data-timeline][data-ready="true"]')).toHaveCount(1);
	const ids = await page
		.locator('svg[data-timeline] [data-event-id]')
		.evaluateAll((nodes) => [...new Set(nodes.map((node) => node.getAttribute('data-event-id')))]);
	const story = [
		{ from: '2014-01-01', to: '2026-01-01', caption: 'Ten years, <b>one</b> view' },
		{ event: ids[0] }
	];
	await page.goto(`/present?scenes=${encodeURIComponent(JSON.stringify(story))}`);
	await expect(page.locator('main[data-scene]')).toContainText('Ten years, <b>one</b> view');
	await expect(page.locator('main[data-scene] b')).toHaveCount(0);
	await expect(page.locator('[data-scene-counter]')).toContainText('2');
	await page.keyboard.press('PageDown');
	await expect(page.locator(`[data-caption-for="${ids[0]}"]`)).toBeVisible();

	await page.goto(`/present?scenes=${encodeURIComponent('[{"from":"2016-01-01"}]')}`);
	await expect(page.getByRole('alert')).toContainText('scenes.0');

	// A scene's window zooms in; Home fits all again.
	const svg = page.locator('svg[data-timeline]');
	await page.goto(`/present?scenes=${encodeURIComponent('[{"from":"2016-01-01","to":"2016-07-01"}]')}`);
	await expect(svg).toHaveAttribute('data-domain-start', /^2016-01/);
	await page.keyboard.press('Home');
	await expect.poll(async () => (await svg.getAttribute('data-domain-start'))! < '2015').toBe(true);
});

test('a TimelineJS user presents their own timeline: /present?src=<their JSON>', async ({ page }) => {
	const timelinejs = {
		title: { text: { headline: 'Knight Lab <i>sample</i>' } },
		events: [
			{ start_date: { year: '2012', month: '3' }, text: { headline: 'First', text: '<p>It began.</p>' } },
			{ start_date: { year: 2013 }, end_date: { year: 2014 }, text: { headline: 'Second' } }
		]
	};
	await page.route('https://data.example/**', (route) =>
		route.fulfill({ json: timelinejs, headers: { 'access-control-allow-origin': '*' } })
	);
	await page.goto('/present?src=https://data.example/timeline.json&lang=en');
	await expect(page.locator('main[data-scene]')).toContainText('March 2012');
	await expect(page.locator('main[data-scene]')).toContainText('It began.');
	await page.keyboard.press('PageDown');
	await expect(page.locator('main[data-scene]')).toContainText('2013 – 2014');
});

for (const [width, height] of STAGE_SIZES)
	test(`on a ${width}×${height} stage, events keep their rows and the selected title is whole and in the frame`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		await page.goto('/present');
		const svg = page.locator('svg[data-timeline]');
		await expect(svg).toHaveAttribute('data-ready', 'true');
		const total = Number((await page.locator('[data-scene-counter]').textContent())!.match(/\/ (\d+)/)![1]);
		const seen = new Map<string, number>();
		for (let scene = 0; scene < total; scene++) {
			await expect(page.locator('main[data-scene]')).toHaveAttribute('data-scene', String(scene));
			await page.waitForTimeout(700);
			const state = await frameState(svg);
			expect(state.lonely, `scene ${scene}`).toBe(0);
			expect(state.inside, `scene ${scene}`).toBe(true);
			expect(state.cut, `scene ${scene}`).toBe(false);
			for (const [id, y] of Object.entries(state.lanes)) {
				if (seen.has(id)) expect(y, `${id} in scene ${scene}`).toBe(seen.get(id));
				seen.set(id, y);
			}
			await page.keyboard.press('PageDown');
		}
	});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('a presenter with no clicker steps by swiping the caption or with the footer buttons', async ({
		page
	}) => {
		await page.goto('/present');
		const stage = page.locator('main[data-scene]');
		await expect(page.locator('svg[data-timeline][data-ready="true"]')).toHaveCount(1);
		// The keys a phone does not have are not offered; the swipe is.
		await expect(page.getByText('PageDown/空白鍵', { exact: false })).toBeHidden();
		await expect(page.getByText('在說明文字上左右滑動切換')).toBeVisible();

		const box = (await page.locator('main[data-scene] > .caption').boundingBox())!;
		const cdp = await page.context().newCDPSession(page);
		const stroke = async (dx: number, dy: number) => {
			const x = box.x + box.width / 2;
			const y = box.y + box.height / 2;
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
			for (let step = 1; step <= 5; step++)
				await cdp.send('Input.dispatchTouchEvent', {
					type: 'touchMove',
					touchPoints: [{ x: x + (dx * step) / 5, y: y + (dy * step) / 5 }]
				});
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		};

		await stroke(-150, 5);
		await expect(stage).toHaveAttribute('data-scene', '1');
		await stroke(-150, 0);
		await expect(stage).toHaveAttribute('data-scene', '2');
		await stroke(150, 0);
		await expect(stage).toHaveAttribute('data-scene', '1');
		// A short stroke is a tap, a vertical one a scroll: neither steps.
		await stroke(-20, 0);
		await stroke(-60, 150);
		await page.waitForTimeout(300);
		await expect(stage).toHaveAttribute('data-scene', '1');

		const back = page.getByRole('button', { name: '‹ 上一個' });
		await back.click();
		await expect(stage).toHaveAttribute('data-scene', '0');
		await expect(back).toBeDisabled();
		await page.getByRole('button', { name: '下一個 ›' }).click();
		await expect(stage).toHaveAttribute('data-scene', '1');
		// The counter stays on one line beside the buttons.
		const counter = (await page.locator('[data-scene-counter]').boundingBox())!;
		expect(counter.height).toBeLessThan(30);
	});
});
