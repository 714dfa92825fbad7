/**
 * Issue 11's studio in the browser: /new reads a pasted article in a worker and shows its reader, /mine
 * keeps it, the share dialog's take-away writes its files, its offline file and its link, and bad input
 * is refused with a message and nothing lost.
 */
import { chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { graveViolations, test } from './fixtures';

/** Console errors and uncaught exceptions of a page the fixture does not watch (another context's). */
function watch(page: Page, errors: string[]) {
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
}

// Pasting is done as a person does it: text on the clipboard, Ctrl+V in the text box.
const PERMISSIONS = ['clipboard-read', 'clipboard-write'];
test.use({ permissions: PERMISSIONS });

const SEED = readFileSync('data/cyberspace-shared-future.txt', 'utf8');
const SMALL = readFileSync('data/liangma-lantern-festival.txt', 'utf8');

const article = (page: Page) => page.locator('textarea[name="article"]');
const timeline = (page: Page) => page.locator('svg[data-timeline]');

async function paste(page: Page, text: string, html?: string) {
	await page.evaluate(
		async ([text, html]) => {
			const items: Record<string, Blob> = { 'text/plain': new Blob([text!], { type: 'text/plain' }) };
			if (html) items['text/html'] = new Blob([html], { type: 'text/html' });
			await navigator.clipboard.write([new ClipboardItem(items)]);
		},
		[text, html]
	);
	// Once the page's code has come and hydrated it: a paste before that is the browser's plain one.
	await page.waitForLoadState('networkidle');
	await article(page).focus();
	await page.keyboard.press('ControlOrMeta+V');
}

/** /new with `text` pasted (published on `published`, set first so that one reading is the last). */
async function made(page: Page, text: string, published?: string) {
	await page.goto('/new');
	if (published) await page.locator('input[name="published"]').fill(published);
	await paste(page, text);
	await expect(timeline(page)).toHaveAttribute('data-ready', 'true');
}

/** The events as a reader finds them: each id with its words in the text and its date in the list. */
async function eventsOf(page: Page) {
	await expect(timeline(page)).toHaveAttribute('data-ready', 'true');
	const quotes = await page
		.locator('article mark[data-event-id]')
		.evaluateAll((marks) => marks.map((mark) => [mark.getAttribute('data-event-id'), mark.textContent]));
	await page.locator('[aria-controls="event-list"]').click();
	await expect(page.locator('[data-list-event-id]').first()).toBeVisible();
	const dates = await page
		.locator('[data-list-event-id]')
		.evaluateAll((rows) =>
			rows.map((row) => [row.getAttribute('data-list-event-id'), row.querySelector('.when')?.textContent])
		);
	await page.locator('[aria-controls="event-list"]').click();
	return { quotes, dates };
}

const drawnIds = (page: Page) =>
	timeline(page)
		.locator('[data-event-id]')
		.evaluateAll((marks) => [...new Set(marks.map((mark) => mark.getAttribute('data-event-id')))].sort());

/** The title drawn for event `id` on the timeline. */
const drawnTitle = (page: Page, id: string) =>
	timeline(page).locator(`[data-event-id="${id}"] title`).first();

/** Renames event `id` in its card, as edit mode on /new's result offers at once. */
async function rename(page: Page, id: string, title: string) {
	await page.locator(`article mark[data-event-id="${id}"]`).click();
	await page.locator('input[name="event-title"]').fill(title);
	await page.locator('input[name="event-title"]').press('Enter');
	await expect(drawnTitle(page, id)).toContainText(title);
}

/** A record as this browser keeps it, as far as the tests read it. */
interface Kept {
	name?: string;
	title: string;
	curation: { rename?: { title: string }[]; media?: { media: { url: string } }[] };
}

/** The records this browser keeps, read straight from IndexedDB. */
const records = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<Kept[]>((done, fail) => {
				const request = indexedDB.open('nianbiao', 1);
				// Before the page has kept anything there is no database: opening it here must not make an empty
				// one, without the page's store, which the page would then open and fail to write in.
				request.onupgradeneeded = () => request.transaction!.abort();
				request.onsuccess = () => {
					const all = request.result.transaction('timelines').objectStore('timelines').getAll();
					all.onsuccess = () => done(all.result);
					all.onerror = () => fail(all.error);
				};
				request.onerror = () => (request.error?.name === 'AbortError' ? done([]) : fail(request.error));
			})
	);

