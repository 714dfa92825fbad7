/**
 * Editing in the reader (issue 11): a built article's events corrected where they are read, every edit shown
 * at once on the timeline, in the text and in the card, undone and redone, and carried by the exports.
 */
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { graveViolations, test } from './fixtures';

const timeline = (page: Page) => page.locator('svg[data-timeline]');
const drawn = (page: Page, id: string) => timeline(page).locator(`[data-event-id="${id}"]`);
const inText = (page: Page, id: string) => page.locator(`article mark[data-event-id="${id}"]`);
const undo = (page: Page) => page.locator('[data-action="undo"]');
const redo = (page: Page) => page.locator('[data-action="redo"]');
const field = (page: Page, name: string) => page.locator(`input[name="${name}"]`);

/** The events on the page: drawn on the timeline and marked in the text. */
const shown = (page: Page) =>
	page.evaluate(() => {
		const ids = (selector: string) =>
			[...document.querySelectorAll(selector)].map((node) => node.getAttribute('data-event-id')!);
		return {
			drawn: ids('svg[data-timeline] [data-event-id]').sort(),
			marked: ids('article mark[data-event-id]')
		};
	});

async function edit(page: Page) {
	await page.goto('/');
	await expect(timeline(page)).toHaveAttribute('data-ready', 'true');
	const before = await shown(page);
	await page.locator('[data-action="edit"]').click();
	await expect(undo(page)).toBeVisible();
	return before;
}

/** Selects `words` of paragraph `paragraph` as a reader's drag would. */
async function select(
	page: Page,
	paragraph: number,
	words: string,
	through?: { paragraph: number; words: string }
) {
	await page.evaluate(
		({ paragraph, words, through }) => {
			const at = (index: number, text: string) => {
				const walker = document.createTreeWalker(
					document.getElementById(`p-${index}`)!,
					NodeFilter.SHOW_TEXT
				);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const offset = node.textContent!.indexOf(text);
					if (offset !== -1) return { node, offset };
				}
				throw new Error(`no "${text}" in paragraph ${index}`);
			};
			const from = at(paragraph, words);
			from.node.parentElement!.scrollIntoView({ block: 'center' });
			const to = through
				? at(through.paragraph, through.words)
				: { ...from, offset: from.offset + words.length };
			const range = document.createRange();
			range.setStart(from.node, from.offset);
			range.setEnd(to.node, to.offset + (through ? through.words.length : 0));
			getSelection()!.removeAllRanges();
			getSelection()!.addRange(range);
		},
		{ paragraph, words, through }
	);
}

const RENAMED = '提出構建網路空間命運共同體';
const ADDED = '中國已連續舉辦十二屆烏鎮峰會';

