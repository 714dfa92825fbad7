import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { pngSize } from '../src/lib/formats/svg';

test('the share dialog links the view, writes the iframe, and exports SVG, PNG and CSV', async ({ page }) => {
	await page.goto('/');
	const svg = page.locator('svg[data-timeline]');
	await expect(page.locator('svg[data-timeline][data-ready="true"]')).toHaveCount(1);
	const selected = await svg.locator('[data-event-id]').first().getAttribute('data-event-id');
	await page.goto(`/?event=${selected}`);
	await expect(svg.locator('[aria-current="true"]').first()).toHaveAttribute('data-event-id', selected!);
	const drawn = await svg
		.locator('[data-event-id]')
		.evaluateAll((nodes) => [...new Set(nodes.map((node) => node.getAttribute('data-event-id')))].sort());

	await page.locator('button[data-share]').click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	await expect(dialog.locator('[data-copy-source="link"]')).toHaveValue(new RegExp(`[?&]event=${selected}`));
	const snippet = await dialog.locator('[data-copy-source="embed"]').inputValue();
	expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\?event=/);
	for (const attribute of ['title="', 'loading="lazy"', 'sandbox="allow-scripts"'])
		expect(snippet).toContain(attribute);

	const save = async (kind: string) => {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			dialog.locator(`[data-download="${kind}"]`).click()
		]);
		return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
	};

	// The page shows where the reader is in the article; the picture must not.
	expect(await svg.locator('.highlight').count()).toBeGreaterThan(0);
	const image = await save('svg');
	expect(image.name).toMatch(/\.svg$/);
	const parsed = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		const root = doc.documentElement;
		// Laid out as a picture viewer would, to see where each label falls.
		const holder = document.createElement('div');
		holder.style.cssText = 'position:absolute;left:0;top:0';
		holder.append(document.importNode(root, true));
		document.body.append(holder);
		const shown = holder.firstElementChild!.getBoundingClientRect();
		const labels = [...holder.querySelectorAll('[data-event-id] text')].map((label) => {
			const box = label.getBoundingClientRect();
			return {
				text: label.textContent ?? '',
				inside: box.left >= shown.left - 1 && box.right <= shown.right + 1 && box.top >= shown.top
			};
		});
		holder.remove();
		return {
			broken: doc.querySelector('parsererror') !== null,
			root: root.localName,
			width: Number(root.getAttribute('width')),
			height: Number(root.getAttribute('height')),
			ids: [
				...new Set([...doc.querySelectorAll('[data-event-id]')].map((n) => n.getAttribute('data-event-id')))
			],
			bands: doc.querySelectorAll('.highlight').length,
			legend: [...doc.querySelectorAll('[data-legend] text')].map((n) => n.textContent),
			labels,
			text: root.textContent ?? ''
		};
	}, image.bytes.toString('utf8'));
	expect(parsed.broken).toBe(false);
	expect(parsed.root).toBe('svg');
	expect(parsed.ids.sort()).toEqual(drawn);
	expect(parsed.text).toContain('Source:');
	expect(parsed.bands).toBe(0);
	expect(parsed.legend.length).toBeGreaterThanOrEqual(4);
	expect(parsed.labels.length).toBeGreaterThan(0);
	for (const label of parsed.labels) {
		expect(label.inside, label.text).toBe(true);
		expect(label.text.endsWith('…'), label.text).toBe(false);
	}

	const png = await save('png');
	expect(pngSize(new Uint8Array(png.bytes))).toEqual({ width: parsed.width * 2, height: parsed.height * 2 });

	const csv = (await save('csv')).bytes.toString('utf8');
	expect(csv.startsWith('\ufeffid,start,end,precision')).toBe(true);
	expect(csv).toContain(`${selected},`);
	expect(csv).not.toContain('…');

	// TimelineJS: the titles whole, and an open range still a range, to the publication day.
	const open = csv
		.split('\r\n')
		.map((row) => row.split(','))
		.filter((cells) => cells[2] === 'open')
		.map((cells) => cells[0]);
	expect(open.length).toBeGreaterThan(0);
	const tjs = JSON.parse((await save('timelinejs')).bytes.toString('utf8')) as {
		events: { unique_id: string; end_date?: object; text: { headline: string; text: string } }[];
	};
	expect(tjs.events.length).toBeGreaterThan(0);
	for (const slide of tjs.events) expect(slide.text.headline.endsWith('…'), slide.unique_id).toBe(false);
	for (const id of open)
		expect(tjs.events.find((slide) => slide.unique_id === id)?.end_date, id).toBeDefined();

	// Save this view as a scene with a caption, then play the story on the stage.
	await dialog.getByRole('textbox', { name: /字幕|Caption/ }).fill('第一幕 <b>x</b>');
	await dialog.locator('[data-add-scene]').click();
	await expect(dialog.locator('[data-story-count]')).toHaveAttribute('data-story-count', '1');
	await dialog.locator('[data-play-story]').click();
	await expect(page).toHaveURL(/\/present\?scenes=/);
	await expect(page.locator(`[data-caption-for="${selected}"]`)).toContainText('第一幕 <b>x</b>');
});

test('paper gets the timeline and the event list, with links as footnotes', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('svg[data-timeline][data-ready="true"]')).toHaveCount(1);
	const sheet = page.locator('.print-sheet');
	await expect(sheet).toBeHidden();
	await page.emulateMedia({ media: 'print' });
	await expect(sheet).toBeVisible();
	await expect(page.locator('svg[data-timeline]')).toBeVisible();
	await expect(page.locator('button[data-share]')).toBeHidden();
	const items = await sheet.locator('ol').first().locator('li').count();
	expect(items).toBeGreaterThanOrEqual(5);
	await expect(sheet.locator('ol.notes li').last()).toContainText(/^http:\/\/127\.0\.0\.1:\d+\/#p-\d+$/);
});