/** Presses Tab until `selector` has the focus, as a keyboard user would. */
async function tabTo(page: Page, selector: string) {
	for (let presses = 0; presses < 200; presses++) {
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${selector}`);
}

async function openShare(page: Page) {
	await page.locator('[data-action="share"]').click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	return dialog;
}

test('the seed article pasted into /new gives the events of /, linked both ways', async ({ page }) => {
	await page.goto('/');
	const built = await eventsOf(page);
	// Nothing leaves the browser: once /new is open, the page asks its own site for code and nothing else.
	const requests: string[] = [];
	page.on('request', (request) => requests.push(`${request.method()} ${new URL(request.url()).pathname}`));
	await made(page, SEED, '2025-11-11');
	expect(await eventsOf(page)).toEqual(built);
	const own = /^GET \/(new|favicon\.svg|_app\/.+\.(js|css))$/;
	expect(requests.filter((request) => !own.test(request))).toEqual([]);
	// Edit mode is on at once on the result.
	await expect(page.locator('[data-action="undo"]')).toBeVisible();
	await expect(page.locator('[data-action="edit"]')).toHaveCount(0);
	await expect(page.locator('select[name="language"] option[value="auto"]')).toHaveText('自動（繁體中文）');
	await expect(page.locator('[data-found]')).toHaveAttribute('data-found', String(built.dates.length));
	const lines = SEED.split('\n').filter((line) => line.trim() !== '');
	await expect(page.locator('[id^="p-"]')).toHaveCount(lines.length);
	await expect(page.locator('#p-0')).toHaveText(lines[0]!);

	// Text to timeline, and timeline to text.
	const [[first], [second]] = built.quotes as [string, string][];
	await page.locator(`article mark[data-event-id="${first}"]`).click();
	await expect(timeline(page).locator(`[data-event-id="${first}"]`)).toHaveAttribute('aria-current', 'true');
	await timeline(page).locator(`[data-event-id="${second}"]`).locator('circle, rect').first().click();
	await expect(page.locator(`article mark[data-event-id="${second}"]`)).toHaveAttribute(
		'aria-current',
		'true'
	);
});

test('with no article at hand, an example fills the form and gives its own timeline, kept as a new one', async ({
	page,
	errors
}) => {
	await page.goto('/');
	const built = await eventsOf(page);
	await page.goto('/new');
	await page.waitForLoadState('networkidle');
	// The first example is the site's own article, the one / shows.
	const first = page.locator('[data-example]').first();
	await expect(first).toHaveAttribute('data-example', 'cyberspace-shared-future');
	await first.click();
	await expect(article(page)).toHaveValue(SEED);
	await expect(timeline(page)).toHaveAttribute('data-ready', 'true');
	expect(await eventsOf(page)).toEqual(built);
	// Once there is text, the offer is gone: nothing typed can be replaced by an example.
	await expect(page.locator('[data-examples]')).toHaveCount(0);
	await expect.poll(async () => (await records(page)).length).toBe(1);

	// One that does not arrive says which address failed and leaves the box as it was.
	await page.goto('/new');
	await page.waitForLoadState('networkidle');
	await page.route('**/source.json', (route) => route.fulfill({ status: 503, body: '' }));
	await page.locator('[data-example]').last().click();
	await expect(page.locator('[data-example-failure]')).toContainText(/\/a\/[a-z-]+\/source\.json: 503/);
	await expect(article(page)).toHaveValue('');
	// The browser's own line for the refused request is the one console error, and an expected one.
	expect(errors).toEqual([expect.stringContaining('503')]);
	errors.length = 0;
});

test('pasted HTML keeps its paragraphs; a byte-order mark is dropped', async ({ page }) => {
	await page.goto('/new');
	await paste(
		page,
		'2014年11月19日，首屆大會開幕。 2015年，倡議提出。',
		'<meta charset="utf-8"><h1>十年</h1><p>2014年11月19日，<b>首屆</b>大會開幕。</p><p>2015年，倡議提出。</p>'
	);
	await expect(article(page)).toHaveValue('十年\n2014年11月19日，首屆大會開幕。\n2015年，倡議提出。');
	await expect(page.locator('#p-2')).toHaveText('2015年，倡議提出。');
	await article(page).fill('');
	await paste(page, '\ufeff2014年11月19日，開幕。');
	await expect(article(page)).toHaveValue('2014年11月19日，開幕。');
});

test('words that count from publication ask for its day, and are placed once it is given', async ({
	page
}) => {
	await made(
		page,
		'Harbour bridge reopens\n\nThe bridge reopened on Monday, November 17, 2025. A cycle lane will open next month, the council said last year.'
	);
	await expect(page.locator('[data-found]')).toHaveAttribute('data-found', '1');
	const ask = page.locator('[data-awaiting-publication]');
	await expect(ask).toContainText('「next month」、「last year」要有發布日期');
	await ask.getByRole('button', { name: '填寫發布日期' }).click();
	const day = page.locator('input[name="published"]');
	await expect(day).toBeFocused();
	await day.fill('2025-11-18');
	await expect(page.locator('[data-found]')).toHaveAttribute('data-found', '3');
	await expect(ask).toHaveCount(0);
	await expect(article(page)).toHaveValue(/next month/);
});

test('a 1 MB article shows its progress, then its timeline, and the page answers throughout', async ({
	page
}) => {
	test.setTimeout(120_000);
	let text = SEED;
	while (Buffer.byteLength(text) < 1_000_000) text += `\n${SEED}`;
	await page.goto('/new');
	await page.evaluate(() => {
		const seen = window as unknown as { tasks: { start: number; duration: number }[]; progress: boolean };
		seen.tasks = [];
		seen.progress = false;
		new PerformanceObserver((list) => {
			for (const task of list.getEntries())
				seen.tasks.push({ start: task.startTime, duration: task.duration });
		}).observe({ type: 'longtask' });
		// Seen by the page itself, the moment it appears: no polling can miss it.
		new MutationObserver((_, observer) => {
			if (!document.querySelector('[data-progress] progress')) return;
			seen.progress = true;
			// Watching no longer: its work on every later change would weigh on the drawing measured below.
			observer.disconnect();
		}).observe(document.body, { childList: true, subtree: true });
	});
	await paste(page, text);
	// The page answers while the worker reads: asked over and over, it says again and again that the reading
	// is still going. Extraction on the main thread would answer at most once before it and then not until
	// the progress was gone. A count of answers, not a time: a busy machine slows both sides alike.
	await expect(page.locator('[data-progress] progress')).toBeVisible();
	let answeredWhileReading = 0;
	while (await page.evaluate(() => document.querySelector('[data-progress] progress') !== null))
		answeredWhileReading++;
	expect(answeredWhileReading).toBeGreaterThanOrEqual(3);
	await expect(timeline(page)).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
	await expect(page.locator('[data-progress]')).toHaveCount(0);

	const seen = await page.evaluate(() => {
		const { tasks, progress } = window as unknown as {
			tasks: { start: number; duration: number }[];
			progress: boolean;
		};
		const [start] = performance.getEntriesByName('nianbiao:extract-start').slice(-1);
		const [end] = performance.getEntriesByName('nianbiao:extract-end').slice(-1);
		return { tasks, progress, start: start!.startTime, end: end!.startTime };
	});
	expect(seen.progress).toBe(true);
	expect(seen.end).toBeGreaterThan(seen.start);
	// Main-thread tasks during the reading and after it (taking in and drawing a result this size): reported,
	// not failed, since their length in ms is the machine's as much as ours (speed lives in npm run bench).
	const longest = (tasks: { duration: number }[]) => Math.max(0, ...tasks.map((t) => t.duration)).toFixed(0);
	const during = seen.tasks.filter(
		(task) => task.start < seen.end && task.start + task.duration > seen.start
	);
	test.info().annotations.push(
		{ type: 'longest task during the reading (ms)', description: longest(during) },
		{
			type: 'longest task after the reading (ms)',
			description: longest(seen.tasks.filter((task) => task.start >= seen.end))
		}
	);
	expect(Number(await page.locator('[data-found]').getAttribute('data-found'))).toBeGreaterThan(500);
});

test('a long reading can be stopped and started again, the text kept', async ({ page }) => {
	let text = SEED;
	while (text.length < 100_000) text += `\n${SEED}`;
	await page.goto('/new');
	// Stopped the moment its progress shows, before the worker can answer.
	await page.evaluate(() =>
		new MutationObserver((_, observer) => {
			const stop = document.querySelector<HTMLButtonElement>('[data-action="cancel"]');
			if (!stop) return;
			observer.disconnect();
			stop.click();
		}).observe(document.body, { childList: true, subtree: true })
	);
	await paste(page, text);
	await expect(page.locator('[data-halted="cancelled"]')).toBeVisible();
	await expect(timeline(page)).toHaveCount(0);
	expect((await article(page).inputValue()).length).toBe(text.length);
	await page.locator('[data-action="extract"]').click();
	await expect(timeline(page)).toHaveAttribute('data-ready', 'true');
	await expect(page.locator('[data-halted]')).toHaveCount(0);
});

test('a timeline is kept through a reload and a browser restart, and /mine opens, renames, duplicates and deletes it', async ({
	baseURL
}) => {
	test.setTimeout(120_000);
	// Playwright's storageState leaves IndexedDB behind: a browser profile on disk, launched twice, keeps it
	// as a restarted browser does.
	const profile = mkdtempSync(join(tmpdir(), 'nianbiao-profile-'));
	const errors: string[] = [];
	const launch = async (): Promise<[BrowserContext, Page]> => {
		const context = await chromium.launchPersistentContext(profile, {
			executablePath: CHROMIUM_PATH,
			args: CHROMIUM_ARGS,
			baseURL,
			locale: 'zh-TW',
			timezoneId: 'UTC',
			permissions: PERMISSIONS
		});
		const page = context.pages()[0] ?? (await context.newPage());
		watch(page, errors);
		return [context, page];
	};

	let [context, page] = await launch();
	await page.goto('/new');
	await page.locator('input[name="title"]').fill('我的兩會年表');
	await paste(page, SMALL);
	await expect(timeline(page)).toHaveAttribute('data-ready', 'true');
	await expect(page.locator('[data-kept]')).toBeVisible();
	await expect(page).toHaveURL(/\/new\?id=t-[0-9a-f]+$/);
	const address = page.url();
	const drawn = await drawnIds(page);
	expect(drawn.length).toBeGreaterThan(0);
	await rename(page, drawn[0]!, '改過的標題');
	await expect.poll(async () => (await records(page))[0]?.curation.rename?.[0]?.title).toBe('改過的標題');

	await page.reload();
	await expect(article(page)).toHaveValue(SMALL.replace(/\r\n?/g, '\n'));
	await expect(page.locator('input[name="title"]')).toHaveValue('我的兩會年表');
	await expect(timeline(page)).toHaveAttribute('data-ready', 'true');
	expect(await drawnIds(page)).toEqual(drawn);
	await expect(drawnTitle(page, drawn[0]!)).toContainText('改過的標題');

	await page.goto('/mine');
	const rows = page.locator('li[data-record]');
	await expect(rows).toHaveCount(1);
	await expect(rows.locator('[data-action="open"]')).toHaveText('我的兩會年表');
	await rows.locator('[data-action="rename"]').click();
	await rows.locator('[data-action="name"]').fill('元宵');
	await rows.locator('[data-action="save-name"]').click();
	await expect(rows.locator('[data-action="open"]')).toHaveText('元宵');
	await rows.locator('[data-action="duplicate"]').click();
	await expect(rows).toHaveCount(2);
	const copy = rows.filter({ has: page.locator('[data-action="open"]', { hasText: '元宵（副本）' }) });
	await copy.locator('[data-action="delete"]').click();
	await expect(copy.getByRole('group')).toContainText('要刪除「元宵（副本）」嗎？');
	await copy.locator('[data-action="keep"]').click();
	await expect(rows).toHaveCount(2);
	await copy.locator('[data-action="delete"]').click();
	await copy.locator('[data-action="confirm-delete"]').click();
	await expect(rows).toHaveCount(1);
	await context.close();

	[context, page] = await launch();
	await page.goto('/mine');
	await expect(page.locator('li[data-record] [data-action="open"]')).toHaveText('元宵');
	await page.locator('li[data-record] [data-action="open"]').click();
	await expect(page).toHaveURL(address);
	await expect(timeline(page)).toHaveAttribute('data-ready', 'true');
	expect(await drawnIds(page)).toEqual(drawn);
	await expect(drawnTitle(page, drawn[0]!)).toContainText('改過的標題');
	await expect(article(page)).toHaveValue(SMALL.replace(/\r\n?/g, '\n'));
	await context.close();
	expect(errors).toEqual([]);
});

test('the take-away writes the data files, and an offline file that opens from file:// with no request', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	await made(page, SEED, '2025-11-11');
	const drawn = await drawnIds(page);
	await rename(page, drawn[0]!, '改過的標題');
	const dialog = await openShare(page);

	const [files] = await Promise.all([
		page.waitForEvent('download'),
		dialog.locator('[data-export="data-files"]').click()
	]);
	expect(files.suggestedFilename()).toBe('my-timeline.zip');
	const zip = readFileSync((await files.path())!);
	expect(zip.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
	for (const name of ['my-timeline.txt', 'my-timeline.meta.json', 'my-timeline.curation.json'])
		expect(zip.includes(name)).toBe(true);

	const [single] = await Promise.all([
		page.waitForEvent('download'),
		dialog.locator('[data-export="single"]').click()
	]);
	expect(single.suggestedFilename()).toMatch(/\.html$/);
	const file = join(mkdtempSync(join(tmpdir(), 'nianbiao-offline-')), single.suggestedFilename());
	await single.saveAs(file);

	const offline = await browser.newContext();
	await offline.setOffline(true);
	const url = pathToFileURL(file).href;
	const requests: string[] = [];
	offline.on('request', (request) => {
		if (!request.url().startsWith('data:')) requests.push(request.url());
	});
	const errors: string[] = [];
	const tab = await offline.newPage();
	watch(tab, errors);
	await tab.goto(url);
	await expect(timeline(tab)).toHaveAttribute('data-ready', 'true');
	expect(await drawnIds(tab)).toEqual(drawn);
	await expect(drawnTitle(tab, drawn[0]!)).toContainText('改過的標題');
	// The Simplified copy travels inside, made in the browser as the build makes it.
	await tab.getByRole('button', { name: '简体中文' }).click();
	await expect(tab.locator('#p-0')).toContainText('网');
	await tab.goto(`${url}#/present`);
	await expect(tab.locator('main[data-scene]')).toHaveAttribute('data-scene', '0');
	await tab.goto(`${url}#/embed`);
	await expect(timeline(tab)).toHaveAttribute('data-ready', 'true');
	expect(requests.every((request) => request.startsWith(url))).toBe(true);

	// The data is the file's to replace, and a page that cannot read it says why instead of going blank.
	const broken = file.replace(/\.html$/, '.broken.html');
	writeFileSync(
		broken,
		readFileSync(file, 'utf8').replace(/(id="nianbiao-data">)[^<]*/, '$1{"name":"x","dataset":{"events":[]}}')
	);
	// In a tab of its own: the offline file's router may still be settling the one above on #/embed, and a
	// navigation of its own would cut this one short.
	const brokenTab = await offline.newPage();
	watch(brokenTab, errors);
	await brokenTab.goto(pathToFileURL(broken).href);
	await expect(brokenTab.getByRole('alert')).toContainText(
		'This file’s timeline data cannot be read: dataset.article'
	);
	expect(errors).toEqual([]);
	await offline.close();
});

