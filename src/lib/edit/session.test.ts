import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticle } from '$lib/server/articles';
import { extractArticle } from '$lib/extract';
import { add, merge, redate, relink, remove, rename } from './operations';
import { EditSession } from './session.svelte';

const text =
	'世界網際網路大會\n2014年11月19日，首屆世界網際網路大會在烏鎮開幕。\n2015年12月，大會提出構建網路空間命運共同體。';
const meta = { title: '世界網際網路大會', language: 'zh-Hant' as const };

function session() {
	return new EditSession({ text, meta }, extractArticle(text, { meta }));
}

describe('EditSession', () => {
	it('shows the extraction until the first edit, and each edit after it', () => {
		const edit = session();
		const first = edit.dataset.events[0]!;
		expect(edit.dataset.events).toHaveLength(edit.extracted.events.length);
		edit.edit({ rename: [{ event: first.id, title: '首屆大會' }] });
		expect(edit.dataset.events[0]!.title).toBe('首屆大會');
		edit.edit({ drop: [{ event: first.id }] });
		expect(edit.dataset.events.map((event) => event.id)).not.toContain(first.id);
	});

	it('undoes and redoes along the history, and an edit after an undo drops what was undone', () => {
		const edit = session();
		const [first, second] = edit.dataset.events;
		edit.edit({ drop: [{ event: first!.id }] });
		edit.edit({ drop: [{ event: first!.id }, { event: second!.id }] });
		edit.undo();
		edit.undo();
		expect(edit.canUndo).toBe(false);
		expect(edit.dataset.events).toHaveLength(edit.extracted.events.length);
		edit.redo();
		expect(edit.dataset.events).toHaveLength(edit.extracted.events.length - 1);
		edit.edit({ rename: [{ event: second!.id, title: '提出' }] });
		expect(edit.canRedo).toBe(false);
		expect(edit.source.curation).toEqual({ rename: [{ event: second!.id, title: '提出' }] });
	});

	it('reports a curation that does not fit and keeps showing the last one that did', () => {
		const edit = new EditSession(
			{ text, meta, curation: { rename: [{ event: 'e-nothing', title: 'x' }] } },
			extractArticle(text, { meta })
		);
		expect(edit.built.ok).toBe(false);
		expect(edit.dataset.events).toHaveLength(edit.extracted.events.length);
	});

	it('records no edit that does not build, and says why', () => {
		const edit = session();
		const problems = edit.edit({ rename: [{ event: 'e-nothing', title: 'x' }] });
		expect(problems).toEqual([{ path: 'rename.0.event', message: expect.stringContaining('no event') }]);
		expect(edit.canUndo).toBe(false);
		expect(edit.curation).toEqual({});
	});

	it('is what an edit is made against', () => {
		const edit = session();
		const [first] = edit.dataset.events;
		expect(edit.edit(rename(edit, first!.id, '首屆大會'))).toEqual([]);
		expect(edit.edit(redate(edit, first!.id, { start: '2014', precision: 'year' }))).toEqual([]);
		expect(edit.dataset.events[0]).toMatchObject({ title: '首屆大會', start: '2014', basis: 'curated' });
		edit.undo();
		expect(edit.dataset.events[0]).toMatchObject({ title: '首屆大會', start: first!.start });
	});

	it('makes edits of one group one step, which undo takes back whole', () => {
		const edit = session();
		const [first, second] = edit.dataset.events;
		const visit = {};
		edit.edit(rename(edit, first!.id, '首屆大會'), visit);
		edit.edit(redate(edit, first!.id, { start: '2014', precision: 'year' }), visit);
		edit.edit(rename(edit, second!.id, '提出'));
		edit.undo();
		expect(edit.dataset.events[0]).toMatchObject({ title: '首屆大會', start: '2014' });
		edit.undo();
		expect(edit.dataset.events[0]).toMatchObject({ title: first!.title, start: first!.start });
		expect(edit.canUndo).toBe(false);
		// After an undo, the same group starts a new step.
		edit.redo();
		edit.edit(rename(edit, first!.id, '烏鎮'), visit);
		edit.undo();
		expect(edit.dataset.events[0]).toMatchObject({ title: '首屆大會' });
	});

	it('drops a step that ends where it began', () => {
		const edit = session();
		const [first] = edit.dataset.events;
		const visit = {};
		edit.edit(rename(edit, first!.id, '首屆大會'), visit);
		edit.edit(rename(edit, first!.id, first!.title), visit);
		expect(edit.canUndo).toBe(false);
		expect(edit.curation).toEqual({});
	});

	it('writes a curation that, dropped into data/ beside the text, builds the events it shows', () => {
		const edit = session();
		const [first, second] = edit.dataset.events;
		const words = {
			paragraph: 2,
			span: [8, 13] as [number, number],
			quote: text.split('\n')[2]!.slice(8, 13)
		};
		edit.edit(rename(edit, first!.id, '首屆大會'));
		edit.edit(redate(edit, first!.id, { start: '2014-11', end: 'open', precision: 'month' }));
		edit.edit(relink(edit, second!.id, words));
		edit.edit(add(edit, { ...words, start: '2015', precision: 'year', title: '命運共同體' }));
		edit.edit(merge(edit, [first!.id, second!.id]));
		edit.undo();
		edit.edit(remove(edit, second!.id));
		const dir = mkdtempSync(join(tmpdir(), 'nianbiao-edit-'));
		writeFileSync(join(dir, 'x.txt'), edit.source.text);
		writeFileSync(join(dir, 'x.meta.json'), JSON.stringify(edit.source.meta));
		writeFileSync(join(dir, 'x.curation.json'), JSON.stringify(edit.source.curation, null, '\t'));
		expect(loadArticle('x', dir)).toEqual(edit.dataset);
		expect(edit.dataset.events.map((event) => event.title)).toContain('命運共同體');
	});
});
