import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { CurationSchema, type Curation } from '../model/curation';
import type { Dataset } from '../model/schema';
import { validateDataset } from '../model/validate';
import { loadArticle } from '../server/articles';
import { applyCuration } from './curate';
import { extractArticle } from './index';

const data = extractArticle(
	'标题\n2014年首届大会举行。2015年第二届大会举行,2016年第三届也举行。\n今年再办。',
	{
		published: '2025-11-11'
	}
);
const [first, second, third] = data.events;

function applied(data: Dataset, curation: Curation): Dataset {
	const result = applyCuration(data, curation);
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.data;
}

describe('applyCuration', () => {
	it('renames, merges, drops and adds by span', () => {
		const result = applyCuration(data, {
			rename: [{ event: first!.id, title: '首届大会', titleEn: 'The first conference' }],
			merge: [{ events: [second!.id, third!.id], title: '第二、三届' }],
			drop: [{ event: data.events.at(-1)!.id, reason: 'not an event' }],
			add: [{ paragraph: 2, span: [2, 4], quote: '再办', start: '2025', precision: 'year', title: '再办' }]
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(validateDataset(result.data).ok).toBe(true);
		const events = result.data.events;
		expect(events.find((e) => e.id === first!.id)).toMatchObject({
			title: '首届大会',
			titleEn: 'The first conference'
		});
		expect(events.find((e) => e.id === second!.id)).toMatchObject({
			start: '2015',
			end: '2016',
			basis: 'curated'
		});
		expect(events.some((e) => e.id === third!.id)).toBe(false);
		expect(events.find((e) => e.quote === '再办')).toMatchObject({ basis: 'curated', paragraph: 2 });
		// Derivations stay codes the interface can word: the merge is a step, the addition a curated one.
		expect(events.find((e) => e.id === second!.id)!.derivation.at(-1)).toEqual({
			rule: 'merged',
			quotes: [third!.quote]
		});
		expect(events.find((e) => e.quote === '再办')!.derivation).toEqual([{ rule: 'curated' }]);
	});
	it('gives an event a picture, by id or with the event it adds, and checks its address', () => {
		const photo = { url: 'data:image/png;base64,iVBORw0KGgo=', caption: '首届大会', credit: '摄影 王' };
		const result = applyCuration(data, {
			media: [{ event: first!.id, media: photo }],
			add: [
				{
					paragraph: 2,
					span: [2, 4],
					quote: '再办',
					start: '2025',
					precision: 'year',
					title: '再办',
					media: { url: 'https://example.org/2025.jpg' }
				}
			]
		});
		expect(result.ok && result.data.events.find((e) => e.id === first!.id)!.media).toEqual(photo);
		expect(result.ok && result.data.events.find((e) => e.quote === '再办')!.media).toEqual({
			url: 'https://example.org/2025.jpg'
		});
		expect(applyCuration(data, { media: [{ event: 'e-gone', media: photo }] })).toMatchObject({
			ok: false,
			problems: [{ path: 'media.0.event' }]
		});
		const hostile = v.safeParse(CurationSchema, {
			media: [{ event: first!.id, media: { url: 'data:image/svg+xml;base64,PHN2Zz4=' } }]
		});
		expect(hostile.success).toBe(false);
	});
	it('names every entry that no longer fits the text', () => {
		const result = applyCuration(data, {
			rename: [{ event: 'e-gone', title: 'x' }],
			add: [{ paragraph: 2, span: [0, 2], quote: '明年', start: '2026', precision: 'year', title: 'x' }]
		});
		expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['rename.0.event', 'add.0.span']);
	});
	it('refuses a span that cuts a character in two, naming the entry', () => {
		// Issue 14: such a span showed two U+FFFD where the author wrote one emoji.
		const emoji = extractArticle('标题\n2014年大会举行😀。', { published: '2025-11-11' });
		const at = emoji.paragraphs[1]!.text.indexOf('😀');
		const result = applyCuration(emoji, {
			add: [
				{ paragraph: 1, span: [at, at + 1], quote: '\ud83d', start: '2014', precision: 'year', title: 'x' }
			]
		});
		expect(result).toEqual({
			ok: false,
			problems: [{ path: 'add.0.span', message: expect.stringContaining('cuts the character "😀"') }]
		});
	});
	it('refuses an event merged with itself, and names what became of an id an earlier entry took', () => {
		// Issue 14: `merge: [A, A]` built, A merged with its own quote.
		const result = applyCuration(data, {
			drop: [{ event: third!.id }],
			merge: [{ events: [first!.id, first!.id] }, { events: [first!.id, second!.id] }],
			rename: [
				{ event: third!.id, title: 'x' },
				{ event: second!.id, title: 'y' }
			]
		});
		expect(result).toEqual({
			ok: false,
			problems: [
				{ path: 'merge.0.events.1', message: expect.stringContaining('named already as merge.0.events.0') },
				{ path: 'rename.0.event', message: expect.stringContaining('drop.0 dropped it') },
				{ path: 'rename.1.event', message: expect.stringContaining(`merge.1 merged it into "${first!.id}"`) }
			]
		});
	});
	it('redates and relinks an event, which keeps its id and says an editor changed it', () => {
		const result = applyCuration(data, {
			redate: [{ event: first!.id, start: '2014-11', end: 'open', precision: 'month', approximate: true }],
			relink: [{ event: second!.id, paragraph: 2, span: [2, 4], quote: '再办' }],
			rename: [{ event: second!.id, title: '再办' }]
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(validateDataset(result.data).ok).toBe(true);
		const byId = (id: string) => result.data.events.find((e) => e.id === id)!;
		expect(byId(first!.id)).toMatchObject({
			start: '2014-11',
			end: 'open',
			precision: 'month',
			approximate: true,
			basis: 'curated',
			quote: first!.quote
		});
		expect(byId(first!.id).derivation).toEqual([...first!.derivation, { rule: 'redated' }]);
		expect(byId(second!.id)).toMatchObject({
			paragraph: 2,
			span: [2, 4],
			quote: '再办',
			start: second!.start,
			basis: second!.basis,
			title: '再办'
		});
		expect(byId(second!.id).derivation.slice(-2)).toEqual([
			{ rule: 'relinked', quote: second!.quote },
			{ rule: 'renamed' }
		]);
		// Events stay in reading order: the relinked one moved to the last paragraph.
		expect(result.data.events.at(-1)!.id).toBe(second!.id);
	});
	it('clears what a redate does not say, and dates a merge as its entry says', () => {
		const approximate = applied(data, {
			redate: [{ event: first!.id, start: '2014', end: 'open', precision: 'year', approximate: true }]
		});
		const again = applied(approximate, { redate: [{ event: first!.id, start: '2013', precision: 'year' }] });
		expect(again.events[0]).toMatchObject({ start: '2013' });
		expect(again.events[0]).not.toHaveProperty('end');
		expect(again.events[0]).not.toHaveProperty('approximate');
		const merged = applied(data, {
			merge: [{ events: [second!.id, third!.id], date: { start: '2015-06', precision: 'month' } }]
		});
		const kept = merged.events.find((e) => e.id === second!.id)!;
		expect(kept).toMatchObject({ start: '2015-06', precision: 'month', basis: 'curated' });
		expect(kept).not.toHaveProperty('end');
		expect(kept.derivation.map((step) => step.rule).slice(-2)).toEqual(['merged', 'redated']);
	});
	it('merges events as their redates leave them', () => {
		// Redates come before merges: an event redated to the others' precision merges with them.
		const merged = applied(data, {
			redate: [{ event: third!.id, start: '2017', precision: 'year' }],
			merge: [{ events: [second!.id, third!.id] }]
		});
		expect(merged.events.find((e) => e.id === second!.id)).toMatchObject({ start: '2015', end: '2017' });
	});
	it('names a redate or relink that does not fit, by its field', () => {
		const result = applyCuration(data, {
			drop: [{ event: first!.id }],
			redate: [
				{ event: first!.id, start: '2014', precision: 'year' },
				{ event: second!.id, start: '2015-03', precision: 'year' },
				{ event: second!.id, start: '2015', end: '2014', precision: 'year' },
				{ event: second!.id, start: '2015', end: '2016-01', precision: 'year' }
			],
			relink: [
				{ event: 'e-gone', paragraph: 2, span: [0, 2], quote: '今年' },
				{ event: second!.id, paragraph: 9, span: [0, 2], quote: '今年' },
				{ event: second!.id, paragraph: 2, span: [0, 2], quote: '明年' }
			],
			add: [
				{
					paragraph: 2,
					span: [0, 2],
					quote: '今年',
					start: '2025',
					end: '2024',
					precision: 'year',
					title: 'x'
				}
			]
		});
		expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
			'redate.0.event',
			'redate.1.start',
			'redate.2.end',
			'redate.3.end',
			'relink.0.event',
			'relink.1.paragraph',
			'relink.2.span',
			'add.0.end'
		]);
		expect(result.ok ? '' : result.problems[0]!.message).toContain('drop.0 dropped it');
	});
	it('has a strict schema', () => {
		expect(v.safeParse(CurationSchema, { rename: [{ event: 'e-1', title: 'x' }] }).success).toBe(true);
		expect(v.safeParse(CurationSchema, { renames: [] }).success).toBe(false);
		expect(v.safeParse(CurationSchema, { merge: [{ events: ['e-1'] }] }).success).toBe(false);
		expect(v.safeParse(CurationSchema, { redate: [{ event: 'e-1', start: '2014' }] }).success).toBe(false);
		expect(
			v.safeParse(CurationSchema, { redate: [{ event: 'e-1', start: '2014-13', precision: 'month' }] })
				.success
		).toBe(false);
		expect(
			v.safeParse(CurationSchema, { relink: [{ event: 'e-1', paragraph: 1, span: [0, 1], quote: '' }] })
				.success
		).toBe(false);
		// Issue 14: an array, or a title of spaces alone, passed.
		expect(v.safeParse(CurationSchema, []).success).toBe(false);
		expect(v.safeParse(CurationSchema, { rename: [{ event: 'e-1', title: ' \u3000' }] }).success).toBe(false);
	});
});

describe('curation at build time', () => {
	const dir = mkdtempSync(join(tmpdir(), 'nianbiao-curation-'));
	writeFileSync(join(dir, 'x.txt'), '标题\n2014年首届大会举行。\n');

	it('applies a curation file beside the article', () => {
		const id = loadArticle('x', dir).events[0]!.id;
		writeFileSync(
			join(dir, 'x.curation.json'),
			JSON.stringify({ rename: [{ event: id, titleEn: 'First conference' }] })
		);
		expect(loadArticle('x', dir).events[0]).toMatchObject({ titleEn: 'First conference' });
	});
	it('fails the build naming the file and the entry', () => {
		writeFileSync(join(dir, 'x.curation.json'), JSON.stringify({ drop: [{ event: 'e-missing' }] }));
		expect(() => loadArticle('x', dir)).toThrow(/x\.curation\.json: drop\.0\.event: no event "e-missing"/);
	});
});