/** A 1×1 PNG, and the address it is kept at inline. */
const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
	'base64'
);
const PNG_URL = `data:image/png;base64,${PNG.toString('base64')}`;

test('an event given a picture in its card keeps it in the browser and inline in the offline file; an SVG is refused', async ({
	page
}) => {
	test.setTimeout(120_000);
	await made(page, SMALL);
	await expect(page.locator('[data-kept]')).toBeVisible();
	const [id] = await drawnIds(page);
	await page.locator(`article mark[data-event-id="${id}"]`).click();
	const field = page.locator('input[name="event-picture"]');
	const picture = page.locator('figure[data-media="image"] img');

	// An SVG is refused by its bytes, whatever it is called, and nothing else changes.
	await field.setInputFiles({
		name: 'photo.png',
		mimeType: 'image/png',
		buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
	});
	await expect(page.locator('#event-picture-problem')).toContainText('SVG');
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await expect(picture).toHaveCount(0);

	await field.setInputFiles({ name: 'dot.png', mimeType: 'image/png', buffer: PNG });
	await expect(picture).toHaveAttribute('src', PNG_URL);
	await expect(page.locator('#event-picture-problem')).toHaveCount(0);
	const caption = page.locator('input[name="event-picture-caption"]');
	await caption.fill('一個點');
	await caption.press('Enter');
	await expect(page.locator('figure[data-media="image"] figcaption')).toHaveText('一個點');
	await expect.poll(async () => (await records(page))[0]?.curation.media?.[0]?.media.url).toBe(PNG_URL);

	// Undo takes the caption back, then the picture; redo gives both again.
	await page.locator('[data-action="undo"]').click();
	await expect(page.locator('figure[data-media="image"] figcaption')).toHaveCount(0);
	await page.locator('[data-action="undo"]').click();
	await expect(picture).toHaveCount(0);
	await page.locator('[data-action="redo"]').click();
	await page.locator('[data-action="redo"]').click();
	await expect(page.locator('figure[data-media="image"] figcaption')).toHaveText('一個點');

	await page.reload();
	await expect(timeline(page)).toHaveAttribute('data-ready', 'true');
	await page.locator(`article mark[data-event-id="${id}"]`).click();
	await expect(picture).toHaveAttribute('src', PNG_URL);
	await expect(picture).toHaveAttribute('alt', '一個點');

	const dialog = await openShare(page);
	const [single] = await Promise.all([
		page.waitForEvent('download'),
		dialog.locator('[data-export="single"]').click()
	]);
	const html = readFileSync((await single.path())!, 'utf8');
	const data = /id="nianbiao-data">([^<]*)/.exec(html)?.[1] ?? '';
	expect(data).toContain(PNG_URL);
	await page.keyboard.press('Escape');

	await page.locator(`article mark[data-event-id="${id}"]`).click();
	await page.locator('[data-action="remove-picture"]').click();
	await expect(picture).toHaveCount(0);
	await expect.poll(async () => (await records(page))[0]?.curation.media).toBeUndefined();

	// A file dropped anywhere on the card, or pasted while the card has the keyboard, is taken the same way.
	const give = (kind: 'drop' | 'paste', selector: string) =>
		page.locator(selector).evaluate(
			(target, [kind, base64]) => {
				const data = new DataTransfer();
				const bytes = Uint8Array.from(atob(base64!), (c) => c.charCodeAt(0));
				data.items.add(new File([bytes], 'dot.png', { type: 'image/png' }));
				const init = { bubbles: true, cancelable: true };
				target.dispatchEvent(
					kind === 'drop'
						? new DragEvent('drop', { ...init, dataTransfer: data })
						: new ClipboardEvent('paste', { ...init, clipboardData: data })
				);
			},
			[kind, PNG.toString('base64')]
		);
	await give('drop', '#card-title');
	await expect(picture).toHaveAttribute('src', PNG_URL);
	await page.locator('[data-action="remove-picture"]').click();
	await expect(picture).toHaveCount(0);
	const title = await page.locator('input[name="event-title"]').inputValue();
	await give('paste', 'input[name="event-title"]');
	await expect(picture).toHaveAttribute('src', PNG_URL);
	await expect(page.locator('input[name="event-title"]')).toHaveValue(title);
});