test('a title, a date, a removal and an event from selected words show at once; undo and redo walk them', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	const original = await edit(page);
	const [first, second] = original.marked;
	const firstName = await drawn(page, first!).locator('title').textContent();

	// A title and a date, in one visit to the event's card: one step of the history.
	await inText(page, first!).click();
	await field(page, 'event-title').fill(RENAMED);
	await field(page, 'event-title').press('Enter');
	await expect(page.locator('#card-title')).toHaveText(RENAMED);
	await expect(drawn(page, first!).locator('title')).toContainText(RENAMED);
	await expect(page.locator('[data-edited]')).toBeVisible();
	await field(page, 'event-start').fill('2015-12');
	await field(page, 'event-start').press('Enter');
	await expect(page.locator('p.when')).toContainText('2015年12月');
	await expect(drawn(page, first!).locator('title')).toContainText('2015年12月');
	await expect(inText(page, first!)).toHaveAttribute('aria-current', 'true');

	await inText(page, second!).click();
	await page.locator('[data-action="remove"]').click();
	await expect(drawn(page, second!)).toHaveCount(0);
	await expect(inText(page, second!)).toHaveCount(0);
	await expect(page.locator('#card-title')).toHaveCount(0);
	// The keyboard's place, on the card that went, moves to the undo button.
	await expect(undo(page)).toBeFocused();

	await select(page, 11, ADDED);
	await page.locator('[data-action="add-event"]').click();
	const added = page.locator('#p-11 mark[data-event-id]', { hasText: ADDED });
	await expect(added).toHaveText(ADDED);
	const addedId = (await added.getAttribute('data-event-id'))!;
	await expect(drawn(page, addedId)).toHaveCount(1);
	await expect(added).toHaveAttribute('aria-current', 'true');
	await expect(field(page, 'event-title')).toHaveValue(ADDED);
	// These words hold no date: the card opens at the date to check.
	await expect(field(page, 'event-start')).toBeFocused();
	await expect(page.locator('[data-edited]')).toBeVisible();
	const edited = await shown(page);
	expect(edited.marked).toHaveLength(original.marked.length);
	expect(edited.marked).not.toContain(second);

	for (let step = 0; step < 3; step++) await undo(page).click();
	await expect.poll(() => shown(page)).toEqual(original);
	await expect(drawn(page, first!).locator('title')).toHaveText(firstName!);
	await expect(undo(page)).toHaveAttribute('aria-disabled', 'true');

	for (let step = 0; step < 3; step++) await redo(page).click();
	await expect.poll(() => shown(page)).toEqual(edited);
	await expect(drawn(page, first!).locator('title')).toContainText(RENAMED);
	await expect(redo(page)).toHaveAttribute('aria-disabled', 'true');

	// The share dialog's data holds the edits.
	await page.locator('[data-action="share"]').click();
	const dialog = page.getByRole('dialog');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		dialog.locator('[data-download="timelinejs"]').click()
	]);
	const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
		events: { unique_id: string; start_date: { year: number; month?: number }; text: { headline: string } }[];
	};
	const slide = (id: string) => file.events.find((event) => event.unique_id === id);
	expect(slide(first!)).toMatchObject({
		start_date: { year: 2015, month: 12 },
		text: { headline: RENAMED }
	});
	expect(slide(second!)).toBeUndefined();
	expect(slide(addedId)).toMatchObject({ text: { headline: ADDED } });
});

test('what cannot be an edit is said at its field, and what was typed stays', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	const original = await edit(page);
	const first = original.marked[0]!;
	await inText(page, first).click();
	const start = field(page, 'event-start');

	await start.fill('2025-13-40');
	await start.press('Enter');
	await expect(start).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('#event-start-problem')).toBeVisible();
	await expect(start).toHaveValue('2025-13-40');
	await expect(undo(page)).toHaveAttribute('aria-disabled', 'true');

	await start.fill('2015');
	await field(page, 'event-end').fill('2010');
	await field(page, 'event-end').press('Enter');
	await expect(page.locator('#event-end-problem')).toBeVisible();
	await expect(field(page, 'event-end')).toHaveValue('2010');
	await field(page, 'event-end').fill('2018');
	await field(page, 'event-end').press('Enter');
	await expect(page.locator('#event-end-problem')).toHaveCount(0);
	await expect(page.locator('p.when')).toContainText('2018');

	await field(page, 'event-title').fill('  ');
	await field(page, 'event-title').press('Enter');
	await expect(page.locator('#event-title-problem')).toBeVisible();
	await expect(field(page, 'event-title')).toHaveValue('  ');

	// Words across two paragraphs are no event's.
	await select(page, 2, '習近平主席', { paragraph: 3, words: '十年過去了' });
	await expect(page.getByRole('alert')).toBeVisible();
	await expect(page.locator('[data-action="add-event"]')).toHaveCount(0);
});

test('events merge, move to another paragraph, and come back with undo', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	const original = await edit(page);
	const last = original.marked.at(-1)!;
	await inText(page, last).click();
	const merging = page.locator('select[name="merge-with"]');
	const other = (await merging.inputValue())!;
	await page.locator('[data-action="merge"]').click();
	await expect(drawn(page, other)).toHaveCount(0);
	await expect(inText(page, other)).toHaveCount(0);
	await expect(page.locator('#card-title')).toBeVisible();

	await field(page, 'event-paragraph').fill('6');
	await field(page, 'event-paragraph').press('Enter');
	await expect(page.locator(`#p-5 mark[data-event-id="${last}"]`)).toHaveCount(1);
	await expect(page.locator('[data-linked="true"]')).toHaveAttribute('id', 'p-5');

	// Linked to words selected in the text.
	await select(page, 7, '中國的網際網路治理理念');
	await page.locator('[data-action="relink"]').click();
	await expect(page.locator(`#p-7 mark[data-event-id="${last}"]`)).toHaveText('中國的網際網路治理理念');

	for (let step = 0; step < 3; step++) await undo(page).click();
	await expect.poll(() => shown(page)).toEqual(original);
});