test('the link holds the whole timeline: it reopens read-only, and "edit a copy" keeps it as one’s own', async ({
	page
}) => {
	await made(page, SEED, '2025-11-11');
	await expect(page.locator('[data-kept]')).toBeVisible();
	const drawn = await drawnIds(page);
	const dialog = await openShare(page);
	await dialog.locator('[data-export="link"]').click();
	const link = await dialog.locator('[data-copy-source="shared-link"]').inputValue();
	expect(link).toMatch(/\/shared#v1\.[A-Za-z0-9_-]+$/);

	await page.goto(link);
	await expect(timeline(page)).toHaveAttribute('data-ready', 'true');
	expect(await drawnIds(page)).toEqual(drawn);
	await expect(article(page)).toHaveCount(0);
	await page.locator('[data-action="edit-copy"]').click();
	await expect(article(page)).toHaveValue(SEED.replace(/\r\n?/g, '\n'));
	await expect(page.locator('input[name="published"]')).toHaveValue('2025-11-11');
	await expect(page.locator('[data-kept]')).toBeVisible();
	await expect(page).toHaveURL(/\/new\?id=t-[0-9a-f]+$/);
	expect(await drawnIds(page)).toEqual(drawn);
	await page.goto('/mine');
	await expect(page.locator('li[data-record]')).toHaveCount(2);
});

test('a timeline too long for a link says so and offers the offline file', async ({ page }) => {
	// Characters drawn at random from the Han block, which deflate cannot shrink, with no date among them.
	let seed = 7;
	const random = () => ((seed = (seed * 48271) % 2147483647), seed / 2147483647);
	const text = Array.from({ length: 12_000 }, () =>
		String.fromCharCode(0x4e00 + Math.floor(random() * 20000))
	)
		.join('')
		.replace(/(.{400})/g, '$1\n');
	await page.goto('/new');
	await paste(page, text);
	await expect(page.locator('[data-found="0"]')).toBeVisible();
	const dialog = await openShare(page);
	await dialog.locator('[data-export="link"]').click();
	await expect(dialog.locator('[data-link-too-long]')).toContainText('8.0 KB');
	await expect(dialog.locator('[data-link-too-long]').getByRole('button')).toBeVisible();
	await expect(dialog.locator('[data-copy-source="shared-link"]')).toHaveCount(0);
});

test.describe('bad input: a message in the page, nothing lost, nothing thrown', () => {
	const KEPT = '2014年11月19日，首屆大會開幕。';
	const notice = (page: Page) => page.locator('[data-input-notice]');

	/** Drops a file of `bytes` named `name` on the text box. */
	async function drop(page: Page, name: string, bytes: number[] | { fill: number; length: number }) {
		const transfer = await page.evaluateHandle(
			([name, bytes]) => {
				const data = Array.isArray(bytes)
					? new Uint8Array(bytes)
					: new Uint8Array(bytes.length).fill(bytes.fill);
				const transfer = new DataTransfer();
				transfer.items.add(new File([data], name as string));
				return transfer;
			},
			[name, bytes] as const
		);
		await article(page).dispatchEvent('drop', { dataTransfer: transfer });
	}

	test('an empty paste adds nothing and says so', async ({ page }) => {
		await made(page, KEPT);
		await article(page).press('End');
		await paste(page, ' \n\t ');
		await expect(notice(page)).toHaveText('貼上的內容沒有文字，沒有加入任何東西。');
		await expect(article(page)).toHaveValue(KEPT);
	});

	test('a binary file, a file that is not UTF-8 and a 10 MB file are refused with the reason', async ({
		page
	}) => {
		await made(page, KEPT);
		await drop(page, 'photo.png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
		await expect(notice(page)).toContainText('「photo.png」不是純文字檔（看來是 PNG）');
		await drop(page, 'big5.txt', [...Buffer.from('第一段\n'), 0xa4, 0xa4, 0xa4, 0xe5]);
		await expect(notice(page)).toContainText('「big5.txt」不是 UTF-8 文字');
		await expect(notice(page)).toContainText('byte 10 (line 2): is not UTF-8 (0xA4');
		await drop(page, 'huge.txt', { fill: 0x41, length: 10 * 1024 * 1024 });
		await expect(notice(page)).toContainText('「huge.txt」有 10.0 MB，超過能讀的 6.0 MB');
		await expect(article(page)).toHaveValue(KEPT);
		await expect(timeline(page)).toHaveAttribute('data-ready', 'true');
		// A good file after all that is read, through the keyboard's way in too.
		await page.locator('input[type="file"]').setInputFiles({
			name: 'small.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from(`\ufeff${SMALL}`)
		});
		await expect(article(page)).toHaveValue(SMALL.replace(/\r\n?/g, '\n'));
		await expect(notice(page)).toHaveCount(0);
	});

	test('a 10 MB paste is refused before it reaches the text box', async ({ page }) => {
		await made(page, KEPT);
		await page.evaluate(() => navigator.clipboard.writeText('2014年11月19日，開幕。\n'.repeat(700_000)));
		await article(page).focus();
		await page.keyboard.press('ControlOrMeta+V');
		await expect(notice(page)).toContainText(
			'貼上的內容有 11,200,000 個字元，超過一次能讀的 2,000,000 個，沒有加入'
		);
		await expect(article(page)).toHaveValue(KEPT);
	});

	test('text with no date shows the text and says there are no dated events', async ({ page }) => {
		await page.goto('/new');
		await paste(page, '這是一段沒有日期的文字。\n第二段也沒有。');
		await expect(page.locator('[data-found="0"]')).toHaveText(/沒有找到日期/);
		await expect(page.locator('#p-1')).toHaveText('第二段也沒有。');
		await expect(page.locator('[data-no-events]')).toBeVisible();
		await expect(page.locator('[data-kept]')).toBeVisible();
	});

	test('characters no page can show are named at their line and column', async ({ page }) => {
		await page.goto('/new');
		await article(page).fill('第一段\n第二\0段');
		await expect(page.locator('[data-text-problem="characters"]')).toContainText('line 2, column 3: U+0000');
		await expect(article(page)).toHaveValue('第一段\n第二\0段');
	});

	test('a damaged link says so, and the studio stays open', async ({ page }) => {
		await page.goto('/shared#v1.AAAA-not-deflate');
		await expect(page.locator('[data-unopened="link"]')).toContainText('這個連結已損壞或不完整');
		await expect(page.getByRole('link', { name: '新的年表' }).first()).toBeVisible();
		await page.goto('/shared');
		await expect(page.locator('[data-unopened="link"]')).toContainText('這個網址裡沒有年表');
		await page.goto('/shared#v9.abc');
		await expect(page.locator('[data-unopened="link"]')).toContainText('較新版本');
		await page.goto('/new#v1.%%%');
		await expect(page.locator('[data-unopened="link"]')).toContainText('已損壞');
		await paste(page, KEPT);
		await expect(timeline(page)).toHaveAttribute('data-ready', 'true');
	});

	test('a kept record of an older format is reported, offered as a download, and can be deleted', async ({
		page
	}) => {
		await page.goto('/mine');
		await expect(page.locator('[data-empty]')).toBeVisible();
		await page.evaluate(
			() =>
				new Promise<void>((done, fail) => {
					const request = indexedDB.open('nianbiao', 1);
					request.onsuccess = () => {
						const transaction = request.result.transaction('timelines', 'readwrite');
						transaction.objectStore('timelines').put({ format: 0, id: 'old-1', body: '舊的文字' });
						transaction.oncomplete = () => done();
						transaction.onerror = () => fail(transaction.error);
					};
					request.onerror = () => fail(request.error);
				})
		);
		await page.reload();
		const row = page.locator('li[data-record="old-1"]');
		await expect(row.locator('[data-unreadable="older"]')).toContainText('舊的格式（0）');
		const [saved] = await Promise.all([
			page.waitForEvent('download'),
			row.locator('[data-action="download-record"]').click()
		]);
		expect(JSON.parse(readFileSync((await saved.path())!, 'utf8'))).toEqual({
			format: 0,
			id: 'old-1',
			body: '舊的文字'
		});
		await page.goto('/new?id=old-1');
		await expect(page.locator('[data-unopened="unreadable"]')).toContainText('舊的格式（0）');
		await page.goto('/new?id=t-none');
		await expect(page.locator('[data-unopened="not-found"]')).toBeVisible();
		await page.goto('/mine');
		await row.locator('[data-action="delete"]').click();
		await row.locator('[data-action="confirm-delete"]').click();
		await expect(page.locator('[data-empty]')).toBeVisible();
	});

	for (const [kind, refuse] of [
		[
			'unavailable',
			() => {
				IDBFactory.prototype.open = () => {
					throw new DOMException('The user denied permission to access the database.', 'SecurityError');
				};
			}
		],
		[
			'quota',
			() => {
				IDBObjectStore.prototype.put = () => {
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				};
			}
		]
	] as const)
		test(`storage that is ${kind} is said, with the data files offered at once`, async ({ page }) => {
			await page.addInitScript(refuse);
			await made(page, KEPT);
			await expect(page.locator(`[data-store-failure="${kind}"]`)).toBeVisible();
			const [files] = await Promise.all([
				page.waitForEvent('download'),
				page.locator('[data-action="download-source"]').click()
			]);
			expect(readFileSync((await files.path())!).includes(Buffer.from(KEPT))).toBe(true);
			if (kind === 'unavailable') {
				await page.goto('/mine');
				await expect(page.locator('[data-store-failure="unavailable"]')).toBeVisible();
			}
		});
});

test('keyboard only: paste an article, then export it', async ({ page }) => {
	await page.goto('/new');
	await page.evaluate((text) => navigator.clipboard.writeText(text), SMALL);
	await tabTo(page, 'textarea[name="article"]');
	await page.keyboard.press('ControlOrMeta+V');
	await expect(timeline(page)).toHaveAttribute('data-ready', 'true');
	await tabTo(page, '[data-action="share"]');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('dialog')).toBeVisible();
	await tabTo(page, '[data-export="json"]');
	const [json] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
	const data = JSON.parse(readFileSync((await json.path())!, 'utf8'));
	expect(data.paragraphs[0].text).toBe(SMALL.split('\n')[0]);
	await tabTo(page, '[data-export="data-files"]');
	const [files] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
	expect(files.suggestedFilename()).toMatch(/\.zip$/);
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog')).toBeHidden();
});

for (const path of ['/new', '/mine']) {
	test(`axe finds no serious or critical violation on ${path}`, async ({ page }) => {
		// A timeline made first, so that /new shows its reader and /mine lists it.
		await made(page, SMALL);
		await expect(page.locator('[data-kept]')).toBeVisible();
		if (path === '/mine') {
			await page.goto('/mine');
			await expect(page.locator('li[data-record]')).toHaveCount(1);
		}
		expect(await graveViolations(page)).toEqual({ light: [], dark: [] });
	});
}

for (const [device, width, height] of [
	['a phone', 390, 844],
	['a projector', 1920, 1080]
] as const)
	test(`on ${device} (${width}×${height}) /new fits the screen and its reader edits a title`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		// Someone with no article at hand sees what to try without scrolling.
		await page.goto('/new');
		await expect(page.locator('[data-example]').first()).toBeInViewport({ ratio: 1 });
		await made(page, SMALL);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		const id = await timeline(page).locator('[data-event-id]').first().getAttribute('data-event-id');
		await page.locator(`article mark[data-event-id="${id}"]`).click();
		const title = page.locator('input[name="event-title"]');
		await expect(title).toBeInViewport();
		await title.fill('燈會開幕');
		await title.press('Enter');
		await expect(timeline(page).locator(`[data-event-id="${id}"]`)).toContainText('燈會開幕');
	});