test('keyboard only: edit, Ctrl+Z and Shift+Ctrl+Z, the browser’s own undo while typing', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto('/');
	await expect(timeline(page)).toHaveAttribute('data-ready', 'true');
	await expect(page.locator('[data-action="edit"]')).toBeVisible();
	const focused = (selector: string) =>
		page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
	const reach = async (selector: string, key = 'Tab') => {
		for (let presses = 0; presses < 100 && !(await focused(selector)); presses++)
			await page.keyboard.press(key);
		expect(await focused(selector), selector).toBe(true);
	};

	await reach('[data-action="edit"]');
	await page.keyboard.press('Enter');
	await expect(page.locator('#editing-heading')).toBeFocused();
	await reach('article mark[data-event-id]', 'Shift+Tab');
	const id = await page.evaluate(() => document.activeElement!.getAttribute('data-event-id')!);
	const title = await drawn(page, id).locator('title').textContent();
	await page.keyboard.press('Enter');
	await reach('input[name="event-title"]');
	await page.keyboard.press('Control+A');
	await page.keyboard.type(RENAMED);
	await page.keyboard.press('Enter');
	await expect(drawn(page, id).locator('title')).toContainText(RENAMED);

	// Typing not yet an edit: Ctrl+Z is the browser's, in the field.
	await page.keyboard.type('！');
	await page.keyboard.press('Control+Z');
	await expect(field(page, 'event-title')).toHaveValue(RENAMED);
	await expect(drawn(page, id).locator('title')).toContainText(RENAMED);

	// Once an edit, it is the page's.
	await page.keyboard.press('Control+Z');
	await expect(drawn(page, id).locator('title')).toHaveText(title!);
	await expect(field(page, 'event-title')).not.toHaveValue(RENAMED);
	await page.keyboard.press('Control+Shift+Z');
	await expect(drawn(page, id).locator('title')).toContainText(RENAMED);
	await page.keyboard.press('Control+Z');
	await page.keyboard.press('Control+Y');
	await expect(drawn(page, id).locator('title')).toContainText(RENAMED);

	await reach('[data-action="undo"]', 'Shift+Tab');
	await page.keyboard.press('Enter');
	await expect(drawn(page, id).locator('title')).toHaveText(title!);

	// Words selected (with caret browsing, say): Tab reaches the button that adds them.
	await select(page, 11, ADDED);
	await expect(page.locator('[data-action="add-event"]')).toBeVisible();
	await page.keyboard.press('Tab');
	await expect(page.locator('[data-action="add-event"]')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('#p-11 mark[data-event-id]', { hasText: ADDED })).toHaveCount(1);
	await expect(field(page, 'event-start')).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(undo(page)).toBeFocused();
	await page.keyboard.press('Control+Z');
	await expect(page.locator('#p-11 mark[data-event-id]', { hasText: ADDED })).toHaveCount(0);
});

test('axe finds no serious or critical violation in edit mode', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	const original = await edit(page);
	await inText(page, original.marked[0]!).click();
	await field(page, 'event-start').fill('2025-13-40');
	await field(page, 'event-start').press('Enter');
	await select(page, 11, ADDED);
	await expect(page.locator('[data-action="add-event"]')).toBeVisible();
	expect(await graveViolations(page)).toEqual({ light: [], dark: [] });
});

test('editing works on a phone', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const original = await edit(page);
	const [first, second] = original.marked;
	await inText(page, first!).click();
	await field(page, 'event-title').fill(RENAMED);
	await field(page, 'event-title').press('Enter');
	await expect(inText(page, first!)).toBeVisible();
	await expect(page.locator('#card-title')).toHaveText(RENAMED);
	await expect(drawn(page, first!).locator('title')).toContainText(RENAMED);
	await inText(page, second!).click();
	await page.locator('[data-action="remove"]').click();
	await expect(inText(page, second!)).toHaveCount(0);
	await select(page, 11, ADDED);
	await page.locator('[data-action="add-event"]').click();
	await expect(page.locator('#p-11 mark[data-event-id]', { hasText: ADDED })).toHaveCount(1);
	for (let step = 0; step < 3; step++) await undo(page).click();
	// With a card open a phone's timeline is a strip, whose events may stand in clusters: closed, all are drawn.
	await page.keyboard.press('Escape');
	await expect.poll(() => shown(page)).toEqual(original);
});
